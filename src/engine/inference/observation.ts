// P(observed status | genotype, sex, age): the observation factor of each person.
//
// Decision (documented in the README): a person observed *affected* contributes f(g), the
// lifetime penetrance of their genotype, whatever the age at onset. The age-of-onset curve F is
// shared by all genotypes (condition.ts), so using the density f(g)·F'(a) or the cumulative
// f(g)·F(a) would only multiply every genotype by the same constant: posteriors, risks and the
// comparison of modes that share the curve are unchanged, and an onset outside the curve's range
// cannot turn into a spurious "impossible". A person observed *unaffected* at age a contributes
// 1 − f(g)·F(a) (still unaffected at a); without an age the whole lifetime counts (F = 1).
import type { AgeOfOnsetCurve, Condition } from '../genetics/condition.ts';
import type { Observation, Person } from '../document/types.ts';
import { lifetimePenetrance, onsetFraction } from '../genetics/penetrance.ts';
import { stateLabels } from './states.ts';

/** F(a), or 1 (the whole lifetime) when there is no curve or no age. */
export function reachedFraction(curve: AgeOfOnsetCurve | undefined, age: number | undefined): number {
  if (!curve || curve.points.length === 0 || age === undefined || !Number.isFinite(age)) return 1;
  return onsetFraction(curve, age);
}

const penetranceCache = new WeakMap<Condition, Map<boolean, number[]>>();

/** Lifetime penetrance per state index (see states.ts); cached per condition object (read-only). */
export function penetranceByState(condition: Condition, hemizygous: boolean): number[] {
  let byShape = penetranceCache.get(condition);
  if (!byShape) penetranceCache.set(condition, (byShape = new Map()));
  let f = byShape.get(hemizygous);
  if (!f) byShape.set(hemizygous, (f = stateLabels(hemizygous).map((g) => lifetimePenetrance(condition, g))));
  return f;
}

/** The age an observation refers to: its own age, else the age at death, else the current age. */
export function observationAge(person: Person, observation: Observation | undefined): number | undefined {
  return observation?.age ?? person.deceased?.age ?? person.age;
}

/** The observation factor: one likelihood per state. Unknown status contributes 1. */
export function observationLikelihood(
  condition: Condition,
  hemizygous: boolean,
  observation: Observation | undefined,
  age: number | undefined,
): number[] {
  const f = penetranceByState(condition, hemizygous);
  const status = observation?.status ?? 'unknown';
  if (status === 'affected') return f;
  if (status === 'unaffected') {
    const reached = reachedFraction(condition.ageOfOnset, age);
    return f.map((p) => 1 - p * reached);
  }
  return f.map(() => 1);
}

/**
 * Probability a person is or will become affected, given their genotype posterior:
 * 1 if observed affected; Σ P(g)·f(g) if unknown; for someone unaffected at age a, the
 * remaining lifetime risk Σ P(g)·f(g)(1 − F(a)) / (1 − f(g)F(a)) (0 without an onset curve).
 */
export function affectedProbability(
  condition: Condition,
  hemizygous: boolean,
  observation: Observation | undefined,
  age: number | undefined,
  posterior: ArrayLike<number>,
): number {
  const status = observation?.status ?? 'unknown';
  if (status === 'affected') return 1;
  const f = penetranceByState(condition, hemizygous);
  const reached = status === 'unaffected' ? reachedFraction(condition.ageOfOnset, age) : 0;
  let sum = 0;
  for (let s = 0; s < f.length; s++) {
    const p = posterior[s] ?? 0;
    const fs = f[s]!;
    const stillUnaffected = 1 - fs * reached;
    if (p > 0 && stillUnaffected > 0) sum += (p * fs * (1 - reached)) / stillUnaffected;
  }
  return Math.min(1, sum);
}
