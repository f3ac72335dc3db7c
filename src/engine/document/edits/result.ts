// What every edit operation returns: a new document (and the ids it created), or a
// typed error whose message names the people involved. Edits never throw and never
// change the document they were given.
import type { PedigreeDocument } from '../types.ts';

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
  message: string;
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
