// The one-line hint shown on first start; it can be dismissed.
import { useState } from 'react';

export function HintBar({ text }: { text: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <p className="hint-bar" role="note">
      {text}
      <button type="button" onClick={() => setOpen(false)}>
        Dismiss hint
      </button>
    </p>
  );
}
