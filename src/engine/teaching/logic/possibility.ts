// Yes/no questions a teacher asks of a pedigree under a condition, answered exactly by the
// consistency search: is this pedigree possible at all, who makes it impossible, and who
// must carry the variant (an obligate carrier).
import type { Condition } from '../../genetics/condition.ts';
import type { Genotype } from '../../genetics/genotype.ts';
import { describePerson, indexDocument } from '../../document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import { planSimulation } from '../simulation/plan.ts';
import { buildConsistencyProblem, findAssignment, type ConsistencyProblem } from './consistency.ts';

export type Possibility =
  | { possible: true; example: Map<PersonId, Genotype> }
  | { possible: false; culprits: PersonId[]; message: string };

export type LogicResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function problemFor(doc: PedigreeDocument, condition: Condition): LogicResult<ConsistencyProblem> {
  const planned = planSimulation(doc, condition);
  if (!planned.ok) return planned;
  return { ok: true, value: buildConsistencyProblem(doc, condition, planned.plan) };
}

/** The document with one person's status and recorded copies for this condition removed. */
function withoutEvidence(doc: PedigreeDocument, conditionId: string, id: PersonId): PedigreeDocument {
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      if (p.id !== id) return p;
      const { [conditionId]: _obs, ...observations } = p.observations;
      const { [conditionId]: _known, ...genotypes } = p.genotypes ?? {};
      return { ...p, observations, genotypes };
    }),
  };
}

function hasEvidence(doc: PedigreeDocument, conditionId: string, id: PersonId): boolean {
  const p = indexDocument(doc).persons.get(id)!;
  const status = p.observations[conditionId]?.status;
  return (status !== undefined && status !== 'unknown') || p.genotypes?.[conditionId] !== undefined;
}

/**
 * Whether any assignment of copies has probability > 0. When none does, the culprits are
 * the people whose status or recorded copies, if removed alone, would make it possible.
 */
export function checkPossible(doc: PedigreeDocument, condition: Condition): LogicResult<Possibility> {
  const problem = problemFor(doc, condition);
  if (!problem.ok) return problem;
  const example = findAssignment(problem.value);
  if (example) return { ok: true, value: { possible: true, example } };
  const culprits = doc.persons
    .map((p) => p.id)
    .filter((id) => hasEvidence(doc, condition.id, id))
    .filter((id) => {
      const relaxed = problemFor(withoutEvidence(doc, condition.id, id), condition);
      return relaxed.ok && findAssignment(relaxed.value) !== null;
    });
  const names = culprits.map((id) => describePerson(doc, id));
  const message =
    culprits.length > 0
      ? `Impossible under ${condition.name}: no assignment of copies fits everyone; the data of ${names.join(', ')} cannot hold together with the rest (changing any one of them would make it possible).`
      : `Impossible under ${condition.name}: no assignment of copies fits everyone, and no single person's data explains it.`;
  return { ok: true, value: { possible: false, culprits, message } };
}

/**
 * People not observed affected who carry the variant in every possible assignment
 * (P(carrier | pedigree, condition) = 1 exactly). Empty when the pedigree is impossible.
 */
export function obligateCarriers(doc: PedigreeDocument, condition: Condition): LogicResult<PersonId[]> {
  const problem = problemFor(doc, condition);
  if (!problem.ok) return problem;
  if (!findAssignment(problem.value)) return { ok: true, value: [] };
  const carriers: PersonId[] = [];
  for (const id of problem.value.ids) {
    if (indexDocument(doc).persons.get(id)!.observations[condition.id]?.status === 'affected') continue;
    const nonCarrier: Genotype[] = ['+/+', '+'];
    if (!findAssignment(problem.value, new Map([[id, nonCarrier]]))) carriers.push(id);
  }
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  return { ok: true, value: carriers.sort((a, b) => order.get(a)! - order.get(b)!) };
}
