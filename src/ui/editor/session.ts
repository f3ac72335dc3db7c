// What the App needs from the store: the document, the selection, history, view flags
// and the autosave state, plus stable functions to change them (useEditorSession.ts).
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { SaveStatus } from '../../store/types.ts';
import type { EditorStore } from './createEditorCommands.ts';

export interface EditorSession {
  doc: PedigreeDocument;
  selectedId: PersonId | null;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveStatus;
  /** Nothing was stored before this visit: show the first-start hint. */
  firstStart: boolean;
  showGenotypes: boolean;
  /** Chart only, large projector theme. */
  presentation: boolean;
  /** Saved work could not be read and was put aside: say so. */
  recoveryNotice: string | null;
  /** Stable across renders. */
  store: Omit<EditorStore, 'report'> & {
    setShowGenotypes: (on: boolean) => void;
    setPresentation: (on: boolean) => void;
    dismissRecoveryNotice: () => void;
  };
}
