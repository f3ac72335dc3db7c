// A new, empty pedigree document: no people, no conditions, nothing active.
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type PedigreeDocument } from './types.ts';

export function emptyDocument(): PedigreeDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    persons: [],
    unions: [],
    twins: [],
    conditions: [],
    activeConditionId: null,
    meta: {},
  };
}
