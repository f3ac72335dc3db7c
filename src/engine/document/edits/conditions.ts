// The document's conditions: add or replace one (by id), choose the active one, remove
// one. Removing a condition also removes every observation and known genotype recorded
// for it (undo brings them back).
import type { Condition, ConditionId } from '../../genetics/condition.ts';
import type { PedigreeDocument } from '../types.ts';
import { fail, succeed, type EditResult } from './result.ts';

/** Add a condition, or replace the one with the same id. The first one added becomes active. */
export function setCondition(doc: PedigreeDocument, args: { condition: Condition }): EditResult {
  const c = args.condition;
  if (typeof c.id !== 'string' || c.id.trim() === '') return fail('invalid-value', 'A condition needs a non-empty id.');
  const exists = doc.conditions.some((x) => x.id === c.id);
  const conditions = exists ? doc.conditions.map((x) => (x.id === c.id ? c : x)) : [...doc.conditions, c];
  return succeed({ ...doc, conditions, activeConditionId: doc.activeConditionId ?? c.id }, exists ? undefined : [c.id]);
}

export function setActiveCondition(doc: PedigreeDocument, args: { id: ConditionId | null }): EditResult {
  if (args.id !== null && !doc.conditions.some((c) => c.id === args.id)) {
    return fail('unknown-condition', `There is no condition with id "${args.id}" in this pedigree.`);
  }
  return succeed({ ...doc, activeConditionId: args.id });
}

export function removeCondition(doc: PedigreeDocument, args: { id: ConditionId }): EditResult {
  if (!doc.conditions.some((c) => c.id === args.id)) {
    return fail('unknown-condition', `There is no condition with id "${args.id}" in this pedigree.`);
  }
  const conditions = doc.conditions.filter((c) => c.id !== args.id);
  const persons = doc.persons.map((p) => {
    if (!(args.id in p.observations) && !(p.genotypes && args.id in p.genotypes)) return p;
    const { [args.id]: _o, ...observations } = p.observations;
    const next = { ...p, observations };
    if (p.genotypes) {
      const { [args.id]: _g, ...genotypes } = p.genotypes;
      if (Object.keys(genotypes).length > 0) next.genotypes = genotypes;
      else delete next.genotypes;
    }
    return next;
  });
  const activeConditionId = doc.activeConditionId === args.id ? (conditions[0]?.id ?? null) : doc.activeConditionId;
  return succeed({ ...doc, conditions, persons, activeConditionId });
}
