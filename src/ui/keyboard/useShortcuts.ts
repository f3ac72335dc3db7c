// Global key handling: arrows move the selection between relatives, single keys run
// actions (SHORTCUTS). Keys typed into form fields are left alone, and a dialog stops
// its own key events from reaching here.
import { useEffect, useRef } from 'react';
import { arrowDirection, type Direction } from './navigate.ts';
import { isTextEntry, shortcutFor, type ShortcutAction } from './shortcuts.ts';

export interface ShortcutHandlers {
  onAction: (action: ShortcutAction) => void;
  onArrow: (direction: Direction) => void;
  /** False while a dialog is open. */
  enabled: boolean;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const h = latest.current;
      if (!h.enabled || e.defaultPrevented) return;
      const action = shortcutFor(e);
      const typing = isTextEntry(e.target);
      // Undo/redo in a text field belongs to the field.
      if (typing) return;
      const direction = !e.ctrlKey && !e.metaKey && !e.altKey ? arrowDirection(e.key) : null;
      if (direction) {
        e.preventDefault();
        h.onArrow(direction);
        return;
      }
      if (!action) return;
      // Buttons and links handle their own Enter/Space; shortcuts are letters, so no clash.
      e.preventDefault();
      h.onAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
