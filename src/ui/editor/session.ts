// What the App needs from the store: the document, the selection, history and the
// autosave state, plus stable functions to change them. useEditorSession.ts builds it
// from the app store; tests can build one from any store.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { SaveState } from '../shell/Header.tsx';
import type { EditorStore } from './createEditorCommands.ts';

export interface EditorSession {
  doc: PedigreeDocument;
  selectedId: PersonId | null;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  /** Nothing was stored, so the built-in GNAS family was opened: show the hint. */
  firstStart: boolean;
  /** Stable across renders. */
  store: Omit<EditorStore, 'report'>;
}
