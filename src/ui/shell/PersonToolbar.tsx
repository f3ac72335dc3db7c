// Buttons for the selected person (always visible: touch has no hover). With nobody
// selected it offers to start a new, unconnected person. Same actions as the keys.
import { useRef } from 'react';
import type { ShortcutAction } from '../keyboard/shortcuts.ts';
import { useStableHeight } from './useStableHeight.ts';

const FOR_SELECTED: readonly (readonly [ShortcutAction, string, string])[] = [
  ['add-son', 'Add son', 'S'],
  ['add-daughter', 'Add daughter', 'D'],
  ['add-child', 'Add child of unknown sex', 'C'],
  ['add-partner', 'Add partner', 'P'],
  ['add-parents', 'Add parents', 'A'],
  ['add-sibling', 'Add sibling', 'B'],
  ['add-twin', 'Add twin', 'T'],
  ['link', 'Link existing person…', 'L'],
  ['remove', 'Remove…', 'Delete'],
];

const FOR_NOBODY: readonly (readonly [ShortcutAction, string, string])[] = [
  ['add-son', 'Add a man', 'S'],
  ['add-daughter', 'Add a woman', 'D'],
  ['add-child', 'Add a person of unknown sex', 'C'],
];

export interface PersonToolbarProps {
  /** Pedigree number and name of the selected person, or null. */
  selectedLabel: string | null;
  onAction: (action: ShortcutAction) => void;
}

export function PersonToolbar({ selectedLabel, onAction }: PersonToolbarProps) {
  const items = selectedLabel === null ? FOR_NOBODY : FOR_SELECTED;
  const bar = useRef<HTMLDivElement>(null);
  useStableHeight(bar);
  return (
    <div ref={bar} className="person-toolbar" role="toolbar" aria-label={selectedLabel === null ? 'Add people' : `Edit ${selectedLabel}`}>
      <span className="toolbar-label" aria-hidden="true">
        {selectedLabel === null ? 'Nobody selected:' : `${selectedLabel}:`}
      </span>
      {items.map(([action, label, key]) => (
        <button
          key={action}
          type="button"
          className={action === 'remove' ? 'danger' : undefined}
          aria-keyshortcuts={key}
          title={`${label} (${key})`}
          onClick={() => onAction(action)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
