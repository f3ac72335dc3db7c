// Confirm a removal after showing exactly who and what would go (from the engine's
// removal preview), so nothing disappears by surprise.
import { wordSentence } from '../../engine/document/sentence.ts';
import type { PersonId } from '../../engine/document/types.ts';
import { useEditor, type RemovalSummary } from '../editor/commands.ts';
import { Dialog } from './Dialog.tsx';

export interface RemoveDialogProps {
  personId: PersonId;
  preview: RemovalSummary;
  labelOf: (id: PersonId) => string;
  onClose: () => void;
}

export function RemoveDialog({ personId, preview, labelOf, onClose }: RemoveDialogProps) {
  const editor = useEditor();
  const remove = () => {
    editor.remove(personId);
    onClose();
  };
  return (
    <Dialog
      role="alertdialog"
      title={`Remove ${labelOf(personId)}?`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="danger" onClick={remove}>
            Remove {preview.persons.length === 1 ? '1 person' : `${preview.persons.length} people`}
          </button>
        </>
      }
    >
      <p>These people will be removed:</p>
      <ul>
        {preview.persons.map((id) => (
          <li key={id}>{labelOf(id)}</li>
        ))}
      </ul>
      {preview.explanation.map((sentence) => wordSentence(sentence, labelOf)).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="hint">You can undo this.</p>
    </Dialog>
  );
}
