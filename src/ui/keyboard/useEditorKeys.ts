// The editor's keyboard: shortcuts run the same actions as the toolbar, arrows move
// the selection between relatives and keep focus on the selected symbol.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import type { EditorCommands } from '../editor/commands.ts';
import { runAction, type DialogRequest } from '../editor/runAction.ts';
import { neighbourOf } from './navigate.ts';
import type { ShortcutAction } from './shortcuts.ts';
import { useShortcuts } from './useShortcuts.ts';

export interface EditorKeysOptions {
  editor: EditorCommands;
  doc: PedigreeDocument;
  layout: PedigreeLayout;
  selected: PersonId | null;
  dialogOpen: boolean;
  openDialog: (d: DialogRequest) => void;
  toggleGenotypes: () => void;
}

/** Returns `act`, for toolbar buttons to run the very same actions. */
export function useEditorKeys(o: EditorKeysOptions): (action: ShortcutAction) => boolean {
  const act = (action: ShortcutAction) =>
    runAction(action, { editor: o.editor, selected: o.selected, openDialog: o.openDialog, toggleGenotypes: o.toggleGenotypes });
  const moveTo = (id: PersonId | null) => {
    if (id === null) return;
    o.editor.select(id);
    // Keep keyboard focus on the selected symbol so screen readers announce it.
    requestAnimationFrame(() => document.querySelector<SVGGElement>(`[data-person="${CSS.escape(id)}"] [role="button"]`)?.focus());
  };
  useShortcuts({
    enabled: !o.dialogOpen,
    onAction: act,
    onArrow: (direction) => moveTo(o.selected === null ? (o.doc.persons[0]?.id ?? null) : neighbourOf(o.doc, o.layout, o.selected, direction)),
  });
  return act;
}
