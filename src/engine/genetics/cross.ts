// The parent-of-origin Punnett square: the exact distribution of a child's ordered genotype
// for one mating (issue 2, "Transmission"). X-linked: a father passes his X to every
// daughter and to no son; a son's only X is his mother's (DOMAIN.md §2).
//
// Non-viable genotypes (GNAS d/d) are reported, not dropped: every `probability` is per
// conception, so the rows always sum to 1; such rows have `viable: false`, `affected: 0` and
// no phenotypes. `affected` at the top is per conception; `affectedAmongLiveBirths` divides
// by `viable`, the probability that a conception survives to birth.
import type { Condition } from './condition.ts';
import {
  isHemizygousGenotype,
  isOrderedGenotype,
  ORDERED_GENOTYPES,
  orderedGenotype,
  type Genotype,
  type HemizygousGenotype,
  type OrderedGenotype,
} from './genotype.ts';
import { isViable, phenotypeProbabilities, probabilityAffected } from './penetrance.ts';
import type { Sex } from './sex.ts';
import { gametes } from './transmission.ts';

export interface ChildOutcome {
  genotype: Genotype;
  /** Per conception. */
  probability: number;
  viable: boolean;
  /** P(affected | this genotype), by `age` when the cross was asked for an age; 0 if non-viable. */
  affected: number;
  /** P(affected with each named phenotype | this genotype); sums to `affected`. */
  phenotypes: Record<string, number>;
}

export interface CrossDistribution {
  /** Every genotype a child of this sex can have, in a fixed order, including probability 0. */
  children: ChildOutcome[];
  /** P(affected) per conception. */
  affected: number;
  /** P(the conception survives to birth). */
  viable: number;
  /** P(affected | born alive); 0 when nothing is viable. */
  affectedAmongLiveBirths: number;
}

export type CrossResult =
  | ({ chromosome: 'autosomal' } & CrossDistribution)
  | { chromosome: 'X'; sons: CrossDistribution; daughters: CrossDistribution };

export interface CrossOptions {
  /** Age of the child for age-dependent penetrance; lifetime penetrance when absent. */
  age?: number;
}

/** Parent genotypes that do not fit the condition, as one message per parent (empty = fine). */
export function crossProblems(condition: Condition, father: Genotype, mother: Genotype): string[] {
  const problems: string[] = [];
  if (condition.chromosome === 'X') {
    if (!isHemizygousGenotype(father)) problems.push(`father "${father}": for an X-linked condition a man has one X, so his genotype is "+" or "d"`);
    if (!isOrderedGenotype(mother)) problems.push(`mother "${mother}": a woman has two X copies, written paternal/maternal as "+/+", "d/+", "+/d" or "d/d"`);
  } else {
    if (!isOrderedGenotype(father)) problems.push(`father "${father}": expected paternal/maternal copies "+/+", "d/+", "+/d" or "d/d"`);
    if (!isOrderedGenotype(mother)) problems.push(`mother "${mother}": expected paternal/maternal copies "+/+", "d/+", "+/d" or "d/d"`);
  }
  return problems;
}

function outcome(condition: Condition, genotype: Genotype, probability: number, sex: Sex, age?: number): ChildOutcome {
  const viable = isViable(condition, genotype);
  return {
    genotype,
    probability,
    viable,
    affected: viable ? probabilityAffected(condition, genotype, sex, age) : 0,
    phenotypes: viable ? phenotypeProbabilities(condition, genotype, sex, age) : {},
  };
}

function summarise(children: ChildOutcome[]): CrossDistribution {
  let affected = 0;
  let viable = 0;
  for (const c of children) {
    affected += c.probability * c.affected;
    if (c.viable) viable += c.probability;
  }
  return { children, affected, viable, affectedAmongLiveBirths: viable > 0 ? affected / viable : 0 };
}

/** Children that get one allele from each parent: paternal copy from the father's gamete. */
function orderedChildren(condition: Condition, father: Genotype, mother: Genotype, sex: Sex, age?: number): CrossDistribution {
  const fromFather = gametes(condition, father, 'male');
  const fromMother = gametes(condition, mother, 'female');
  const children: ChildOutcome[] = [];
  for (const pat of fromFather) {
    for (const mat of fromMother) {
      const genotype: OrderedGenotype = orderedGenotype(pat.allele, mat.allele);
      children.push(outcome(condition, genotype, pat.probability * mat.probability, sex, age));
    }
  }
  // The gamete loops give +/+, +/d, d/+, d/d; list rows in the ORDERED_GENOTYPES order instead.
  const order: readonly Genotype[] = ORDERED_GENOTYPES;
  children.sort((a, b) => order.indexOf(a.genotype) - order.indexOf(b.genotype));
  return summarise(children);
}

function hemizygousSons(condition: Condition, mother: Genotype, age?: number): CrossDistribution {
  const children = gametes(condition, mother, 'female').map((g) =>
    outcome(condition, g.allele as HemizygousGenotype, g.probability, 'male', age),
  );
  return summarise(children);
}

/**
 * Exact offspring distribution of a mating. Throws if the genotypes do not fit the condition;
 * call `crossProblems` first to show the user a message instead.
 */
export function cross(condition: Condition, father: Genotype, mother: Genotype, options: CrossOptions = {}): CrossResult {
  const problems = crossProblems(condition, father, mother);
  if (problems.length > 0) throw new Error(problems.join('; '));
  if (condition.chromosome === 'X') {
    return {
      chromosome: 'X',
      sons: hemizygousSons(condition, mother, options.age),
      daughters: orderedChildren(condition, father, mother, 'female', options.age),
    };
  }
  // Autosomal: the child's sex does not change the distribution; 'female' is only a placeholder.
  return { chromosome: 'autosomal', ...orderedChildren(condition, father, mother, 'female', options.age) };
}
