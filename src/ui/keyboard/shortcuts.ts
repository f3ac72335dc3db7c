// Every keyboard shortcut, as data: the key handler and the help overlay both read
// this list, so the overlay always shows exactly what the keys do.

export type ShortcutAction =
  | 'add-son'
  | 'add-daughter'
  | 'add-child'
  | 'add-partner'
  | 'add-parents'
  | 'add-sibling'
  | 'add-twin'
  | 'link'
  | 'swap-sexes'
  | 'remove'
  | 'toggle-genotypes'
  | 'help'
  | 'deselect'
  | 'undo'
  | 'redo';

export interface Shortcut {
  /** Keys as shown to the user. */
  keys: string;
  action: ShortcutAction | 'navigate';
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Tab / Shift+Tab', action: 'navigate', description: 'Move focus through people and controls' },
  { keys: '↑', action: 'navigate', description: 'Select a parent' },
  { keys: '↓', action: 'navigate', description: 'Select the first child' },
  { keys: '← / →', action: 'navigate', description: 'Select the neighbour in the row (partner, sibling)' },
  { keys: 'S', action: 'add-son', description: 'Add a son (with nobody selected: add a man)' },
  { keys: 'D', action: 'add-daughter', description: 'Add a daughter (with nobody selected: add a woman)' },
  { keys: 'C', action: 'add-child', description: 'Add a child of unknown sex' },
  { keys: 'P', action: 'add-partner', description: 'Add a partner' },
  { keys: 'A', action: 'add-parents', description: 'Add both parents' },
  { keys: 'B', action: 'add-sibling', description: 'Add a sibling (brother or sister)' },
  { keys: 'T', action: 'add-twin', description: 'Add a twin' },
  { keys: 'L', action: 'link', description: 'Link an existing person as parent or partner' },
  { keys: 'X', action: 'swap-sexes', description: 'Swap the sexes of the selected couple (the person and partner, or a child’s parents)' },
  { keys: 'Delete / Backspace', action: 'remove', description: 'Remove the selected person (shows what goes first)' },
  { keys: 'G', action: 'toggle-genotypes', description: 'Show or hide the two copies (genotypes)' },
  { keys: 'Escape', action: 'deselect', description: 'Clear the selection, or close a dialog' },
  { keys: 'Ctrl/⌘+Z', action: 'undo', description: 'Undo' },
  { keys: 'Ctrl/⌘+Shift+Z, Ctrl+Y', action: 'redo', description: 'Redo' },
  { keys: '?', action: 'help', description: 'Show this list' },
];

const SINGLE_KEYS: Record<string, ShortcutAction> = {
  s: 'add-son',
  d: 'add-daughter',
  c: 'add-child',
  p: 'add-partner',
  a: 'add-parents',
  b: 'add-sibling',
  t: 'add-twin',
  l: 'link',
  x: 'swap-sexes',
  g: 'toggle-genotypes',
  Delete: 'remove',
  Backspace: 'remove',
  Escape: 'deselect',
  '?': 'help',
};

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The action a key press asks for, or null for keys that are not shortcuts. */
export function shortcutFor(e: KeyLike): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  if (e.altKey || mod) return null;
  return SINGLE_KEYS[key] ?? null;
}

/** Typing in a form field must never trigger a single-key shortcut. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
