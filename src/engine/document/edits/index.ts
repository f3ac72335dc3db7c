// Every edit operation: pure `(doc, args) → EditResult`. Store actions wrap these.
export * from './result.ts';
export { nextId, nextIds } from './ids.ts';
export { addPerson } from './addPerson.ts';
export { addChild, type AddChildArgs } from './addChild.ts';
export { addPartner, type AddPartnerArgs } from './addPartner.ts';
export { addParents, type AddParentsArgs } from './addParents.ts';
export { addSibling, type AddSiblingArgs } from './addSibling.ts';
export { addTwin, type AddTwinArgs } from './addTwin.ts';
export { linkParent, type LinkParentArgs } from './linkParent.ts';
export { linkPartner, type LinkPartnerArgs } from './linkPartner.ts';
export { setPersonFields, checkPersonFields, type PersonFields } from './setPersonFields.ts';
export { setObservation, type SetObservationArgs } from './setObservation.ts';
export { setKnownGenotype, type SetKnownGenotypeArgs } from './setKnownGenotype.ts';
export { setUnionFields, type UnionFields } from './setUnionFields.ts';
export { previewRemoval, removePerson, type RemovalPreview } from './removePerson.ts';
export { reorderSiblings, moveSibling, type ReorderSiblingsArgs } from './reorderSiblings.ts';
export { setCondition, setActiveCondition, removeCondition } from './conditions.ts';
export type { NewPersonSex } from './newPerson.ts';
