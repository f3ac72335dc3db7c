// The header: title, File menu, undo/redo, the autosave state, the copies toggle, help.
import type { SaveStatus } from '../../store/types.ts';
import { FileMenu, type FileCommand } from './FileMenu.tsx';

export interface HeaderProps {
  title: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  save: SaveStatus;
  showGenotypes: boolean;
  onToggleGenotypes: () => void;
  presentation: boolean;
  onTogglePresentation: () => void;
  onHelp: () => void;
  onFile: (c: FileCommand) => void;
}

function saveText(save: SaveStatus): string {
  if (save.state === 'saving') return 'Saving…';
  if (save.state === 'failed') return `Not saved in this browser${save.message ? ` (${save.message})` : ''} — use File › Save`;
  return save.lastSavedAt === null ? 'Autosave on' : 'All changes saved in this browser';
}

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
        <button type="button" aria-pressed={props.presentation} onClick={props.onTogglePresentation}>
          Presentation
        </button>
        <button type="button" onClick={props.onHelp} aria-keyshortcuts="?">
          Help
        </button>
      </nav>
      <p className={`save-state save-${props.save.state}`} role="status">
        {saveText(props.save)}
      </p>
    </header>
  );
}
