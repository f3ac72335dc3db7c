// Which ordered-genotype assignments are possible at all (probability > 0) for a pedigree
// under a condition — the yes/no skeleton of the likelihood (DOMAIN.md §6). A person's
// genotype is possible when its penetrance allows the observed status (age included), the
// recorded copies allow it and it is viable; a family (father, mother, child) is possible
// when each parent can transmit the allele the child received (transmission.ts: Mendel,
// transmission ratio, de novo rate; an unrecorded parent gives d with probability q).
// Search: backtracking in parents-first order, keeping every family constraint
// generalised-arc-consistent after each choice (MAC), which is quick for teaching-size
// pedigrees. This is exact: a person "must carry" iff no possible assignment without d.
import type { Condition } from '../../genetics/condition.ts';
import { ORDERED_GENOTYPES, HEMIZYGOUS_GENOTYPES, type Allele, type Genotype } from '../../genetics/genotype.ts';
import { isViable, probabilityAffected } from '../../genetics/penetrance.ts';
import { probabilityTransmitsVariant } from '../../genetics/transmission.ts';
import { indexDocument } from '../../document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import type { SimulationPlan } from '../simulation/plan.ts';

interface Family {
  child: number;
  /** -1 when the parent is not recorded. */
  father: number;
  mother: number;
  /** MZ twin constraint: same genotype as this person (-1 otherwise). */
  twinOf: number;
}

/** Genotypes by index: ordered 0 `+/+`, 1 `d/+`, 2 `+/d`, 3 `d/d`; X-linked men 0 `+`, 1 `d`. */
const ORDERED: readonly Genotype[] = ORDERED_GENOTYPES;
const HEMI: readonly Genotype[] = HEMIZYGOUS_GENOTYPES;

export interface ConsistencyProblem {
  ids: PersonId[];
  indexOf: ReadonlyMap<PersonId, number>;
  hemizygous: boolean[];
  families: Family[];
  /** Bitmask of genotypes each person may have on their own (status, copies, viability, founder prior). */
  initial: number[];
  /** canPass[sex][parent genotype index (or 4 = unrecorded)][allele 0 '+' / 1 'd']; sex 0 male, 1 female. */
  canPass: boolean[][][];
}

function genotypesOf(hemizygous: boolean): readonly Genotype[] {
  return hemizygous ? HEMI : ORDERED;
}

function allowedAlone(doc: PedigreeDocument, condition: Condition, id: PersonId, hemizygous: boolean, founder: boolean): number {
  const person = indexDocument(doc).persons.get(id)!;
  const obs = person.observations[condition.id];
  const known = person.genotypes?.[condition.id];
  const sex = condition.chromosome === 'X' ? (hemizygous ? 'male' : 'female') : undefined;
  const fits = (allele: Allele, recorded: Allele | '?' | undefined) => recorded === undefined || recorded === '?' || recorded === allele;
  const priorPossible = (allele: Allele) => (allele === 'd' ? condition.q > 0 : condition.q < 1);
  let mask = 0;
  genotypesOf(hemizygous).forEach((g, i) => {
    const pat = hemizygous ? null : (g[0] as Allele);
    const mat = (hemizygous ? g : g[2]) as Allele;
    if (!fits(mat, known?.maternal) || (pat !== null && !fits(pat, known?.paternal))) return;
    if (founder && (!priorPossible(mat) || (pat !== null && !priorPossible(pat)))) return;
    if (!isViable(condition, g)) return;
    // Affected: the genotype must be able to cause it at some age. Unaffected at the age of
    // the last exam: the genotype must leave a chance of being unaffected by then.
    if (obs?.status === 'affected' && !(probabilityAffected(condition, g, sex) > 0)) return;
    if (obs?.status === 'unaffected' && !(probabilityAffected(condition, g, sex, obs.age ?? person.age) < 1)) return;
    mask |= 1 << i;
  });
  return mask;
}

