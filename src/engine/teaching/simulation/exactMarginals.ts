// Exact genotype probabilities of everyone in a pedigree before anything is observed, the
// "exact" side of "simulated vs exact". Forward propagation: a child's paternal allele
// depends only on the father and the maternal allele only on the mother, so when the two
// parents share no ancestor their genotypes are independent and
//   P(child = a/b) = P(father transmits a) · P(mother transmits b),
// with P(parent transmits d) = Σ_g P(parent = g) · P(d | g, parent's sex) (transmission.ts:
// transmission ratio and de novo rate by parent sex). Founders: recorded copies are fixed,
// unrecorded copies are d with probability q (Hardy–Weinberg, copies independent, DOMAIN.md §2).
// Parents who share an ancestor (a consanguinity loop) are correlated, so the forward pass
// would be wrong; then the exact inference engine (junction tree, DOMAIN.md §6) gives the
// same prior marginals from the document with every observation and every non-founder's
// recorded copies removed (the simulation ignores those too).
import type { Condition } from '../../genetics/condition.ts';
import type { Genotype } from '../../genetics/genotype.ts';
import { probabilityTransmitsVariant } from '../../genetics/transmission.ts';
import { indexDocument } from '../../document/queries.ts';
import { wordByName, words, who, type Sentence } from '../../document/sentence.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import { inferPedigree } from '../../inference/infer.ts';
import type { SimulationPlan } from './plan.ts';

/** P(genotype) for one person: four ordered genotypes, or `+`/`d` for X-linked men. */
export type GenotypeDistribution = Partial<Record<Genotype, number>>;

/** Why exact values are missing: `reason` names people by name and id, `reasonParts` by id (sentence.ts). */
export type ExactMarginals = { ok: true; marginals: Map<PersonId, GenotypeDistribution> } | { ok: false; reason: string; reasonParts: Sentence };

function pairDistribution(pd: number, md: number): GenotypeDistribution {
  return {
    '+/+': (1 - pd) * (1 - md),
    'd/+': pd * (1 - md),
    '+/d': (1 - pd) * md,
    'd/d': pd * md,
  };
}

function ancestorsOrSelf(plan: SimulationPlan, id: PersonId, memo: Map<PersonId, Set<PersonId>>): Set<PersonId> {
  const known = memo.get(id);
  if (known) return known;
  const result = new Set<PersonId>([id]);
  const p = plan.byId.get(id);
  for (const parent of [p?.father, p?.mother]) {
    if (parent !== undefined) for (const a of ancestorsOrSelf(plan, parent, memo)) result.add(a);
  }
  memo.set(id, result);
  return result;
}

export function exactMarginals(doc: PedigreeDocument, condition: Condition, plan: SimulationPlan): ExactMarginals {
  const marginals = new Map<PersonId, GenotypeDistribution>();
  const ancestry = new Map<PersonId, Set<PersonId>>();
  const persons = indexDocument(doc).persons;
  const q = condition.q;
  const transmits = (parent: PersonId, sex: 'male' | 'female'): number => {
    let p = 0;
    for (const [g, pg] of Object.entries(marginals.get(parent)!)) p += pg * probabilityTransmitsVariant(condition, g as Genotype, sex);
    return p;
  };
  for (const person of plan.people) {
    const hemi = condition.chromosome === 'X' && person.sex === 'male';
    if (person.identicalTwinOf !== undefined) {
      marginals.set(person.id, marginals.get(person.identicalTwinOf)!);
      continue;
    }
    if (person.founder) {
      const known = persons.get(person.id)?.genotypes?.[condition.id];
      const pat = !known || known.paternal === '?' ? q : known.paternal === 'd' ? 1 : 0;
      const mat = !known || known.maternal === '?' ? q : known.maternal === 'd' ? 1 : 0;
      marginals.set(person.id, hemi ? { '+': 1 - mat, d: mat } : pairDistribution(pat, mat));
      continue;
    }
    if (person.father !== undefined && person.mother !== undefined) {
      const a = ancestorsOrSelf(plan, person.father, ancestry);
      const shared = [...ancestorsOrSelf(plan, person.mother, ancestry)].filter((x) => a.has(x));
      if (shared.length > 0) {
        const why = words`the parents of ${who(person.id)} are related (shared ancestor ${who(shared[0]!)})`;
        return marginalsFromInference(doc, condition, plan, why);
      }
    }
    // X-linked: a father gives his one X (his only copy) to daughters, nothing to sons.
    const fromFather = person.father !== undefined ? transmits(person.father, 'male') : q;
    const fromMother = person.mother !== undefined ? transmits(person.mother, 'female') : q;
    marginals.set(person.id, hemi ? { '+': 1 - fromMother, d: fromMother } : pairDistribution(fromFather, fromMother));
  }
  return { ok: true, marginals };
}

function marginalsFromInference(doc: PedigreeDocument, condition: Condition, plan: SimulationPlan, why: Sentence): ExactMarginals {
  const unobserved: PedigreeDocument = {
    ...doc,
    persons: doc.persons.map(({ genotypes, ...p }) => {
      const founder = plan.byId.get(p.id)?.founder ?? true;
      const copies = founder && genotypes?.[condition.id] ? { genotypes: { [condition.id]: genotypes[condition.id]! } } : {};
      return { ...p, observations: {}, ...copies };
    }),
  };
  const result = inferPedigree(unobserved, condition);
  if (result.kind !== 'exact') {
    const reasonParts = words`${why}, and exact inference gave no result: ${result.message}`;
    return { ok: false, reason: wordByName(doc, reasonParts), reasonParts };
  }
  const marginals = new Map<PersonId, GenotypeDistribution>();
  for (const p of plan.people) marginals.set(p.id, { ...result.people[p.id]!.genotype } as GenotypeDistribution);
  return { ok: true, marginals };
}
