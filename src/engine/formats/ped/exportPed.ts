// Document → LINKAGE / PED text: family, individual, father, mother, sex (1/2/0 by the
// gamete the person gives), affection for the chosen condition (2/1/0). Only structure
// and status fit in a PED file; everything else stays in the native format.
// Ids containing whitespace would split a column, so whitespace becomes "_".
import { gameteOf, parentsOf } from '../../document/queries.ts';
import type { PedigreeDocument } from '../../document/types.ts';
import { count } from '../../words/count.ts';

export interface PedExportOptions {
  /** Family id column; defaults to meta.familyId, else the title without spaces, else "1". */
  family?: string;
  /** Condition whose status fills the affection column; defaults to the active one. */
  conditionId?: string | null;
}

const clean = (id: string) => (id.trim() === '' ? '_' : id.trim().replace(/\s+/g, '_'));

/** PED text plus notices about anything that had to change (ids with spaces). */
export function exportPedReport(doc: PedigreeDocument, options: PedExportOptions = {}): { text: string; notices: string[] } {
  const notices: string[] = [];
  const family = clean(options.family ?? doc.meta.familyId ?? doc.meta.title ?? '1');
  const conditionId = options.conditionId === undefined ? doc.activeConditionId : options.conditionId;
  const renamed = doc.persons.filter((p) => clean(p.id) !== p.id);
  if (renamed.length > 0) notices.push(`${count(renamed.length, 'id')} contained spaces, written with "_" instead: ${renamed.map((p) => p.id).join(', ')}.`);
  const lines = doc.persons.map((p) => {
    const roles = parentsOf(doc, p.id);
    let father = roles.father;
    let mother = roles.mother;
    if (father === undefined && mother === undefined && roles.parents.length > 0) {
      // Roles unknown (no recorded sex): keep the union's order, father column first.
      [father, mother] = roles.parents;
    }
    const g = gameteOf(p);
    const sex = g === 'sperm' ? '1' : g === 'egg' ? '2' : '0';
    const status = conditionId ? p.observations[conditionId]?.status : undefined;
    const affection = status === 'affected' ? '2' : status === 'unaffected' ? '1' : '0';
    return [family, clean(p.id), father ? clean(father) : '0', mother ? clean(mother) : '0', sex, affection].join('\t');
  });
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', notices };
}

export function exportPed(doc: PedigreeDocument, options: PedExportOptions = {}): string {
  return exportPedReport(doc, options).text;
}