export function buildConsistencyProblem(doc: PedigreeDocument, condition: Condition, plan: SimulationPlan): ConsistencyProblem {
  const ids = plan.people.map((p) => p.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const hemizygous = plan.people.map((p) => condition.chromosome === 'X' && p.sex === 'male');
  const initial = plan.people.map((p, i) => allowedAlone(doc, condition, p.id, hemizygous[i]!, p.founder));
  const families: Family[] = [];
  for (const p of plan.people) {
    const child = indexOf.get(p.id)!;
    if (p.identicalTwinOf !== undefined) families.push({ child, father: -1, mother: -1, twinOf: indexOf.get(p.identicalTwinOf)! });
    if (!p.founder) {
      families.push({
        child,
        father: p.father !== undefined ? indexOf.get(p.father)! : -1,
        mother: p.mother !== undefined ? indexOf.get(p.mother)! : -1,
        twinOf: -1,
      });
    }
  }
  // An X-linked father's gamete is his one X: index his hemizygous genotypes (0 '+', 1 'd').
  const canPass = (['male', 'female'] as const).map((sex) => {
    const table: boolean[][] = [];
    const parentGenotypes = condition.chromosome === 'X' && sex === 'male' ? HEMI : ORDERED;
    for (let g = 0; g < 5; g++) {
      const pd = g === 4 ? condition.q : g < parentGenotypes.length ? probabilityTransmitsVariant(condition, parentGenotypes[g]!, sex) : 0;
      table.push([pd < 1, pd > 0]);
    }
    return table;
  });
  return { ids, indexOf, hemizygous, families, initial, canPass };
}

function bits(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 4; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

const UNRECORDED = [4];

function narrow(domains: number[], i: number, mask: number): boolean {
  if (domains[i] === mask) return false;
  domains[i] = mask;
  return true;
}

/** Remove values without support in some family; false when a domain empties. */
function propagate(problem: ConsistencyProblem, domains: number[]): boolean {
  const { canPass, hemizygous } = problem;
  let changed = true;
  while (changed) {
    changed = false;
    for (const f of problem.families) {
      if (f.twinOf >= 0) {
        const both = domains[f.child]! & domains[f.twinOf]!;
        if (both === 0) return false;
        if (both !== domains[f.child] || both !== domains[f.twinOf]) changed = true;
        domains[f.child] = both;
        domains[f.twinOf] = both;
        continue;
      }
      const fathers = f.father >= 0 ? bits(domains[f.father]!) : UNRECORDED;
      const mothers = f.mother >= 0 ? bits(domains[f.mother]!) : UNRECORDED;
      const childHemi = hemizygous[f.child]!;
      let keepC = 0;
      let keepF = 0;
      let keepM = 0;
      for (const gc of bits(domains[f.child]!)) {
        // Paternal allele = bit 0 of the ordered index (d/+ = 1), maternal = bit 1; a man's one X is the maternal.
        const fromFather = gc & 1;
        const fromMother = childHemi ? gc : (gc >> 1) & 1;
        for (const gf of fathers) {
          if (!childHemi && !canPass[0]![gf]![fromFather]) continue;
          for (const gm of mothers) {
            if (!canPass[1]![gm]![fromMother]) continue;
            keepC |= 1 << gc;
            keepF |= 1 << gf;
            keepM |= 1 << gm;
          }
        }
      }
      if (keepC === 0) return false;
      changed = narrow(domains, f.child, keepC) || changed;
      if (f.father >= 0) changed = narrow(domains, f.father, keepF) || changed;
      if (f.mother >= 0) changed = narrow(domains, f.mother, keepM) || changed;
    }
  }
  return true;
}

/**
 * One possible genotype for everyone, or null when none exists. `restrict` narrows the
 * genotypes some people may have (e.g. "not a carrier") before the search.
 */
export function findAssignment(problem: ConsistencyProblem, restrict?: ReadonlyMap<PersonId, readonly Genotype[]>): Map<PersonId, Genotype> | null {
  const domains = problem.initial.slice();
  if (restrict) {
    for (const [id, allowed] of restrict) {
      const i = problem.indexOf.get(id);
      if (i === undefined) continue;
      let mask = 0;
      genotypesOf(problem.hemizygous[i]!).forEach((g, k) => {
        if (allowed.includes(g)) mask |= 1 << k;
      });
      domains[i]! &= mask;
    }
  }
  if (domains.some((d) => d === 0)) return null;
  const search = (state: number[], from: number): number[] | null => {
    if (!propagate(problem, state)) return null;
    let i = from;
    while (i < state.length && (state[i]! & (state[i]! - 1)) === 0) i++;
    if (i === state.length) return state;
    for (const g of bits(state[i]!)) {
      const next = state.slice();
      next[i] = 1 << g;
      const found = search(next, i + 1);
      if (found) return found;
    }
    return null;
  };
  const solved = search(domains, 0);
  if (!solved) return null;
  return new Map(problem.ids.map((id, i) => [id, genotypesOf(problem.hemizygous[i]!)[Math.log2(solved[i]!)]!]));
}
