// "Which mode of inheritance explains this family?" (issue 6, DOMAIN.md §6): the likelihood of
// the observed statuses under each of the six textbook modes, with equal prior probability for
// each, so posterior(m) = L_m / Σ L. The answer depends on q: with one q for all modes, a rare
// affected child of cousins favours an imprinting mode (one silent carrier suffices); with q set
// per mode to give the same prevalence, AR wins. The q each mode used is always reported.
import type { PedigreeDocument } from '../document/types.ts';
import type { ConditionId } from '../genetics/condition.ts';
import { conditionForMode, MODE_NAMES, type ModeName } from '../genetics/modes.ts';
import { DEFAULT_MAX_EXACT_COST, pedigreeLogLikelihood } from './infer.ts';
import { qForPrevalence } from './prevalence.ts';

export const DEFAULT_PREVALENCE = 1 / 10_000;

export type AlleleFrequencySetting = { q: number } | { prevalence: number };

export interface ModeFit {
  mode: ModeName;
  q: number;
  /** null when the data are impossible under the mode (likelihood 0). */
  log10Likelihood: number | null;
  posterior: number;
  /** Why this mode has no likelihood (impossible, too large or invalid), when it has none. */
  message?: string;
}

export interface ModeComparison {
  modes: ModeFit[];
  best: ModeName | null;
  setting: AlleleFrequencySetting;
}

export function compareModes(
  doc: PedigreeDocument,
  conditionId: ConditionId,
  setting: AlleleFrequencySetting = { prevalence: DEFAULT_PREVALENCE },
  maxExactCost = DEFAULT_MAX_EXACT_COST,
): ModeComparison {
  const fits: ModeFit[] = MODE_NAMES.map((mode) => {
    const base = { ...conditionForMode(mode), id: conditionId };
    const q = 'q' in setting ? setting.q : qForPrevalence(base, setting.prevalence);
    if (q === null) return { mode, q: NaN, log10Likelihood: null, posterior: 0, message: 'no allele frequency gives this prevalence' };
    const result = pedigreeLogLikelihood(doc, { ...base, q }, maxExactCost);
    if (!result.ok) return { mode, q, log10Likelihood: null, posterior: 0, message: result.message };
    return { mode, q, log10Likelihood: result.log10, posterior: 0, ...(result.log10 === null ? { message: 'impossible under this mode' } : {}) };
  });
  // Equal priors: posterior ∝ likelihood, computed from log10 relative to the best.
  const logs = fits.map((f) => f.log10Likelihood).filter((x): x is number => x !== null);
  if (logs.length === 0) return { modes: fits, best: null, setting };
  const top = Math.max(...logs);
  let total = 0;
  for (const f of fits) if (f.log10Likelihood !== null) total += 10 ** (f.log10Likelihood - top);
  let best: ModeFit | null = null;
  for (const f of fits) {
    if (f.log10Likelihood === null) continue;
    f.posterior = 10 ** (f.log10Likelihood - top) / total;
    if (!best || f.log10Likelihood > best.log10Likelihood!) best = f;
  }
  return { modes: fits, best: best?.mode ?? null, setting };
}
