// EditorCommands over any store that can apply a pure edit as one undo step and load a
// whole document. Each command is one of the engine's pure edits
// (src/engine/document/edits); an error is reported with the engine's message (and its
// parts, people as ids, for the App to name as the chart does) and the document is left
// as it was.
import * as edits from '../../engine/document/edits/index.ts';
import { wordByName, words, who, type Sentence } from '../../engine/document/sentence.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { coupleUnionFor } from '../condition/coupleFor.ts';
import type { EditorCommands } from './commands.ts';

export type Edit = (doc: PedigreeDocument) => edits.EditResult;

export interface EditorStore {
  getDocument(): PedigreeDocument;
  /** Apply a pure edit as one undo step; on error the document is untouched. */
  apply(edit: Edit): edits.EditResult;
  /** Replace the whole document (undoable), after validating it. */
  load(doc: PedigreeDocument): edits.EditResult;
  select(id: PersonId | null): void;
  undo(): void;
  redo(): void;
  /**
   * Show a problem in the alert region; null clears it. `message` names people by name
   * and id; `parts`, when given, is the same sentence with people as ids.
   */
  report(message: string | null, parts?: Sentence): void;
}

export function createEditorCommands(store: EditorStore): EditorCommands {
  /** Applies one edit; returns the ids it created, or null when it failed. */
  const settle = (result: edits.EditResult): string[] | null => {
    if (result.ok) store.report(null);
    else store.report(result.error.message, result.error.parts);
    return result.ok ? (result.created ?? []) : null;
  };
  const apply = (edit: Edit): string[] | null => settle(store.apply(edit));
  const run = (edit: Edit): boolean => apply(edit) !== null;
  return {
    select: store.select,
    undo: store.undo,
    redo: store.redo,
    addPerson: (sex) => {
      const created = apply((doc) => edits.addPerson(doc, { sex }));
      // Select the newcomer so the next key (S, D, P…) acts on them.
      if (created?.[0]) store.select(created[0]);
      return created !== null;
    },
    addChild: (parent, sex) => run((doc) => edits.addChild(doc, { parent, sex })),
    addPartner: (person) => run((doc) => edits.addPartner(doc, { person })),
    addParents: (person) => run((doc) => edits.addParents(doc, { person })),
    addSibling: (person, sex) => run((doc) => edits.addSibling(doc, { person, sex })),
    addTwin: (person) => run((doc) => edits.addTwin(doc, { person, zygosity: 'unknown' })),
    linkParent: (child, parent) => run((doc) => edits.linkParent(doc, { child, parent })),
    linkPartner: (person, partner) => run((doc) => edits.linkPartner(doc, { person, partner })),
    previewRemoval: (id) => {
      const p = edits.previewRemoval(store.getDocument(), id);
      return p && { persons: p.persons, unions: p.unions, explanation: p.sentences };
    },
    remove: (id) => {
      const ok = run((doc) => edits.removePerson(doc, { id }));
      if (ok) store.select(null);
      return ok;
    },
    updatePerson: (id, fields) => run((doc) => edits.setPersonFields(doc, { id, fields })),
    setObservation: (id, conditionId, observation) => run((doc) => edits.setObservation(doc, { id, conditionId, observation: observation ?? null })),
    setGenotype: (id, conditionId, genotype) => run((doc) => edits.setKnownGenotype(doc, { id, conditionId, genotype: genotype ?? null })),
    updateUnion: (id, fields) => run((doc) => edits.setUnionFields(doc, { id, fields })),
    swapPartnerSexes: (union) => run((doc) => edits.swapPartnerSexes(doc, { union })),
    swapCoupleSexes: (person) => {
      const doc = store.getDocument();
      const union = coupleUnionFor(doc, person);
      if (union) return run((d) => edits.swapPartnerSexes(d, { union: union.id }));
      const parts = words`${who(person)} has no partner or recorded parents whose sexes could be swapped.`;
      store.report(wordByName(doc, parts), parts);
      return false;
    },
    setTwinZygosity: (id, zygosity) => run((doc) => edits.setTwinZygosity(doc, { id, zygosity })),
    setMeta: (fields) => run((doc) => edits.setMeta(doc, { fields })),
    putCondition: (condition) =>
      run((doc) => {
        const r = edits.setCondition(doc, { condition });
        return r.ok ? edits.setActiveCondition(r.doc, { id: condition.id }) : r;
      }),
    replaceDocument: (doc) => {
      if (settle(store.load(doc)) !== null) store.select(null);
    },
  };
}
