// PED import: parse every line, build each family, validate each; report every
// problem with its line. Several families → the first is opened and all are returned
// in `families` for the caller to offer a choice.
import type { Condition } from '../../genetics/condition.ts';
import { importedCondition } from '../importedCondition.ts';
import { finishImport, tooLarge, type ImportProblem, type ImportResult } from '../problems.ts';
import { parsePed } from './parsePed.ts';
import { pedToDocuments } from './pedToDocuments.ts';

export function importPed(text: string, options: { condition?: Condition; source?: string } = {}): ImportResult {
  const big = tooLarge(text);
  if (big) return { ok: false, format: 'ped', errors: [big] };
  const parsed = parsePed(text);
  const condition = options.condition ?? importedCondition(options.source ?? 'a PED file');
  const built = pedToDocuments(parsed.rows, condition);
  const errors: ImportProblem[] = [...parsed.problems, ...built.problems];
  const notices = [...parsed.notices, ...built.notices];
  const families = [];
  for (const f of built.families) {
    const checked = finishImport('ped', f.doc, notices, (id) => f.lines.get(id));
    if (checked.ok) families.push({ name: f.name, doc: f.doc });
    else for (const e of checked.errors) errors.push({ ...e, message: `Family ${f.name}: ${e.message}` });
  }
  if (errors.length > 0) return { ok: false, format: 'ped', errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  const first = families[0]!;
  if (families.length > 1) {
    notices.unshift(`The file holds ${families.length} families (${families.map((f) => f.name).slice(0, 10).join(', ')}${families.length > 10 ? ', …' : ''}); family ${first.name} was opened.`);
    return { ok: true, format: 'ped', document: first.doc, notices, families };
  }
  return { ok: true, format: 'ped', document: first.doc, notices };
}
