// Reads a pedigree file (native JSON or LINKAGE PED) for `analyze` and `compare`, and finds
// which condition's observations to use: the document's active condition, else its first,
// else the condition PED import stores affection status under.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { importPedigreeFile } from '../../engine/formats/importFile.ts';
import { IMPORTED_CONDITION_ID } from '../../engine/formats/importedCondition.ts';
import { formatProblem } from '../../engine/formats/problems.ts';
import { CliUsageError, type CliIO } from '../io.ts';

export interface LoadedPedigree {
  doc: PedigreeDocument;
  conditionId: string;
  /** The document's own model for that condition, when it has one. */
  documentCondition: Condition | undefined;
}

/** The document, or null after printing every import problem to stderr. */
export function readPedigree(io: CliIO, file: string, family?: string): LoadedPedigree | null {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (err) {
    throw new Error(`cannot read "${file}": ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const result = importPedigreeFile(text, file);
  if (!result.ok) {
    io.stderr(`error: "${file}" could not be read:\n${result.errors.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    return null;
  }
  let doc = result.document;
  if (family !== undefined) {
    const found = result.families?.find((f) => f.name === family);
    if (!found) throw new CliUsageError(`no family "${family}" in "${file}" (families: ${(result.families ?? []).map((f) => f.name).join(', ') || 'none'})`);
    doc = found.doc;
  } else if ((result.families?.length ?? 0) > 1) {
    io.stderr(`note: "${file}" holds ${result.families!.length} families; analysing the first (choose with --family: ${result.families!.map((f) => f.name).join(', ')})\n`);
  }
  const conditionId = doc.activeConditionId ?? doc.conditions[0]?.id ?? IMPORTED_CONDITION_ID;
  return { doc, conditionId, documentCondition: doc.conditions.find((c) => c.id === conditionId) };
}

/** The value after a flag, or a usage error naming the flag. */
export function flagValue(args: readonly string[], i: number, flag: string, usage: string): string {
  const v = args[i + 1];
  if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new CliUsageError(`${flag} needs a value\n${usage}`);
  return v;
}

export function probabilityArg(raw: string, flag: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new CliUsageError(`${flag} must be a number from 0 to 1, got "${raw}"`);
  return n;
}
