// Reads a pedigree file (native JSON or LINKAGE PED) for `analyze` and `compare`, and finds
// which condition's observations to use: the document's active condition, else its first,
// else the condition PED import stores affection status under.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { readPedigreeFile } from '../readPedigreeFile.ts';
import { IMPORTED_CONDITION_ID } from '../../engine/formats/importedCondition.ts';
import { CliUsageError, type CliIO } from '../io.ts';

export interface LoadedPedigree {
  doc: PedigreeDocument;
  conditionId: string;
  /** The document's own model for that condition, when it has one. */
  documentCondition: Condition | undefined;
}

/** The document, or null after printing every import problem to stderr. */
export function readPedigree(io: CliIO, file: string, family?: string): LoadedPedigree | null {
  const doc = readPedigreeFile(io, file, family, { failed: 'read', firstOfSeveral: 'analysing the first' });
  if (!doc) return null;
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
