// A PED file with several families: the user picks the one to open.
import { useId, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { count } from '../../engine/words/count.ts';
import { Dialog } from './Dialog.tsx';

export interface FamilyChoice {
  name: string;
  doc: PedigreeDocument;
}

export function FamilyChooserDialog({ families, onChoose, onClose }: { families: FamilyChoice[]; onChoose: (doc: PedigreeDocument) => void; onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const groupName = useId();
  return (
    <Dialog
      title="Choose a family"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" onClick={() => (onChoose(families[index]!.doc), onClose())}>Open family</button>
        </>
      }
    >
      <fieldset className="section">
        <legend>This file holds {families.length} families</legend>
        {families.map((f, i) => (
          <label key={f.name} className="choice">
            <input type="radio" name={groupName} checked={index === i} onChange={() => setIndex(i)} /> Family {f.name} ({count(f.doc.persons.length, 'person', 'people')})
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
