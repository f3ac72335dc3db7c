// P(affected | genotype[, age]) and the named phenotypes among the affected
// (DOMAIN.md §2; the age curve is defined in condition.ts: penetrance × F(age)).
import type { AgeOfOnsetCurve, Condition, PhenotypeOutcome } from './condition.ts';
import { isHemizygousGenotype, type Genotype } from './genotype.ts';
import type { Sex } from './sex.ts';

/**
 * Fraction of eventually-affected people affected by `age`: 0 before the first point,
 * linear between points, 1 from the last point on (it reaches 1 there by definition).
 */
export function onsetFraction(curve: AgeOfOnsetCurve, age: number): number {
  const points = curve.points;
  const first = points[0];
  if (!first || age < first.age) return 0;
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1]!;
    const hi = points[i]!;
    if (age < hi.age) return lo.fraction + ((hi.fraction - lo.fraction) * (age - lo.age)) / (hi.age - lo.age);
  }
  return 1;
}

/** Lifetime penetrance of a genotype: hemizygous genotypes read the male table. */
export function lifetimePenetrance(condition: Condition, genotype: Genotype): number {
  if (isHemizygousGenotype(genotype)) {
    if (!condition.malePenetrance) throw new Error(`condition "${condition.id}" has no malePenetrance for hemizygous genotype "${genotype}"`);
    return condition.malePenetrance[genotype];
  }
  return condition.penetrance[genotype];
}

function checkSex(condition: Condition, genotype: Genotype, sex: Sex | undefined): void {
  if (condition.chromosome !== 'X' || sex === undefined) return;
  const hemizygous = isHemizygousGenotype(genotype);
  if (hemizygous !== (sex === 'male')) {
    throw new Error(`genotype "${genotype}" does not fit a ${sex} for X-linked condition "${condition.id}" (men have one X, women two)`);
  }
}

export function isViable(condition: Condition, genotype: Genotype): boolean {
  return !(condition.nonViable ?? []).includes(genotype);
}

/**
 * P(affected | genotype) for a person of `sexForX` (checked against the genotype for X-linked
 * conditions), by `age` when given and the condition has an age-of-onset curve.
 */
export function probabilityAffected(condition: Condition, genotype: Genotype, sexForX?: Sex, age?: number): number {
  checkSex(condition, genotype, sexForX);
  const lifetime = lifetimePenetrance(condition, genotype);
  if (age === undefined || !condition.ageOfOnset) return lifetime;
  return lifetime * onsetFraction(condition.ageOfOnset, age);
}

/** Outcomes among affected people of a genotype; one outcome named after the condition by default. */
export function phenotypeOutcomes(condition: Condition, genotype: Genotype): PhenotypeOutcome[] {
  const listed = condition.phenotypes?.[genotype];
  if (listed && listed.length > 0) return listed;
  return [{ label: condition.shortName ?? condition.name, probability: 1 }];
}

/** P(affected with each named phenotype | genotype): sums to probabilityAffected. */
export function phenotypeProbabilities(
  condition: Condition,
  genotype: Genotype,
  sexForX?: Sex,
  age?: number,
): Record<string, number> {
  const affected = probabilityAffected(condition, genotype, sexForX, age);
  const result: Record<string, number> = {};
  if (affected === 0) return result;
  for (const outcome of phenotypeOutcomes(condition, genotype)) {
    result[outcome.label] = (result[outcome.label] ?? 0) + affected * outcome.probability;
  }
  return result;
}
