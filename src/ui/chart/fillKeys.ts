// Which conditions the chart divides each symbol into, and which fill each affected
// phenotype gets (NOMENCLATURE S3). Assignment depends only on the conditions' own
// definitions plus observed phenotype labels, so marking one more person affected never
// recolours anyone else; the legend shows only the keys actually drawn (L9).
import type { Condition, ConditionId } from '../../engine/genetics/condition.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';

/** kinship2 draws up to four conditions as quadrants; more would be unreadable. */
export const MAX_DRAWN_CONDITIONS = 4;

export interface FillKey {
  /** `${conditionId}` for "affected" without a phenotype, `${conditionId}:${phenotype}` with one. */
  key: string;
  conditionId: ConditionId;
  phenotype?: string;
  /** Index into the theme's fill styles. */
  styleIndex: number;
  /** Words for the legend and accessible names, e.g. "PHP1a (GNAS)". */
  label: string;
}

/**
 * The conditions drawn as parts of each symbol, in document order: the active one, and
 * every other with an affected or carrier observation. At most four.
 */
export function drawnConditions(doc: PedigreeDocument): Condition[] {
  const used = new Set<ConditionId>();
  if (doc.activeConditionId) used.add(doc.activeConditionId);
  for (const p of doc.persons) {
    for (const [id, obs] of Object.entries(p.observations)) {
      if (obs.status === 'affected' || obs.carrierMark) used.add(id);
    }
  }
  return doc.conditions.filter((c) => used.has(c.id)).slice(0, MAX_DRAWN_CONDITIONS);
}

export function conditionShortName(c: Condition): string {
  return c.shortName ?? c.name;
}

/** Phenotype labels a condition defines, in definition order, without repeats. */
function definedPhenotypes(c: Condition): string[] {
  const labels: string[] = [];
  for (const outcomes of Object.values(c.phenotypes ?? {})) {
    for (const o of outcomes ?? []) if (!labels.includes(o.label)) labels.push(o.label);
  }
  return labels;
}

export function fillKeyOf(conditionId: ConditionId, phenotype: string | undefined): string {
  return phenotype ? `${conditionId}:${phenotype}` : conditionId;
}

/** Every fill a drawing of `doc` may use, keyed by `fillKeyOf`. */
export function assignFills(doc: PedigreeDocument, conditions: readonly Condition[]): Map<string, FillKey> {
  const fills = new Map<string, FillKey>();
  let next = 0;
  for (const c of conditions) {
    const observed = new Set<string>();
    for (const p of doc.persons) {
      const ph = p.observations[c.id]?.phenotype?.trim();
      if (ph) observed.add(ph);
    }
    const defined = definedPhenotypes(c);
    const extra = [...observed].filter((l) => !defined.includes(l)).sort();
    const name = conditionShortName(c);
    for (const phenotype of [...defined, ...extra]) {
      const label = phenotype === name ? name : `${phenotype} (${name})`;
      fills.set(fillKeyOf(c.id, phenotype), { key: fillKeyOf(c.id, phenotype), conditionId: c.id, phenotype, styleIndex: next++, label });
    }
    // "Affected" without a named phenotype comes after the named ones, so a condition
    // with phenotypes gives its first phenotype the plain solid fill.
    fills.set(c.id, { key: c.id, conditionId: c.id, styleIndex: next++, label: name });
  }
  return fills;
}
