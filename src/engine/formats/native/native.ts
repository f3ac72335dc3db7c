// The native file format: the document as JSON, with `format` and `version` so old
// files are migrated and foreign files are recognised. serialize → parse is exact:
// every field the user entered, including unknown extra fields, comes back unchanged.
import type { PedigreeDocument } from '../../document/types.ts';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../../document/types.ts';
import { finishImport, jsonSyntaxProblem, tooLarge, type ImportResult } from '../problems.ts';
import { migrateDocument } from './migrate.ts';
import { checkDocumentShape } from './shape.ts';

export function serializeDocument(doc: PedigreeDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Parse native JSON text (already decoded), migrating and validating it. */
export function parseDocument(text: string): ImportResult {
  const big = tooLarge(text);
  if (big) return { ok: false, format: 'imprint-lab', errors: [big] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, format: 'imprint-lab', errors: [jsonSyntaxProblem(text, err)] };
  }
  return documentFromJson(value);
}

/** Check an already-parsed value (a stored or pasted document). */
export function documentFromJson(value: unknown): ImportResult {
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== DOCUMENT_FORMAT) {
    return {
      ok: false,
      format: 'imprint-lab',
      errors: [{ message: `This is not an Imprint Lab document (its "format" field is not "${DOCUMENT_FORMAT}").` }],
    };
  }
  const migrated = migrateDocument(value);
  if (!migrated.ok) return { ok: false, format: 'imprint-lab', errors: [{ message: migrated.message }] };
  const shape = checkDocumentShape(migrated.value);
  if (shape.length > 0) return { ok: false, format: 'imprint-lab', errors: shape };
  const notices = migrated.from < DOCUMENT_VERSION ? [`Converted from document version ${migrated.from}.`] : [];
  return finishImport('imprint-lab', migrated.value as unknown as PedigreeDocument, notices);
}
