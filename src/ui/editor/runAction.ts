// One place that turns an action (from a toolbar button or a key) into editor
// commands, so the buttons and the shortcuts always do the same thing.
import type { PersonId } from '../../engine/document/types.ts';
import type { ShortcutAction } from '../keyboard/shortcuts.ts';
import type { EditorCommands } from './commands.ts';

export type DialogRequest = { kind: 'help' } | { kind: 'link'; personId: PersonId } | { kind: 'remove'; personId: PersonId };

export interface ActionContext {
  editor: EditorCommands;
  selected: PersonId | null;
  openDialog: (d: DialogRequest) => void;
  toggleGenotypes: () => void;
}

/** Does the action; returns false when it needs a selected person and none is selected. */
export function runAction(action: ShortcutAction, { editor, selected, openDialog, toggleGenotypes }: ActionContext): boolean {
  switch (action) {
    case 'help':
      openDialog({ kind: 'help' });
      return true;
    case 'toggle-genotypes':
      toggleGenotypes();
      return true;
    case 'undo':
      editor.undo();
      return true;
    case 'redo':
      editor.redo();
      return true;
    case 'deselect':
      editor.select(null);
      return true;
  }
  if (selected === null) {
    // With nobody selected, S / D / C start a new, unconnected person.
    if (action === 'add-son') return editor.addPerson('man');
    if (action === 'add-daughter') return editor.addPerson('woman');
    if (action === 'add-child') return editor.addPerson('unknown');
    return false;
  }
  switch (action) {
    case 'add-son':
      return editor.addChild(selected, 'man');
    case 'add-daughter':
      return editor.addChild(selected, 'woman');
    case 'add-child':
      return editor.addChild(selected, 'unknown');
    case 'add-partner':
      return editor.addPartner(selected);
    case 'add-parents':
      return editor.addParents(selected);
    case 'add-sibling':
      return editor.addSibling(selected, 'unknown');
    case 'add-twin':
      return editor.addTwin(selected);
    case 'swap-sexes':
      return editor.swapCoupleSexes(selected);
    case 'link':
      openDialog({ kind: 'link', personId: selected });
      return true;
    case 'remove':
      openDialog({ kind: 'remove', personId: selected });
      return true;
  }
}
