// The document slice: the pedigree plus the actions that change it. Every change is an
// engine edit applied here, so "one action = one undo step" and "an error leaves the
// document untouched" hold for all of them. History itself lives in zundo's temporal
// store (created in createAppStore); this slice only drives it.
import { emptyDocument } from '../engine/document/create.ts';
import { fail, succeed, type EditResult } from '../engine/document/edits/index.ts';
import { personById } from '../engine/document/queries.ts';
import type { PedigreeDocument } from '../engine/document/types.ts';
import { validationErrors } from '../engine/document/validate.ts';
import { createEditActions } from './editActions.ts';
import type { AppState, DocumentSlice } from './types.ts';
import type { EditActions } from './editActions.ts';

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

export interface HistoryControl {
  undo: () => void;
  redo: () => void;
  pause: () => void;
  resume: () => void;
}

export function createDocumentSlice(
  set: Set,
  get: Get,
  history: () => HistoryControl,
  initial: PedigreeDocument,
): Omit<DocumentSlice, 'flushSave'> & EditActions {
  let batchStart: PedigreeDocument | null = null;

  const commit = (doc: PedigreeDocument) => {
    const selection = get().selection;
    const keepSelection = selection === null || personById(doc, selection) !== undefined;
    set(keepSelection ? { document: doc, lastError: null } : { document: doc, lastError: null, selection: null });
  };

  const applyEdit = (edit: (doc: PedigreeDocument) => EditResult): EditResult => {
    let result: EditResult;
    try {
      result = edit(get().document);
    } catch (err) {
      // Edits are pure and total; if one ever throws, the user still gets a message.
      result = fail('invalid-value', `The change could not be made: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!result.ok) set({ lastError: result.error });
    else if (result.doc !== get().document) commit(result.doc);
    else if (get().lastError !== null) set({ lastError: null });
    return result;
  };

  const afterHistoryMove = () => {
    const { selection, document } = get();
    if (selection !== null && personById(document, selection) === undefined) set({ selection: null });
  };

  return {
    document: initial,
    applyEdit,
    ...createEditActions(applyEdit),
    loadDocument: (doc) => {
      const errors = validationErrors(doc);
      if (errors.length > 0) {
        const error = { code: 'invalid-value' as const, message: `The pedigree cannot be opened: ${errors.map((e) => e.message).join(' ')}` };
        set({ lastError: error });
        return { ok: false, error };
      }
      commit(doc);
      set({ selection: null });
      return succeed(doc);
    },
    newDocument: () => {
      commit(emptyDocument());
      set({ selection: null });
    },
    undo: () => {
      history().undo();
      afterHistoryMove();
    },
    redo: () => {
      history().redo();
      afterHistoryMove();
    },
    beginBatch: () => {
      if (batchStart !== null) return;
      batchStart = get().document;
      history().pause();
    },
    endBatch: () => {
      if (batchStart === null) return;
      const start = batchStart;
      batchStart = null;
      const end = get().document;
      // Rewind silently, resume, then replay the end state: zundo records exactly one
      // step from the state before the batch (dropped if the batch changed nothing).
      set({ document: start });
      history().resume();
      set({ document: end });
    },
  };
}
