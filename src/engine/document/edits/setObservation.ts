// Record what was observed about a person for one condition (affected / unaffected /
// unknown, age at onset or last exam), or clear it with `null` (= unknown).
import { words, who } from '../sentence.ts';
import type { ConditionId } from '../../genetics/condition.ts';
import type { Observation, PedigreeDocument, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { updatePerson } from './mutate.ts';
import { fail, failAbout, succeed, type EditResult } from './result.ts';

export interface SetObservationArgs {
  id: PersonId;
  conditionId: ConditionId;
  observation: Observation | null;
}

export function setObservation(doc: PedigreeDocument, args: SetObservationArgs): EditResult {
  const found = findPerson(doc, args.id);
  if (!found.ok) return found;
  if (!doc.conditions.some((c) => c.id === args.conditionId)) {
    return fail('unknown-condition', `There is no condition with id "${args.conditionId}" in this pedigree.`);
  }
  const o = args.observation;
  if (o && o.age !== undefined && !(Number.isFinite(o.age) && o.age >= 0 && o.age <= 150)) {
    return failAbout(doc, 'invalid-value', words`${who(args.id)}: age at onset or exam must be from 0 to 150 years (got ${o.age}).`);
  }
  return succeed(
    updatePerson(doc, args.id, (p) => {
      const { [args.conditionId]: _old, ...rest } = p.observations;
      return { ...p, observations: o ? { ...rest, [args.conditionId]: o } : rest };
    }),
  );
}
