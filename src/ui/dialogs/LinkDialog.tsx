// Link an existing person as a parent or a partner of the selected person: how loops,
// consanguinity and remarriages are built. People are listed by pedigree number and name.
import { useId, useState } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { Dialog } from './Dialog.tsx';

export interface LinkDialogProps {
  doc: PedigreeDocument;
  personId: PersonId;
  labelOf: (id: PersonId) => string;
  onClose: () => void;
}

export function LinkDialog({ doc, personId, labelOf, onClose }: LinkDialogProps) {
  const editor = useEditor();
  const selectId = useId();
  const [role, setRole] = useState<'parent' | 'partner'>('parent');
  const others = doc.persons.filter((p) => p.id !== personId);
  const [other, setOther] = useState<PersonId>(others[0]?.id ?? '');
  const link = () => {
    if (!other) return;
    if (role === 'parent') editor.linkParent(personId, other);
    else editor.linkPartner(personId, other);
    onClose();
  };
  return (
    <Dialog
      title={`Link a person to ${labelOf(personId)}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" onClick={link} disabled={!other}>Link</button>
        </>
      }
    >
      <fieldset className="section">
        <legend>Link as</legend>
        <label>
          <input type="radio" name="link-role" checked={role === 'parent'} onChange={() => setRole('parent')} /> a parent of {labelOf(personId)}
        </label>
        <label>
          <input type="radio" name="link-role" checked={role === 'partner'} onChange={() => setRole('partner')} /> a partner of {labelOf(personId)}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={selectId}>Person</label>
        <select id={selectId} value={other} onChange={(e) => setOther(e.currentTarget.value)}>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {labelOf(p.id)}
            </option>
          ))}
        </select>
      </div>
    </Dialog>
  );
}
