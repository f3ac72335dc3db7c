// Which of the six textbook modes explains a challenge pedigree: the inference engine's mode
// comparison (inference/compareModes.ts — likelihood per mode, q per mode for equal
// prevalence, default 1/10,000, equal priors), plus, for each impossible mode, the people
// whose statuses cannot all hold together under it (logic/possibility.ts), in words.
import { conditionForMode, type ModeName } from '../../genetics/modes.ts';
import type { Condition } from '../../genetics/condition.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import { compareModes as compareAllModes, DEFAULT_PREVALENCE } from '../../inference/compareModes.ts';
import { checkPossible } from '../logic/possibility.ts';

export { DEFAULT_PREVALENCE };

export interface ModeFit {
  mode: ModeName;
  name: string;
  /** The allele frequency this mode used (set for equal prevalence). */
  q: number;
  /** null when the pedigree is impossible under the mode (likelihood exactly 0). */
  log10Likelihood: number | null;
  posterior: number;
  /** Why the mode is impossible, naming the people (absent when possible or not explained). */
  impossibleBecause?: string;
  /** A minimal set of people whose statuses cannot all hold under the mode. */
  impossibleCulprits?: PersonId[];
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

/** The mode `fit` as a full condition (its own q), e.g. to find obligate carriers under it. */
export function conditionOfFit(fit: ModeFit): Condition {
  return conditionForMode(fit.mode, fit.q);
}

/**
 * Compare the six modes on the statuses of the document's active condition. `explain: false`
 * skips naming the people behind impossible modes (a search per mode), for quick screening.
 */
export function compareModes(doc: PedigreeDocument, prevalence = DEFAULT_PREVALENCE, explain = true): ModeComparison {
  if (doc.activeConditionId === null) return { ok: false, problems: ['the pedigree has no active condition whose statuses could be compared'] };
  const result = compareAllModes(observedUnder(doc, { ...conditionForMode('AD'), id: doc.activeConditionId }), doc.activeConditionId, { prevalence });
  const unanswered = result.modes.filter((m) => m.log10Likelihood === null && m.message !== 'impossible under this mode');
  if (unanswered.length > 0) return { ok: false, problems: unanswered.map((m) => `${m.mode}: ${m.message}`) };
  if (result.best === null) return { ok: false, problems: ['the statuses are impossible under every mode'] };
  const fits = result.modes.map((m): ModeFit => {
    const condition = conditionForMode(m.mode, m.q);
    const fit: ModeFit = { mode: m.mode, name: condition.name, q: m.q, log10Likelihood: m.log10Likelihood, posterior: m.posterior };
    if (m.log10Likelihood === null && explain) {
      const why = checkPossible(observedUnder(doc, condition), condition);
      fit.impossibleBecause = why.ok && !why.value.possible ? why.value.message : `Impossible under ${condition.name}.`;
      if (why.ok && !why.value.possible) fit.impossibleCulprits = why.value.culprits;
    }
    return fit;
  });
  return { ok: true, fits, best: result.best };
}
