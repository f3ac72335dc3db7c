// From a posterior over state indices to the named summary (carrier, copy of origin, affected).
import type { Condition } from '../genetics/condition.ts';
import type { Observation } from '../document/types.ts';
import { affectedProbability } from './observation.ts';
import { maternalBit, paternalBit, stateLabels } from './states.ts';
import type { GenotypeSummary } from './types.ts';

export function summarise(
  condition: Condition,
  hemizygous: boolean,
  posterior: ArrayLike<number>,
  observation: Observation | undefined,
  age: number | undefined,
): GenotypeSummary {
  const labels = stateLabels(hemizygous);
  const genotype: Record<string, number> = {};
  labels.forEach((g, s) => (genotype[g] = posterior[s] ?? 0));
  let carrier = 0;
  let paternal = 0;
  let maternal = 0;
  for (let s = 0; s < labels.length; s++) {
    const p = posterior[s] ?? 0;
    if (hemizygous) {
      if (s === 1) carrier = maternal = p;
      continue;
    }
    if (s > 0) carrier += p;
    if (paternalBit(s)) paternal += p;
    if (maternalBit(s)) maternal += p;
  }
  return {
    genotype,
    carrier,
    paternalVariant: hemizygous ? null : paternal,
    maternalVariant: maternal,
    affected: affectedProbability(condition, hemizygous, observation, age, posterior),
  };
}

/** A next child's posterior among the liveborn: non-viable genotypes removed and renormalised. */
export function livebornPosterior(condition: Condition, hemizygous: boolean, posterior: Float64Array): Float64Array {
  const dead = new Set<string>(condition.nonViable ?? []);
  const labels = stateLabels(hemizygous);
  const out = Float64Array.from(posterior, (p, s) => (dead.has(labels[s]!) ? 0 : p));
  const total = out.reduce((a, b) => a + b, 0);
  return total > 0 ? out.map((p) => p / total) : out;
}
