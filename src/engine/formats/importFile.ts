// One entry point for every file a user may open: detects the format from the file
// name and the content, and returns a validated document or every problem found.
// Never throws: anything unexpected inside an importer becomes a problem message.
import type { Condition } from '../genetics/condition.ts';
import { documentFromJson } from './native/native.ts';
import { importPed } from './ped/importPed.ts';
import { importPedigreejs } from './pedigreejs/importPedigreejs.ts';
import { jsonSyntaxProblem, tooLarge, type ImportResult } from './problems.ts';

export interface ImportOptions {
  /** Condition that receives PED / pedigreejs affection status (default: an "Imported trait"). */
  condition?: Condition;
}

const PED_EXTENSIONS = /\.(ped|pre|fam|linkage|txt|tsv)$/i;

function importJson(text: string, source: string, options: ImportOptions): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [jsonSyntaxProblem(text, err)] };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value) {
    return documentFromJson(value);
  }
  return importPedigreejs(value, { ...options, source });
}

export function importPedigreeFile(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  try {
    const big = tooLarge(text);
    if (big) return { ok: false, errors: [big] };
    const body = text.replace(/^\uFEFF/, '');
    const source = fileName ?? 'the file';
    const start = body.trimStart()[0];
    const looksJson = start === '{' || start === '[';
    if (fileName && /\.json$/i.test(fileName)) return importJson(body, source, options);
    if (fileName && PED_EXTENSIONS.test(fileName) && !looksJson) return importPed(body, { ...options, source });
    if (looksJson) return importJson(body, source, options);
    if (body.trim() === '') return { ok: false, errors: [{ message: 'The file is empty.' }] };
    return importPed(body, { ...options, source });
  } catch (err) {
    // A bug in an importer must still reach the user as a message, never a crash.
    return { ok: false, errors: [{ message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}
