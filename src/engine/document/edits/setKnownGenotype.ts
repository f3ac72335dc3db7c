// Record a tested, ordered genotype (paternal copy first) for one condition, or clear
// it with `null`. Whether it is consistent with the family is the inference's job.
import type { ConditionId } from '../../genetics/condition.ts';
import type { KnownGenotype, PedigreeDocument, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { updatePerson } from './mutate.ts';
import { fail, succeed, type EditResult } from './result.ts';

export interface SetKnownGenotypeArgs {
  id: PersonId;
  conditionId: ConditionId;
  genotype: KnownGenotype | null;
}

const COPY = new Set(['+', 'd', '?']);

export function setKnownGenotype(doc: PedigreeDocument, args: SetKnownGenotypeArgs): EditResult {
  const found = findPerson(doc, args.id);
  if (!found.ok) return found;
  if (!doc.conditions.some((c) => c.id === args.conditionId)) {
    return fail('unknown-condition', `There is no condition with id "${args.conditionId}" in this pedigree.`);
  }
  const g = args.genotype;
  if (g && !(COPY.has(g.paternal) && COPY.has(g.maternal))) {
    return fail('invalid-value', `Each copy of a genotype must be "+", "d" or "?" (got ${String(g.paternal)}/${String(g.maternal)}).`);
  }
  return succeed(
    updatePerson(doc, args.id, (p) => {
      const { [args.conditionId]: _old, ...rest } = p.genotypes ?? {};
      const { genotypes: _g, ...person } = p;
      const genotypes = g ? { ...rest, [args.conditionId]: { paternal: g.paternal, maternal: g.maternal } } : rest;
      return Object.keys(genotypes).length > 0 ? { ...person, genotypes } : person;
    }),
  );
}
