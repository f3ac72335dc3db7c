// What a simulated person shows: affected or not from the penetrance of the drawn genotype
// (by age when the condition has an onset curve), the named phenotype, and an age at onset
// drawn from the curve (DOMAIN.md §2; curve defined in condition.ts).
import type { AgeOfOnsetCurve, Condition } from './condition.ts';
import type { Genotype } from './genotype.ts';
import { onsetFraction, phenotypeOutcomes, probabilityAffected } from './penetrance.ts';
import type { Random } from './random.ts';
import type { Sex } from './sex.ts';

export interface DrawnObservation {
  status: 'affected' | 'unaffected';
  /** Age at onset when affected and the condition has an onset curve; age at exam otherwise. */
  age?: number;
  phenotype?: string;
}

/** Inverse of the piecewise-linear onset curve for a fraction u in (0, 1]. */
export function onsetAgeAt(curve: AgeOfOnsetCurve, u: number): number {
  const points = curve.points;
  for (let i = 0; i < points.length; i++) {
    const hi = points[i]!;
    if (u > hi.fraction) continue;
    const lo = points[i - 1];
    if (!lo || hi.fraction === lo.fraction) return hi.age;
    return lo.age + ((u - lo.fraction) / (hi.fraction - lo.fraction)) * (hi.age - lo.age);
  }
  return points[points.length - 1]?.age ?? 0;
}

export function drawObservation(condition: Condition, genotype: Genotype, sex: Sex, age: number, random: Random): DrawnObservation {
  const affected = random.next() < probabilityAffected(condition, genotype, sex, age);
  if (!affected) return { status: 'unaffected', age };
  const outcomes = phenotypeOutcomes(condition, genotype);
  let u = random.next();
  let phenotype = outcomes[outcomes.length - 1]!.label;
  for (const o of outcomes) {
    if (u < o.probability) {
      phenotype = o.label;
      break;
    }
    u -= o.probability;
  }
  const curve = condition.ageOfOnset;
  if (!curve) return { status: 'affected', phenotype };
  // Onset is uniform on the curve's fractions below F(age): onset happened by `age`.
  const onset = onsetAgeAt(curve, Math.max(Number.EPSILON, random.next() * onsetFraction(curve, age)));
  return { status: 'affected', age: Math.round(Math.min(onset, age)), phenotype };
}
