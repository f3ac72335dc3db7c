// Degree of imprinting, this project's convention (DOMAIN.md §2):
//   (f(d/+) − f(+/d)) / (f(d/d) − f(+/+))
// +1 = expressed from the father's copy only, 0 = no parent-of-origin effect,
// −1 = expressed from the mother's copy only.
import type { Condition } from './condition.ts';

/** undefined when f(d/d) = f(+/+): the variant changes nothing, so the degree is not defined. */
export function imprintingDegree(condition: Condition): number | undefined {
  const p = condition.penetrance;
  const span = p['d/d'] - p['+/+'];
  if (span === 0) return undefined;
  return (p['d/+'] - p['+/d']) / span;
}
