// Everything the chart draws for one placed person, derived from the document (never
// stored): shape, fills per condition, NSGC marks, text, copies and accessible name.
import type { Condition } from '../../engine/genetics/condition.ts';
import type { Person } from '../../engine/document/types.ts';
import type { PersonPlacement } from '../../layout/types.ts';
import { fillKeyOf, type FillKey } from './fillKeys.ts';
import type { SymbolShape } from './symbolGeometry.ts';
import { copiesOf, describeCopies, type CopiesView, type PersonAlleleTags } from './copies.ts';
import { accessibleName, insideText, textBelow } from './personText.ts';
import { fitText } from './chartMetrics.ts';

/** S4 carrier dot, S5 presymptomatic line, S11 "?" — drawn in the condition's own part. */
export type SectorMark = 'carrier' | 'presymptomatic' | 'unknown';

/** One part of a divided symbol: the condition's fill when affected, else open. */
export interface SectorView {
  conditionId: string;
  fillKey: string | null;
  mark: SectorMark | null;
}

export interface PersonView {
  /** Identity of everything but the position: kept when a layout only moves the person. */
  token: object;
  /** Placement key: the person id, or `${id}#2` for a second drawing. */
  key: string;
  id: string;
  x: number;
  y: number;
  label: string;
  birthOrder?: number;
  shape: SymbolShape;
  sectors: SectorView[];
  /** Whether any part has a carrier dot (S4), presymptomatic line (S5) or "?" (S11). */
  carrierDot: boolean;
  presymptomatic: boolean;
  unknownStatus: boolean;
  /** S6 deceased and S8 stillbirth/termination: diagonal slash. */
  slash: boolean;
  inside: string | null;
  proband: boolean;
  consultand: boolean;
  adopted: boolean;
  below: string[];
  copies: CopiesView | null;
  ariaLabel: string;
}

export interface PersonViewOptions {
  conditions: readonly Condition[];
  active: Condition | null;
  fills: ReadonlyMap<string, FillKey>;
  privacy: boolean;
  showGenotypes: boolean;
  tags?: PersonAlleleTags;
  /** Widest a text line may be before it is cut (the layout's gap between neighbours). */
  maxTextWidth: number;
  fontSize: number;
  /** Extra text from outside the document, e.g. "carrier 50%": a line above the pedigree number, and in the accessible name. */
  annotation?: string;
}

const SHAPE: Record<Person['gender'], SymbolShape> = { man: 'square', woman: 'circle', nonbinary: 'diamond', unknown: 'diamond' };

function shapeOf(person: Person): SymbolShape {
  const outcome = person.pregnancy?.outcome;
  // S8: miscarriage, termination and ectopic pregnancy are small triangles; a
  // stillbirth and an ongoing pregnancy keep the full-size gender symbol.
  if (outcome === 'miscarriage' || outcome === 'termination' || outcome === 'ectopic') return 'triangle';
  return SHAPE[person.gender];
}

/**
 * A pregnancy not carried to term or a symbol standing for several people has no copies
 * to show unless they were actually typed or simulated: two "?" boxes under a miscarriage
 * would only add noise.
 */
function showsCopies(person: Person, o: PersonViewOptions): boolean {
  const outcome = person.pregnancy?.outcome;
  const notOnePerson = person.count !== undefined || outcome === 'miscarriage' || outcome === 'termination' || outcome === 'ectopic';
  if (!notOnePerson) return true;
  return o.tags !== undefined || (o.active !== null && person.genotypes?.[o.active.id] !== undefined);
}

export function personView(person: Person, placement: PersonPlacement, key: string, o: PersonViewOptions): PersonView {
  const sectors: SectorView[] = o.conditions.map((c) => {
    const obs = person.observations[c.id];
    const affected = obs?.status === 'affected';
    const phenotype = obs?.phenotype?.trim();
    const fillKey = affected ? (o.fills.has(fillKeyOf(c.id, phenotype)) ? fillKeyOf(c.id, phenotype) : c.id) : null;
    const mark: SectorMark | null = affected ? null : obs?.status === 'unknown' ? 'unknown' : (obs?.carrierMark ?? null);
    return { conditionId: c.id, fillKey, mark };
  });
  const has = (mark: SectorMark) => sectors.some((s) => s.mark === mark);
  const copies = o.showGenotypes && showsCopies(person, o) ? copiesOf(person, o.active, o.tags) : null;
  const outcome = person.pregnancy?.outcome;
  const view: PersonView = {
    token: {},
    key,
    id: person.id,
    x: placement.x,
    y: placement.y,
    label: placement.label,
    shape: shapeOf(person),
    sectors,
    carrierDot: has('carrier'),
    presymptomatic: has('presymptomatic'),
    unknownStatus: has('unknown'),
    slash: Boolean(person.deceased) || outcome === 'stillbirth' || outcome === 'termination',
    inside: insideText(person),
    proband: Boolean(person.proband),
    consultand: Boolean(person.consultand) && !person.proband,
    adopted: Boolean(person.adopted),
    below: withAnnotation(textBelow(person, placement.label, o.privacy), o.annotation).map((t) => fitText(t, o.maxTextWidth, o.fontSize)),
    copies,
    ariaLabel: withAnnotationName(accessibleName({
      person,
      label: placement.label,
      privacy: o.privacy,
      conditions: o.conditions,
      fills: o.fills,
      copies: copies ? describeCopies(person, copies) : null,
      duplicate: placement.duplicateOf !== undefined,
    }), o.annotation),
  };
  if (placement.birthOrder !== undefined) view.birthOrder = placement.birthOrder;
  return view;
}

/** An annotation is an evaluation, so it goes above the pedigree number (NOMENCLATURE S12). */
function withAnnotation(lines: string[], annotation: string | undefined): string[] {
  return annotation ? [...lines.slice(0, -1), annotation, ...lines.slice(-1)] : lines;
}

function withAnnotationName(name: string, annotation: string | undefined): string {
  return annotation ? `${name}, ${annotation}` : name;
}
