// Set the pedigree's title, notes and dates; a field given as `undefined` is cleared.
import type { DocumentMeta, PedigreeDocument } from '../types.ts';
import { succeed, type EditResult } from './result.ts';

export function setMeta(doc: PedigreeDocument, args: { fields: Partial<DocumentMeta> }): EditResult {
  const meta: Record<string, unknown> = { ...doc.meta };
  for (const [key, value] of Object.entries(args.fields)) {
    if (value === undefined) delete meta[key];
    else meta[key] = value;
  }
  return succeed({ ...doc, meta: meta as DocumentMeta });
}
