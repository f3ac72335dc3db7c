// What the panels, toolbar and keys can ask of the editor. App implements it over the
// store (every document change is a store action, hence undoable); components only
// see this interface, which keeps them small and testable. A command that fails
// reports its message to the alert region and returns false; nothing changes.
import { createContext, useContext } from 'react';
import type { Sentence } from '../../engine/document/sentence.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import type {
  DocumentMeta,
  Gender,
  KnownGenotype,
  Observation,
  PedigreeDocument,
  Person,
  PersonId,
  Union,
  UnionId,
  TwinGroupId,
  Zygosity,
} from '../../engine/document/types.ts';

/** Fields to set on a person; a key present with `undefined` clears that field. */
export type PersonPatch = { [K in Exclude<keyof Person, 'id' | 'observations' | 'genotypes' | 'parentUnion' | 'singleParent'>]?: Person[K] };
export type UnionPatch = { [K in 'consanguineous' | 'separated' | 'noChildren']?: Union[K] };

/** Who would go with a removal, for the confirmation dialog. */
export interface RemovalSummary {
  persons: PersonId[];
  unions: UnionId[];
  /** Plain-language lines describing the effect, people as ids for the dialog to name (wordSentence). */
  explanation: Sentence[];
}

export interface EditorCommands {
  select(id: PersonId | null): void;
  addPerson(gender: Gender): boolean;
  addChild(parentId: PersonId, gender: Gender): boolean;
  addPartner(id: PersonId): boolean;
  addParents(id: PersonId): boolean;
  addSibling(id: PersonId, gender: Gender): boolean;
  addTwin(id: PersonId): boolean;
  linkParent(childId: PersonId, parentId: PersonId): boolean;
  linkPartner(a: PersonId, b: PersonId): boolean;
  previewRemoval(id: PersonId): RemovalSummary | null;
  remove(id: PersonId): boolean;
  updatePerson(id: PersonId, patch: PersonPatch): boolean;
  setObservation(id: PersonId, conditionId: string, observation: Observation | undefined): boolean;
  setGenotype(id: PersonId, conditionId: string, genotype: KnownGenotype | undefined): boolean;
  updateUnion(id: UnionId, patch: UnionPatch): boolean;
  /** Swap the two partners' gender and sex at birth (one undo step). */
  swapPartnerSexes(id: UnionId): boolean;
  /** The same for the selected person's couple (see coupleUnionFor); reports when there is none. */
  swapCoupleSexes(id: PersonId): boolean;
  setTwinZygosity(id: TwinGroupId, zygosity: Zygosity): boolean;
  /** Title and notes of the pedigree; a key with `undefined` clears it. */
  setMeta(fields: Partial<DocumentMeta>): boolean;
  /** Make `condition` the active one (adding it, or replacing the one with its id). */
  putCondition(condition: Condition): boolean;
  replaceDocument(doc: PedigreeDocument): void;
  undo(): void;
  redo(): void;
}

export const EditorContext = createContext<EditorCommands | null>(null);

export function useEditor(): EditorCommands {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor needs an <EditorContext.Provider> (App provides one)');
  return editor;
}
