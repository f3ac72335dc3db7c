// The header: title, File menu, undo/redo, the autosave state, the copies toggle, help.
import { FileMenu, type FileCommand } from './FileMenu.tsx';

export type SaveState = 'saved' | 'unsaved' | 'failed';

export interface HeaderProps {
  title: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  saveState: SaveState;
  showGenotypes: boolean;
  onToggleGenotypes: () => void;
  onHelp: () => void;
  onFile: (c: FileCommand) => void;
}

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved in this browser',
  unsaved: 'Saving…',
  failed: 'Not saved: browser storage is unavailable or full — use File › Save',
};

export function Header(props: HeaderProps) {
  return (
    <header className="app-header">
      <h1>Imprint Lab</h1>
      <span className="doc-title">{props.title}</span>
      <nav className="header-tools" aria-label="Main">
        <FileMenu onCommand={props.onFile} />
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z Meta+Z" title="Undo (Ctrl/⌘+Z)">
          Undo
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" title="Redo (Ctrl/⌘+Shift+Z)">
          Redo
        </button>
        <button type="button" aria-pressed={props.showGenotypes} onClick={props.onToggleGenotypes} aria-keyshortcuts="G">
          Show copies
        </button>
        <button type="button" onClick={props.onHelp} aria-keyshortcuts="?">
          Help
        </button>
      </nav>
      <p className={`save-state save-${props.saveState}`} role="status">
        {SAVE_TEXT[props.saveState]}
      </p>
    </header>
  );
}
