// The key lists exactly what is on the chart (NOMENCLATURE L9): every fill, mark,
// line style and abbreviation in use, and nothing that is not.
import type { LayoutLine } from '../../layout/types.ts';
import type { ChartModel } from './chartModel.ts';
import { conditionShortName } from './fillKeys.ts';
import type { SymbolShape } from './symbolGeometry.ts';
import type { CopyView } from './copies.ts';

export type Swatch =
  | { kind: 'fill'; fillKey: string }
  | { kind: 'parts'; parts: number }
  | { kind: 'mark'; mark: 'carrier' | 'presymptomatic' | 'unknown' | 'slash' | 'brackets' | 'proband' | 'consultand' | 'inside'; text?: string }
  | { kind: 'shape'; shape: SymbolShape; slash?: boolean }
  | { kind: 'line'; line: 'consanguineous' | 'separation' | 'mz' | 'twin' | 'dashed' | 'no-children' | 'infertility' }
  | { kind: 'copy'; copy: CopyView }
  | { kind: 'copies' }
  | { kind: 'highlight' }
  | { kind: 'text'; text: string };

export interface LegendItem {
  id: string;
  swatch: Swatch;
  text: string;
}

const PART_NAMES = ['upper left', 'upper right', 'lower left', 'lower right'];

export function legendItems(model: ChartModel, lines: readonly LayoutLine[], highlighting: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  const people = model.people;
  const add = (id: string, swatch: Swatch, text: string) => items.push({ id, swatch, text });
  const some = (f: (v: (typeof people)[number]) => boolean) => people.some(f);

  const used = new Set(people.flatMap((v) => v.sectors.map((s) => s.fillKey)).filter((k): k is string => k !== null));
  for (const fill of model.fills.values()) if (used.has(fill.key)) add(`fill:${fill.key}`, { kind: 'fill', fillKey: fill.key }, `Affected: ${fill.label}`);
  const n = model.conditions.length;
  if (n > 1) {
    const where = n === 2 ? ['left half', 'right half'] : PART_NAMES;
    const text = model.conditions.map((c, i) => `${where[i]}: ${conditionShortName(c)}`).join('; ');
    add('parts', { kind: 'parts', parts: n }, `Symbol parts: ${text}`);
  }
  if (some((v) => v.carrierDot)) add('carrier', { kind: 'mark', mark: 'carrier' }, 'Carrier, not expected to manifest (NSGC dot)');
  if (some((v) => v.presymptomatic)) add('presymptomatic', { kind: 'mark', mark: 'presymptomatic' }, 'Presymptomatic carrier');
  if (some((v) => v.unknownStatus)) add('unknown', { kind: 'mark', mark: 'unknown' }, 'Status unknown');
  if (some((v) => v.slash && v.shape !== 'triangle' && !v.below.some((t) => t.startsWith('SB')))) add('deceased', { kind: 'mark', mark: 'slash' }, 'Deceased (d. = age at death)');
  if (some((v) => v.below.some((t) => t.startsWith('SB')))) add('stillbirth', { kind: 'mark', mark: 'slash' }, 'SB: stillbirth (wk = weeks of gestation)');
  if (some((v) => v.shape === 'triangle' && !v.slash && !v.below.includes('ECT'))) add('miscarriage', { kind: 'shape', shape: 'triangle' }, 'Miscarriage');
  if (some((v) => v.shape === 'triangle' && v.slash)) add('termination', { kind: 'shape', shape: 'triangle', slash: true }, 'Termination of pregnancy');
  if (some((v) => v.below.includes('ECT'))) add('ectopic', { kind: 'shape', shape: 'triangle' }, 'ECT: ectopic pregnancy');
  if (some((v) => v.inside === 'P')) add('pregnancy', { kind: 'mark', mark: 'inside', text: 'P' }, 'Ongoing pregnancy');
  if (some((v) => v.inside !== null && v.inside !== 'P')) add('count', { kind: 'mark', mark: 'inside', text: 'n' }, 'Number of individuals (n: unknown)');
  if (some((v) => v.proband)) add('proband', { kind: 'mark', mark: 'proband' }, 'P: proband');
  if (some((v) => v.consultand)) add('consultand', { kind: 'mark', mark: 'consultand' }, 'Consultand');
  if (some((v) => v.adopted)) add('adopted', { kind: 'mark', mark: 'brackets' }, 'Adopted');
  for (const sab of ['AMAB', 'AFAB', 'UAAB'] as const) {
    const words = { AMAB: 'assigned male at birth', AFAB: 'assigned female at birth', UAAB: 'unassigned at birth' }[sab];
    if (some((v) => v.below.includes(sab))) add(`sab:${sab}`, { kind: 'text', text: sab }, words);
  }
  if (some((v) => v.birthOrder !== undefined)) add('birth-order', { kind: 'text', text: '2' }, 'Birth order (siblings drawn out of order)');

  const kinds = new Set(lines.map((l) => l.kind));
  if (kinds.has('consanguineous-union')) add('consanguineous', { kind: 'line', line: 'consanguineous' }, 'Consanguineous union');
  if (kinds.has('separation')) add('separation', { kind: 'line', line: 'separation' }, 'Separated');
  if (kinds.has('mz-bar')) add('mz', { kind: 'line', line: 'mz' }, 'Monozygotic twins');
  if (lines.some((l) => l.kind === 'twin' && l.label === '?')) add('twin-unknown', { kind: 'line', line: 'twin' }, 'Twins, zygosity unknown (?)');
  if (kinds.has('no-children')) add('no-children', { kind: 'line', line: 'no-children' }, 'No children by choice');
  if (kinds.has('infertility')) add('infertility', { kind: 'line', line: 'infertility' }, 'Infertility');
  if (lines.some((l) => l.kind === 'descent' || l.kind === 'child' ? l.dashed : false)) add('adopted-in', { kind: 'line', line: 'dashed' }, 'Adopted in (dashed line of descent)');
  if (kinds.has('duplicate-link')) add('duplicate', { kind: 'line', line: 'dashed' }, 'Same person drawn twice');

  const copies = people.flatMap((v) => (v.copies ? [v.copies.paternal, v.copies.maternal] : []));
  if (copies.length > 0) {
    add('copies', { kind: 'copies' }, 'Two copies: F from the father, M from the mother');
    const has = (f: (c: CopyView) => boolean) => copies.some(f);
    if (has((c) => c.allele === 'd')) add('copy-d', { kind: 'copy', copy: { allele: 'd', expression: 'expressed' } }, 'd: copy with the variant');
    if (has((c) => c.allele === '+')) add('copy-+', { kind: 'copy', copy: { allele: '+', expression: 'expressed' } }, '+: normal copy');
    if (has((c) => c.allele === '?')) add('copy-?', { kind: 'copy', copy: { allele: '?', expression: 'expressed' } }, '?: copy not known');
    // The swatch shows a copy as it is drawn on this chart, so the mark is recognisable.
    const silenced = copies.find((c) => c.expression === 'silenced');
    if (silenced) add('copy-silenced', { kind: 'copy', copy: { allele: silenced.allele, expression: 'silenced' } }, 'Silenced copy (not expressed)');
    const reduced = copies.find((c) => c.expression === 'reduced');
    if (reduced) add('copy-reduced', { kind: 'copy', copy: { allele: reduced.allele, expression: 'reduced' } }, 'Partly silenced copy (less expressed)');
    if (has((c) => c.allele === 'Y')) add('copy-Y', { kind: 'copy', copy: { allele: 'Y', expression: 'expressed' } }, 'Y: no X from the father (X-linked)');
  }
  if (highlighting) add('highlight', { kind: 'highlight' }, 'Path of the highlighted variant');
  return items;
}
