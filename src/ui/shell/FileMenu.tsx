// The File menu as a disclosure (a button that shows a list of buttons): simple for
// keyboard, touch and screen readers alike. Escape or choosing an item closes it.
import { useEffect, useRef, useState } from 'react';

export type FileCommand = 'new' | 'open' | 'save' | 'export-ped' | 'export-svg' | 'export-png' | 'print';

const ITEMS: readonly (readonly [FileCommand, string])[] = [
  ['new', 'New…'],
  ['open', 'Open…'],
  ['save', 'Save (JSON)'],
  ['export-ped', 'Export PED'],
  ['export-svg', 'Export SVG…'],
  ['export-png', 'Export PNG…'],
  ['print', 'Print'],
];

export function FileMenu({ onCommand }: { onCommand: (c: FileCommand) => void }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => root.current?.contains(e.target as Node) || setOpen(false);
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <div
      className="file-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls="file-menu-items" onClick={() => setOpen(!open)}>
        File
      </button>
      <ul id="file-menu-items" className="file-menu-items" hidden={!open}>
        {ITEMS.map(([command, label]) => (
          <li key={command}>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                onCommand(command);
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
