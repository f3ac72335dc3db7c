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

/** The document with every status and recorded copy for this condition removed. */
function withoutEvidence(doc: PedigreeDocument, conditionId: string): PedigreeDocument {
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      const { [conditionId]: _obs, ...observations } = p.observations;
      const { [conditionId]: _known, ...genotypes } = p.genotypes ?? {};
      return { ...p, observations, genotypes };
    }),
  };
}

/**
 * Whether any assignment of copies has probability > 0. When none does, the culprits are a
 * minimal set of people whose statuses or recorded copies cannot all hold together: found by
 * deletion (drop a person's data whenever the rest is still impossible), so removing any one
 * culprit's data makes the remaining data possible.
 */
export function checkPossible(doc: PedigreeDocument, condition: Condition): LogicResult<Possibility> {
  const problem = problemFor(doc, condition);
  if (!problem.ok) return problem;
  const example = findAssignment(problem.value);
  if (example) return { ok: true, value: { possible: true, example } };
  const bare = problemFor(withoutEvidence(doc, condition.id), condition);
  if (!bare.ok) return bare;
  const full = problem.value.initial;
  const base = bare.value.initial;
  const withEvidenceOf = (kept: ReadonlySet<number>) => ({ ...problem.value, initial: full.map((d, i) => (kept.has(i) ? d : base[i]!)) });
  const kept = new Set(full.map((_, i) => i).filter((i) => full[i] !== base[i]));
  for (const i of [...kept]) {
    kept.delete(i);
    if (findAssignment(withEvidenceOf(kept))) kept.add(i);
  }
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const culprits = [...kept].map((i) => problem.value.ids[i]!).sort((a, b) => order.get(a)! - order.get(b)!);
  const message = impossibleMessage(condition.name, culprits.map((id) => describePerson(doc, id)));
  return { ok: true, value: { possible: false, culprits, message } };
}

/** "Impossible under X: the statuses or recorded copies of A, B and C cannot all hold together." */
export function impossibleMessage(conditionName: string, names: readonly string[]): string {
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? 'nobody');
  return `Impossible under ${conditionName}: the statuses or recorded copies of ${list} cannot all hold together.`;
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
