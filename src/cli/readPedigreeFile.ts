// Reads a pedigree file for the commands that work on one family (layout, render, analyze,
// compare): native JSON, PED or pedigreejs through the engine's importer, every problem
// listed on stderr, and `--family` choosing one family of a multi-family PED.
import type { PedigreeDocument } from '../engine/document/types.ts';
import { importPedigreeFile } from '../engine/formats/importFile.ts';
import { formatProblem } from '../engine/formats/problems.ts';
import { CliUsageError, type CliIO } from './io.ts';

/** What the command does with the file, for messages: "laid out", "drawn", "read". */
export interface ReadPurpose {
  failed: string;
  /** e.g. "drawing the first"; when absent, several families pass silently. */
  firstOfSeveral?: string;
}

/** The document, or null after printing every import problem to stderr. */
export function readPedigreeFile(io: CliIO, file: string, family: string | undefined, purpose: ReadPurpose): PedigreeDocument | null {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (err) {
    throw new Error(`cannot read "${file}": ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const result = importPedigreeFile(text, file);
  if (!result.ok) {
    io.stderr(`error: "${file}" could not be ${purpose.failed}:\n${result.errors.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    return null;
  }
  const families = result.families ?? [];
  if (family !== undefined) {
    const found = families.find((f) => f.name === family);
    if (!found) throw new CliUsageError(`no family "${family}" in "${file}" (families: ${families.map((f) => f.name).join(', ') || 'none'})`);
    return found.doc;
  }
  if (families.length > 1 && purpose.firstOfSeveral) {
    io.stderr(`note: "${file}" holds ${families.length} families; ${purpose.firstOfSeveral} (choose with --family: ${families.map((f) => f.name).join(', ')})\n`);
  }
  return result.document;
}
