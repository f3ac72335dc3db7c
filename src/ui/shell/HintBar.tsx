// A one-line note under the header (the first-start hint, a recovery notice); it can
// be dismissed.
import { useState } from 'react';

export function HintBar({ text, onDismiss }: { text: string; onDismiss?: () => void }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <p className="hint-bar" role="note">
      {text}
      <button
        type="button"
        onClick={() => {
          setOpen(false);
          onDismiss?.();
        }}
      >
        Dismiss
      </button>
    </p>
  );
}
