// A neutral, dismissible note after a file action that worked but has something to say
// (a PED value that was interpreted, pedigreejs fields that were dropped, "Reading…").
// It is a status, not an alert: failures keep the red alert region and the error dialog.
// The live region stays mounted (and in the accessibility tree, merely empty) so screen
// readers announce each new text.

export function FileNotice({ text, onDismiss }: { text: string | null; onDismiss: () => void }) {
  return (
    <div className="file-notice" role="status" aria-label="File notice">
      {text !== null && (
        <>
          <span>{text}</span>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
