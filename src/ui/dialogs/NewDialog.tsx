// "New": a blank pedigree or a template. Replacing the current pedigree is one undo
// step, and the dialog says so before it happens.
import { useId, useState } from 'react';
import { STARTERS, type StarterId } from '../../engine/document/examples/starters.ts';
import { Dialog } from './Dialog.tsx';

export interface NewDialogProps {
  /** The current pedigree has people who would be replaced. */
  hasWork: boolean;
  onCreate: (starter: StarterId) => void;
  onClose: () => void;
}

export function NewDialog({ hasWork, onCreate, onClose }: NewDialogProps) {
  const [choice, setChoice] = useState<StarterId>('blank');
  const groupName = useId();
  return (
    <Dialog
      title="New pedigree"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" onClick={() => (onCreate(choice), onClose())}>
            {hasWork ? 'Replace current pedigree' : 'Create'}
          </button>
        </>
      }
    >
      <fieldset className="section">
        <legend>Start from</legend>
        {STARTERS.map((s) => (
          <label key={s.id} className="choice">
            <input type="radio" name={groupName} checked={choice === s.id} onChange={() => setChoice(s.id)} /> {s.name}
            <span className="hint"> — {s.description}</span>
          </label>
        ))}
      </fieldset>
      {hasWork && <p role="note">This replaces the current pedigree. Undo (Ctrl+Z) brings it back; save it first to keep a copy.</p>}
    </Dialog>
  );
}
