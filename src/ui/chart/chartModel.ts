// The whole drawing as data: one view per placed person plus the conditions and fills in
// use. Pure and memoisable; the live chart, the legend and the SVG export all read it.
import type { Condition } from '../../engine/genetics/condition.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import { assignFills, drawnConditions, type FillKey } from './fillKeys.ts';
import { personView, type PersonView } from './personView.ts';
import type { AlleleTags } from './copies.ts';

export interface ChartOptions {
  /** Label font size (from the theme): decides where long names are cut. */
  fontSize: number;
  privacy: boolean;
  showGenotypes: boolean;
  alleleTags?: AlleleTags;
}

export interface ChartModel {
  conditions: Condition[];
  active: Condition | null;
  fills: Map<string, FillKey>;
  people: PersonView[];
  byKey: Map<string, PersonView>;
}

export function buildChartModel(doc: PedigreeDocument, layout: PedigreeLayout, options: ChartOptions): ChartModel {
  const conditions = drawnConditions(doc);
  const active = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  const fills = assignFills(doc, conditions);
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  const people: PersonView[] = [];
  for (const [key, placement] of Object.entries(layout.people)) {
    const person = persons.get(placement.id);
    if (!person) continue;
    const tags = options.alleleTags?.[person.id];
    people.push(
      personView(person, placement, key, {
        conditions,
        active,
        fills,
        privacy: options.privacy,
        showGenotypes: options.showGenotypes,
        maxTextWidth: layout.metrics.horizontalGap - options.fontSize * 0.5,
        fontSize: options.fontSize,
        ...(tags ? { tags } : {}),
      }),
    );
  }
  return { conditions, active, fills, people, byKey: new Map(people.map((v) => [v.key, v])) };
}
