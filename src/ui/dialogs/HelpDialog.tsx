// The help overlay: how to edit, and every keyboard shortcut (from SHORTCUTS).
import { SHORTCUTS } from '../keyboard/shortcuts.ts';
import { Dialog } from './Dialog.tsx';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts and help" onClose={onClose}>
      <p>
        Select a person by clicking, tapping or tabbing to them; the buttons above the chart and the
        keys below act on the selected person. Every change can be undone.
      </p>
      <p>
        On a touch screen, tap a person to select them, drag the chart with one finger to move it and
        pinch with two to zoom; Fit shows the whole family again.
      </p>
      <table className="shortcut-table">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
