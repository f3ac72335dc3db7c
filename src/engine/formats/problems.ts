// What every importer returns: a valid document (plus notices about anything it
// changed or ignored), or every problem found, each naming its line or person.
// Importers never throw and never hand back a document that fails validation.
import type { PedigreeDocument } from '../document/types.ts';
import { validateDocument } from '../document/validate.ts';
import { groupThousands } from '../words/count.ts';
import { jsonErrorPosition } from './jsonErrorPosition.ts';

export interface ImportProblem {
  /** 1-based line in the file, when the problem is on one line. */
  line?: number;
  /** The person's id in the file, when the problem concerns one person. */
  person?: string;
  message: string;
}

/** One family of a multi-family file (PED): the caller lets the user choose. */
export interface ImportedFamily {
  name: string;
  doc: PedigreeDocument;
}

export type ImportFormat = 'imprint-lab' | 'ped' | 'pedigreejs';

export type ImportResult =
  | { ok: true; format: ImportFormat; document: PedigreeDocument; notices: string[]; families?: ImportedFamily[] }
  | { ok: false; format?: ImportFormat; errors: ImportProblem[] };

/** "line 4: …", "person p3: …" — one line of text per problem, for dialogs and the CLI. */
export function formatProblem(p: ImportProblem): string {
  const where = [p.line !== undefined ? `line ${p.line}` : null, p.person !== undefined ? `person ${p.person}` : null]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

/**
 * Final check shared by all importers: relational validation. Errors become problems
 * (with the line of the person when the importer knows it); warnings become notices.
 */
export function finishImport(
  format: ImportFormat,
  doc: PedigreeDocument,
  notices: string[],
  lineOf: (personId: string) => number | undefined = () => undefined,
): ImportResult {
  const issues = validateDocument(doc);
  const errors: ImportProblem[] = [];
  for (const issue of issues) {
    if (issue.severity === 'warning') {
      notices.push(issue.message);
      continue;
    }
    const problem: ImportProblem = { message: issue.message };
    if (issue.person !== undefined) {
      problem.person = issue.person;
      const line = lineOf(issue.person);
      if (line !== undefined) problem.line = line;
    }
    errors.push(problem);
  }
  return errors.length > 0 ? { ok: false, format, errors } : { ok: true, format, document: doc, notices };
}

/**
 * Files larger than this are refused before parsing: 50 million characters (≈50 MB),
 * well above the 20 MB / 100,000-line PED measured in BENCHMARKS.md "File formats".
 */
export const MAX_IMPORT_CHARS = 50_000_000;

export function tooLarge(text: string): ImportProblem | null {
  return text.length > MAX_IMPORT_CHARS
    ? { message: `The file has ${groupThousands(text.length)} characters; files over ${groupThousands(MAX_IMPORT_CHARS)} are not opened.` }
    : null;
}

/** A JSON syntax error with the line and column where the text first goes wrong. */
export function jsonSyntaxProblem(text: string, err: unknown): ImportProblem {
  const message = err instanceof Error ? err.message : String(err);
  const where = jsonErrorPosition(text);
  const problem: ImportProblem = { message: `The file is not valid JSON${where ? ` (column ${where.column})` : ''}: ${message}` };
  if (where) problem.line = where.line;
  return problem;
}
