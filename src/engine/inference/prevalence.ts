// Disease prevalence implied by a model, and the q that gives a target prevalence.
// Random mating, Hardy–Weinberg founders, lifetime penetrance, equal numbers of men and women.
// For the six fully penetrant modes this gives the closed forms
//   AD: 1 − (1−q)²        AR: q²        PAT, MAT: q(1−q) + q² = q
//   XD: (1 − (1−q)² + q)/2               XR: (q² + q)/2
// (X-linked: half the population is female with two X, half male with one maternal X).
import type { Condition } from '../genetics/condition.ts';

export function prevalenceOf(condition: Condition, q: number): number {
  const f = condition.penetrance;
  const p = 1 - q;
  const female = p * p * f['+/+'] + p * q * (f['+/d'] + f['d/+']) + q * q * f['d/d'];
  if (condition.chromosome !== 'X') return female;
  const m = condition.malePenetrance ?? { '+': f['+/+'], d: f['d/d'] };
  return (female + p * m['+'] + q * m.d) / 2;
}

/**
 * The q in (0, 1) whose prevalence equals `target`, by bisection (prevalence rises with q
 * whenever more variant copies never lower the penetrance, as in every mode); null when no q
 * reaches the target (e.g. a phenocopy rate already above it).
 */
export function qForPrevalence(condition: Condition, target: number): number | null {
  let lo = 0;
  let hi = 1;
  if (prevalenceOf(condition, lo) > target || prevalenceOf(condition, hi) < target) return null;
  for (let i = 0; i < 200 && hi - lo > 1e-17; i++) {
    const mid = (lo + hi) / 2;
    if (prevalenceOf(condition, mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
