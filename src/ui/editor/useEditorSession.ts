// The App's view of the store: document, selection, history and autosave state, plus
// stable functions (EditorStore) that run every change as a store action.
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { starterDocument } from '../../engine/document/examples/starters.ts';
import type { AppStore } from '../../store/createAppStore.ts';
import { selectCanRedo, selectCanUndo } from '../../store/selectors.ts';
import type { AppState } from '../../store/types.ts';
import type { EditorSession } from './session.ts';

const selectView = (s: AppState) => ({
  doc: s.document,
  selectedId: s.selection,
  save: s.save,
  firstStart: s.firstStart,
  showGenotypes: s.showGenotypes,
  presentation: s.presentation,
  recoveryNotice: s.recoveryNotice,
});

/**
 * First start (nothing saved): make sure the built-in GNAS family is open (the app
 * store already starts with it; a store made without it gets it here, outside undo
 * history). With nothing saved there is nothing to recover, so a recovery notice is
 * dropped: the store currently raises one on every first visit, because its persist
 * `merge` also runs when storage is empty.
 */
export function openExampleOnFirstStart(store: AppStore): void {
  const s = store.getState();
  if (!s.firstStart) return;
  if (s.recoveryNotice !== null) s.dismissRecoveryNotice();
  if (s.document.persons.length > 0) return;
  s.loadDocument(starterDocument('gnas-family'));
  store.temporal.getState().clear();
}

export function useEditorSession(store: AppStore): EditorSession {
  const view = useStore(store, useShallow(selectView));
  const canUndo = useStore(store.temporal, selectCanUndo);
  const canRedo = useStore(store.temporal, selectCanRedo);
  const functions = useMemo(
    () => ({
      getDocument: () => store.getState().document,
      apply: (edit: Parameters<AppState['applyEdit']>[0]) => store.getState().applyEdit(edit),
      load: (doc: AppState['document']) => store.getState().loadDocument(doc),
      select: (id: string | null) => store.getState().select(id),
      undo: () => store.getState().undo(),
      redo: () => store.getState().redo(),
      setShowGenotypes: (on: boolean) => store.getState().setShowGenotypes(on),
      setPresentation: (on: boolean) => store.getState().setPresentation(on),
      dismissRecoveryNotice: () => store.getState().dismissRecoveryNotice(),
    }),
    [store],
  );
  return { ...view, canUndo, canRedo, store: functions };
}
