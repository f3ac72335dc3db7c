// Which of the six textbook modes explains a pedigree (issue 6 §2, for challenges): the
// likelihood of the observed statuses under each mode from the exact inference engine,
// each mode with its own q chosen so that the disease prevalence is the same (default
// 1/10,000; DOMAIN.md §6: with equal q the comparison favours modes with silent carriers),
// equal prior weight on the modes, and for impossible modes the people who make them so.
import { conditionForMode, MODE_NAMES, type ModeName } from '../../genetics/modes.ts';
import type { Condition } from '../../genetics/condition.ts';
import type { PedigreeDocument } from '../../document/types.ts';
import { pedigreeLogLikelihood } from '../../inference/infer.ts';
import { checkPossible } from '../logic/possibility.ts';

export const DEFAULT_PREVALENCE = 1 / 10_000;

/**
 * q giving population prevalence `p` (half men, half women for X-linked modes):
 * AD 1−(1−q)² = p; AR q² = p; PAT/MAT q = p (one parental copy counts);
 * XR (q + q²)/2 = p; XD (q + 1−(1−q)²)/2 = p.
 */
export function qForPrevalence(mode: ModeName, p: number): number {
  switch (mode) {
    case 'AD':
      return 1 - Math.sqrt(1 - p);
    case 'AR':
      return Math.sqrt(p);
    case 'PAT':
    case 'MAT':
      return p;
    case 'XR':
      return (-1 + Math.sqrt(1 + 8 * p)) / 2;
    case 'XD':
      return (3 - Math.sqrt(9 - 8 * p)) / 2;
  }
}

export interface ModeFit {
  mode: ModeName;
  name: string;
  q: number;
  /** null when the pedigree is impossible under the mode (likelihood exactly 0). */
  log10Likelihood: number | null;
  posterior: number;
  /** Why the mode is impossible, naming the people (absent when possible). */
  impossibleBecause?: string;
}

export type ModeComparison = { ok: true; fits: ModeFit[]; best: ModeName } | { ok: false; problems: string[] };

/** The same statuses observed under `condition` (statuses re-keyed; recorded copies dropped). */
export function observedUnder(doc: PedigreeDocument, condition: Condition): PedigreeDocument {
  const from = doc.activeConditionId;
  return {
    ...doc,
    conditions: [condition],
    activeConditionId: condition.id,
    persons: doc.persons.map(({ genotypes: _copies, ...p }) => {
      const obs = from !== null ? p.observations[from] : undefined;
      return { ...p, observations: obs ? { [condition.id]: obs } : {} };
    }),
  };
}

/** `explain: false` skips naming the people behind impossible modes (a search per mode), for quick screening. */
export function compareModes(doc: PedigreeDocument, prevalence = DEFAULT_PREVALENCE, explain = true): ModeComparison {
  const fits: ModeFit[] = [];
  for (const mode of MODE_NAMES) {
    const condition = conditionForMode(mode, qForPrevalence(mode, prevalence));
    const observed = observedUnder(doc, condition);
    const likelihood = pedigreeLogLikelihood(observed, condition);
    if (!likelihood.ok) return { ok: false, problems: [`${condition.name}: ${likelihood.message}`] };
    const fit: ModeFit = { mode, name: condition.name, q: condition.q, log10Likelihood: likelihood.log10, posterior: 0 };
    if (likelihood.log10 === null && explain) {
      const why = checkPossible(observed, condition);
      fit.impossibleBecause = why.ok && !why.value.possible ? why.value.message : `Impossible under ${condition.name}.`;
    }
    fits.push(fit);
  }
  const logs = fits.map((f) => f.log10Likelihood).filter((x): x is number => x !== null);
  if (logs.length === 0) return { ok: false, problems: ['the statuses are impossible under every mode'] };
  const top = Math.max(...logs);
  const weights = fits.map((f) => (f.log10Likelihood === null ? 0 : 10 ** (f.log10Likelihood - top)));
  const sum = weights.reduce((a, b) => a + b, 0);
  fits.forEach((f, i) => (f.posterior = weights[i]! / sum));
  const best = fits.reduce((a, b) => (b.posterior > a.posterior ? b : a)).mode;
  return { ok: true, fits, best };
}
