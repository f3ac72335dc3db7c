// With nobody selected, the inspector edits the pedigree itself: its title (used for
// file names and figure titles) and notes.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { Section, TextField } from './fields.tsx';

export function DocumentFields({ doc }: { doc: PedigreeDocument }) {
  const editor = useEditor();
  return (
    <Section title="This pedigree">
      <TextField label="Title" value={doc.meta.title} onCommit={(title) => editor.setMeta({ title })} />
      <TextField label="Notes" value={doc.meta.notes} multiline onCommit={(notes) => editor.setMeta({ notes })} />
    </Section>
  );
}
