// What every edit operation returns: a new document (and the ids it created), or a
// typed error whose message names the people involved. Edits never throw and never
// change the document they were given.
import { wordByName, wordSentence, type Sentence } from '../sentence.ts';
import type { PedigreeDocument, PersonId } from '../types.ts';

export type EditErrorCode =
  | 'not-found'
  | 'ambiguous-union'
  | 'already-has-parents'
  | 'no-parents'
  | 'cycle'
  | 'impossible-role'
  | 'same-person'
  | 'already-partners'
  | 'already-linked'
  | 'invalid-value'
  | 'unknown-condition'
  | 'twin-sex-mismatch'
  | 'impossible-genotype'
  | 'nothing-to-swap';

export interface EditError {
  code: EditErrorCode;
  /** The engine's wording: people by name and id ("Anna (anna)"). */
  message: string;
  /** The same sentence with people as ids, for a view that names them its own way (editErrorText). */
  parts?: Sentence;
}

export type EditResult =
  | { ok: true; doc: PedigreeDocument; created?: string[] }
  | { ok: false; error: EditError };

export function succeed(doc: PedigreeDocument, created?: string[]): EditResult {
  return created ? { ok: true, doc, created } : { ok: true, doc };
}

export function fail(code: EditErrorCode, message: string): EditResult & { ok: false } {
  return { ok: false, error: { code, message } };
}

/** An error about people: the message names them by name and id, the parts keep their ids. */
export function failAbout(doc: PedigreeDocument, code: EditErrorCode, parts: Sentence): EditResult & { ok: false } {
  return { ok: false, error: { code, message: wordByName(doc, parts), parts } };
}

/** The error as a view shows it: people named by `nameOf` (e.g. the chart's "II-3 Anna"). */
export function editErrorText(error: Pick<EditError, 'message' | 'parts'>, nameOf: (id: PersonId) => string): string {
  return error.parts ? wordSentence(error.parts, nameOf) : error.message;
}
