// Scoring a challenge answer (issue 7 §4): the mode, and the obligate carriers — unaffected
// people who must carry the variant under the hidden mode (P(carrier | pedigree) = 1, found
// exactly by logic/possibility.ts and equal to the inference engine's posterior of 1).
// Score out of 100: 60 for the mode (15 when the chosen mode also fits but less well,
// 0 when it is impossible) plus 40 × F1 of the marked carriers against the obligate ones.
import type { ModeName } from '../../genetics/modes.ts';
import { describePerson } from '../../document/queries.ts';
import type { PersonId } from '../../document/types.ts';
import { impossibleMessage, obligateCarriers } from '../logic/possibility.ts';
import type { Challenge } from './generate.ts';
import { conditionOfFit, observedUnder, type ModeFit } from './modeComparison.ts';

export interface ChallengeAnswer {
  mode: ModeName;
  obligateCarriers: PersonId[];
}

export interface CarrierScore {
  expected: PersonId[];
  marked: PersonId[];
  correct: PersonId[];
  missed: PersonId[];
  /** Marked but not obligate carriers. */
  extra: PersonId[];
  /** correct / marked (1 when nothing is marked). */
  precision: number;
  /** correct / expected (1 when there is nothing to find). */
  recall: number;
  f1: number;
}

export interface ChallengeScore {
  modeCorrect: boolean;
  /** 1 right, 0.25 possible but not the hidden mode, 0 impossible. */
  modeCredit: number;
  hiddenMode: ModeName;
  chosenFit: ModeFit;
  fits: ModeFit[];
  carriers: CarrierScore;
  /** 0–100. */
  score: number;
  /** Sentences for the result screen, in order; people named by `nameOf`. */
  explanation: string[];
}

export type ScoreResult = { ok: true; score: ChallengeScore } | { ok: false; problems: string[] };

const percent = (p: number) => `${(100 * p).toFixed(p > 0.999 || p < 0.001 ? 1 : 0)}%`;

export function scoreCarriers(expected: readonly PersonId[], marked: readonly PersonId[]): CarrierScore {
  const want = new Set(expected);
  const unique = [...new Set(marked)];
  const correct = unique.filter((id) => want.has(id));
  const precision = unique.length === 0 ? 1 : correct.length / unique.length;
  const recall = want.size === 0 ? 1 : correct.length / want.size;
  return {
    expected: [...expected],
    marked: unique,
    correct,
    missed: expected.filter((id) => !unique.includes(id)),
    extra: unique.filter((id) => !want.has(id)),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * Score an answer. `nameOf` names people in the explanation (pedigree numbers such as "II-3"
 * on screen); by default they are named by id.
 */
export function scoreChallenge(challenge: Challenge, answer: ChallengeAnswer, nameOf?: (id: PersonId) => string): ScoreResult {
  const doc = challenge.document;
  const hidden = challenge.fits.find((f) => f.mode === challenge.hiddenMode);
  if (!hidden) return { ok: false, problems: [`the challenge has no fit for its hidden mode ${challenge.hiddenMode}`] };
  const truth = conditionOfFit(hidden);
  const must = obligateCarriers(observedUnder(doc, truth), truth);
  if (!must.ok) return must;
  const unknown = answer.obligateCarriers.filter((id) => !doc.persons.some((p) => p.id === id));
  if (unknown.length > 0) return { ok: false, problems: [`marked people not in the pedigree: ${unknown.join(', ')}`] };
  const chosenFit = challenge.fits.find((f) => f.mode === answer.mode);
  if (!chosenFit) return { ok: false, problems: [`"${answer.mode}" is not one of the modes AD, AR, XD, XR, PAT, MAT`] };
  const hiddenFit = hidden;
  const modeCorrect = answer.mode === challenge.hiddenMode;
  const modeCredit = modeCorrect ? 1 : chosenFit.log10Likelihood !== null ? 0.25 : 0;
  const carriers = scoreCarriers(must.value, answer.obligateCarriers);
  const name = nameOf ?? ((id: PersonId) => describePerson(doc, id));
  const names = (ids: readonly PersonId[]) => (ids.length === 0 ? 'nobody' : ids.map(name).join(', '));
  const why = (f: ModeFit) => (f.impossibleCulprits ? impossibleMessage(f.name, f.impossibleCulprits.map(name)) : f.impossibleBecause!);

  const explanation: string[] = [];
  if (modeCorrect) explanation.push(`Right: the trait was simulated as ${hiddenFit.name} (posterior ${percent(hiddenFit.posterior)} at equal prevalence).`);
  else if (chosenFit.log10Likelihood === null) explanation.push(`${why(chosenFit)} The trait was simulated as ${hiddenFit.name}.`);
  else {
    explanation.push(
      `${chosenFit.name} also fits this pedigree, but less well (posterior ${percent(chosenFit.posterior)} against ${percent(hiddenFit.posterior)}); the trait was simulated as ${hiddenFit.name}.`,
    );
  }
  for (const f of challenge.fits) {
    if (f.log10Likelihood === null && f.mode !== answer.mode) explanation.push(why(f));
  }
  explanation.push(
    `Obligate carriers under ${hiddenFit.name} (unaffected, yet every possible assignment of copies gives them the variant): ${names(carriers.expected)}.`,
  );
  if (carriers.missed.length > 0) explanation.push(`Missed: ${names(carriers.missed)}.`);
  if (carriers.extra.length > 0) explanation.push(`Marked but not certain to carry: ${names(carriers.extra)}.`);
  const score = Math.round(60 * modeCredit + 40 * carriers.f1);
  // The fits' own reasons name people by id; restate them with `name` for the result table.
  const fits = challenge.fits.map((f) => (f.impossibleCulprits ? { ...f, impossibleBecause: why(f) } : f));
  return { ok: true, score: { modeCorrect, modeCredit, hiddenMode: challenge.hiddenMode, chosenFit: fits[challenge.fits.indexOf(chosenFit)]!, fits, carriers, score, explanation } };
}
