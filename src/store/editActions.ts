// Every pure edit of src/engine/document/edits as a store action taking only its
// arguments: `store.getState().addChild({ parent: 'u1', sex: 'son' })`. Each returns the
// edit's result, so the caller gets the error; the store keeps it in `lastError`.
import * as edits from '../engine/document/edits/index.ts';
import type { EditResult } from '../engine/document/edits/index.ts';
import type { PedigreeDocument } from '../engine/document/types.ts';
import type { Edit } from './types.ts';

export const EDIT_OPERATIONS = {
  addPerson: edits.addPerson,
  addChild: edits.addChild,
  addPartner: edits.addPartner,
  addParents: edits.addParents,
  addSibling: edits.addSibling,
  addTwin: edits.addTwin,
  linkParent: edits.linkParent,
  linkPartner: edits.linkPartner,
  setPersonFields: edits.setPersonFields,
  setObservation: edits.setObservation,
  setKnownGenotype: edits.setKnownGenotype,
  setUnionFields: edits.setUnionFields,
  swapPartnerSexes: edits.swapPartnerSexes,
  removePerson: edits.removePerson,
  reorderSiblings: edits.reorderSiblings,
  moveSibling: edits.moveSibling,
  setCondition: edits.setCondition,
  setActiveCondition: edits.setActiveCondition,
  removeCondition: edits.removeCondition,
  setTwinZygosity: edits.setTwinZygosity,
  leaveTwinGroup: edits.leaveTwinGroup,
  setMeta: edits.setMeta,
} as const;

type Operations = typeof EDIT_OPERATIONS;
type ActionOf<F> = F extends (doc: PedigreeDocument, args: infer A) => EditResult ? (args: A) => EditResult : never;

export type EditActions = { [K in keyof Operations]: ActionOf<Operations[K]> };

export function createEditActions(applyEdit: (edit: Edit) => EditResult): EditActions {
  const actions: Record<string, (args: unknown) => EditResult> = {};
  for (const [name, op] of Object.entries(EDIT_OPERATIONS)) {
    const edit = op as (doc: PedigreeDocument, args: unknown) => EditResult;
    actions[name] = (args) => applyEdit((doc) => edit(doc, args));
  }
  return actions as EditActions;
}
