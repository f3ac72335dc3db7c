// The whole drawing as data: one view per placed person plus the conditions and fills in
// use. Pure and memoisable; the live chart, the legend and the SVG export all read it.
import type { Condition } from '../../engine/genetics/condition.ts';
import type { PedigreeDocument, Person } from '../../engine/document/types.ts';
import type { PedigreeLayout, PersonPlacement } from '../../layout/types.ts';
import { assignFills, drawnConditions, type FillKey } from './fillKeys.ts';
import { personView, type PersonView } from './personView.ts';
import type { AlleleTags, PersonAlleleTags } from './copies.ts';

export interface ChartOptions {
  /** Label font size (from the theme): decides where long names are cut. */
  fontSize: number;
  privacy: boolean;
  showGenotypes: boolean;
  alleleTags?: AlleleTags;
  /** Per-person extra text (e.g. carrier chances from the risk panel), by person id. */
  annotations?: Readonly<Record<string, string>>;
}

export interface ChartModel {
  conditions: Condition[];
  active: Condition | null;
  fills: Map<string, FillKey>;
  people: PersonView[];
  byKey: Map<string, PersonView>;
}

// Views are cached per Person object (documents are immutable: an edit replaces only the
// persons it touches), so after an edit the unchanged people keep the same view object
// and their memoised PersonContent is not redrawn. A view depends only on its own person,
// its placement and the options summarised in `signature`.
interface CachedView {
  signature: string;
  placement: PersonPlacement;
  tags: PersonAlleleTags | undefined;
  annotation: string | undefined;
  view: PersonView;
}
const viewCache = new WeakMap<Person, Map<string, CachedView>>();
let lastFills: { signature: string; fills: Map<string, FillKey> } | null = null;

/** Same drawing apart from position: a layout that shifts a person keeps its content. */
function sameContent(a: PersonPlacement, b: PersonPlacement): boolean {
  return a.label === b.label && a.birthOrder === b.birthOrder && a.duplicateOf === b.duplicateOf;
}

export function buildChartModel(doc: PedigreeDocument, layout: PedigreeLayout, options: ChartOptions): ChartModel {
  const conditions = drawnConditions(doc);
  const active = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  let fills = assignFills(doc, conditions);
  const fillSignature = JSON.stringify([...fills.values()].map((f) => [f.key, f.styleIndex, f.label]));
  if (lastFills?.signature === fillSignature) fills = lastFills.fills;
  else lastFills = { signature: fillSignature, fills };
  const maxTextWidth = layout.metrics.horizontalGap - options.fontSize * 0.5;
  const signature = JSON.stringify([
    fillSignature,
    options.privacy,
    options.showGenotypes,
    options.fontSize,
    maxTextWidth,
    conditions.map((c) => [c.id, c.name, c.shortName]),
    active && [active.id, active.expression, active.chromosome],
  ]);
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  const people: PersonView[] = [];
  for (const [key, placement] of Object.entries(layout.people)) {
    const person = persons.get(placement.id);
    if (!person) continue;
    const tags = options.alleleTags?.[person.id];
    const annotation = options.annotations?.[person.id];
    let byKey = viewCache.get(person);
    const cached = byKey?.get(key);
    if (cached && cached.signature === signature && cached.tags === tags && cached.annotation === annotation && sameContent(cached.placement, placement)) {
      if (cached.view.x !== placement.x || cached.view.y !== placement.y) {
        // Moved only: a new view at the new place, same content token (PersonContent skips it).
        cached.view = { ...cached.view, x: placement.x, y: placement.y };
        cached.placement = placement;
      }
      people.push(cached.view);
      continue;
    }
    const view = personView(person, placement, key, {
      conditions,
      active,
      fills,
      privacy: options.privacy,
      showGenotypes: options.showGenotypes,
      maxTextWidth,
      fontSize: options.fontSize,
      ...(tags ? { tags } : {}),
      ...(annotation ? { annotation } : {}),
    });
    if (!byKey) viewCache.set(person, (byKey = new Map()));
    byKey.set(key, { signature, placement, tags, annotation, view });
    people.push(view);
  }
  return { conditions, active, fills, people, byKey: new Map(people.map((v) => [v.key, v])) };
}
