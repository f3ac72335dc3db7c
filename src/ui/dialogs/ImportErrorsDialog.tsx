// A file that could not be opened: every problem, each naming its line or person.
// The current pedigree was not touched, and the dialog says so.
import { Dialog } from './Dialog.tsx';

export function ImportErrorsDialog({ fileName, problems, onClose }: { fileName: string; problems: string[]; onClose: () => void }) {
  return (
    <Dialog role="alertdialog" title={`Could not open ${fileName}`} onClose={onClose}>
      <p>
        {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}. Your current pedigree is
        unchanged.
      </p>
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </Dialog>
  );
}
