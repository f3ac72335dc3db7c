// Renders the one open dialog, if any.
import type { StarterId } from '../../engine/document/examples/starters.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { ExportDialog, type ExportOptions } from './ExportDialog.tsx';
import { FamilyChooserDialog } from './FamilyChooserDialog.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { ImportErrorsDialog } from './ImportErrorsDialog.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import { NewDialog } from './NewDialog.tsx';
import type { OpenDialog } from './openDialog.ts';
import { RemoveDialog } from './RemoveDialog.tsx';

export interface DialogHostProps {
  dialog: OpenDialog | null;
  doc: PedigreeDocument;
  labelOf: (id: PersonId) => string;
  onClose: () => void;
  onCreate: (starter: StarterId) => void;
  onExport: (format: 'svg' | 'png', options: ExportOptions) => void;
}

export function DialogHost({ dialog, doc, labelOf, onClose, onCreate, onExport }: DialogHostProps) {
  const editor = useEditor();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'help':
      return <HelpDialog onClose={onClose} />;
    case 'link':
      return <LinkDialog doc={doc} personId={dialog.personId} labelOf={labelOf} onClose={onClose} />;
    case 'remove': {
      const preview = editor.previewRemoval(dialog.personId);
      return preview && <RemoveDialog personId={dialog.personId} preview={preview} labelOf={labelOf} onClose={onClose} />;
    }
    case 'new':
      return <NewDialog hasWork={doc.persons.length > 0} onCreate={onCreate} onClose={onClose} />;
    case 'import-errors':
      return <ImportErrorsDialog fileName={dialog.fileName} problems={dialog.problems} onClose={onClose} />;
    case 'choose-family':
      return <FamilyChooserDialog families={dialog.families} onChoose={editor.replaceDocument} onClose={onClose} />;
    case 'export':
      return <ExportDialog format={dialog.format} onExport={(o) => onExport(dialog.format, o)} onClose={onClose} />;
  }
}
