// Which dialog is open: one at a time, described as data so keys, buttons and file
// handling can all ask for one.
import type { PersonId } from '../../engine/document/types.ts';
import type { FamilyChoice } from './FamilyChooserDialog.tsx';

export type OpenDialog =
  | { kind: 'help' }
  | { kind: 'link'; personId: PersonId }
  | { kind: 'remove'; personId: PersonId }
  | { kind: 'new' }
  | { kind: 'import-errors'; fileName: string; problems: string[] }
  | { kind: 'choose-family'; families: FamilyChoice[] }
  | { kind: 'export'; format: 'svg' | 'png' };
