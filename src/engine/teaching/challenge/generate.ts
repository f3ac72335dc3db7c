// Challenge pedigrees (issue 7 §4): a family drawn by the engine under a hidden mode, shown
// with statuses only — no copies, no phenotype names, a neutral trait — so the student has
// to find the mode. Draws that teach nothing are rejected: fewer than the difficulty's
// affected people, or a hidden mode that is not the best-fitting one in the mode comparison
// (so the answer can be found from the pedigree), or a fit outside the difficulty's band.
import { conditionForMode, MODE_NAMES, type ModeName } from '../../genetics/modes.ts';
import type { Condition } from '../../genetics/condition.ts';
import { createRandom, type Seed } from '../../genetics/random.ts';
import { simulateFamily } from '../../genetics/simulateFamily.ts';
import type { PedigreeDocument } from '../../document/types.ts';
import { compareModes, DEFAULT_PREVALENCE, type ModeFit } from './modeComparison.ts';
import { qForPrevalence } from '../../inference/prevalence.ts';

export type ChallengeDifficulty = 'easy' | 'medium' | 'hard';

export interface Challenge {
  id: string;
  difficulty: ChallengeDifficulty;
  seed: Seed;
  /** Statuses only, under the neutral "Mystery trait"; safe to show. */
  document: PedigreeDocument;
  /** The answer: keep it out of the student's view until scoring. */
  hiddenMode: ModeName;
  /** The mode comparison of the pedigree, for the explanation after answering. */
  fits: ModeFit[];
}

interface Band {
  generations: number;
  maxPersons: number;
  minAffected: number;
  /** Posterior of the hidden mode (equal prevalence) must lie in [min, max). */
  posterior: [number, number];
}

/** Easy: small, decisive. Medium: larger, the answer clear but not certain. Hard: the best fit, by a smaller margin. */
export const BANDS: Record<ChallengeDifficulty, Band> = {
  easy: { generations: 3, maxPersons: 16, minAffected: 3, posterior: [0.99, 1.01] },
  medium: { generations: 4, maxPersons: 22, minAffected: 2, posterior: [0.8, 0.99] },
  hard: { generations: 4, maxPersons: 28, minAffected: 2, posterior: [0.4, 0.8] },
};

export const MAX_ATTEMPTS = 400;
export const CHALLENGE_CONDITION_ID = 'mystery-trait';

/** The trait shown in a challenge: says nothing about how it is inherited. */
export function mysteryTrait(): Condition {
  return {
    ...conditionForMode('AD'),
    id: CHALLENGE_CONDITION_ID,
    name: 'Mystery trait',
    shortName: 'Trait',
    gene: 'unknown',
    mode: 'custom',
    expressedCopy: 'Hidden: finding out how this trait is inherited is the challenge.',
    description: 'A trait drawn by the simulator under one of six modes of inheritance. Which one?',
    references: [],
  };
}

/** Only what a student may see: statuses and ages under the mystery trait. */
function hideAnswer(doc: PedigreeDocument, fromCondition: string, title: string): PedigreeDocument {
  const trait = mysteryTrait();
  return {
    ...doc,
    conditions: [trait],
    activeConditionId: trait.id,
    meta: { title },
    persons: doc.persons.map(({ genotypes: _copies, ...p }) => {
      const obs = p.observations[fromCondition];
      if (!obs) return { ...p, observations: {} };
      const { phenotype: _label, ...seen } = obs;
      return { ...p, observations: { [trait.id]: seen } };
    }),
  };
}

export type ChallengeResult = { ok: true; challenge: Challenge } | { ok: false; problems: string[] };

/** Draw a challenge under `mode`; the same arguments always give the same challenge. */
export function generateChallenge(mode: ModeName, difficulty: ChallengeDifficulty, seed: Seed, id = `${difficulty}-${mode}-${String(seed)}`): ChallengeResult {
  const band = BANDS[difficulty];
  const random = createRandom(`challenge:${mode}:${difficulty}:${String(seed)}`);
  const condition = conditionForMode(mode, qForPrevalence(conditionForMode(mode), DEFAULT_PREVALENCE)!);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const drawn = simulateFamily(condition, band.generations, random, { maxPersons: band.maxPersons, recordGenotypes: false });
    const affected = drawn.persons.filter((p) => p.observations[condition.id]?.status === 'affected').length;
    if (affected < band.minAffected || affected === drawn.persons.length) continue;
    const doc = hideAnswer(drawn, condition.id, `Challenge ${id}`);
    const screen = compareModes(doc, DEFAULT_PREVALENCE, false);
    if (!screen.ok || screen.best !== mode) continue;
    const posterior = screen.fits.find((f) => f.mode === mode)!.posterior;
    if (posterior < band.posterior[0] || posterior >= band.posterior[1]) continue;
    const explained = compareModes(doc);
    if (!explained.ok) continue;
    return { ok: true, challenge: { id, difficulty, seed, document: doc, hiddenMode: mode, fits: explained.fits } };
  }
  return { ok: false, problems: [`no ${difficulty} challenge under ${mode} found in ${MAX_ATTEMPTS} draws from seed ${String(seed)}`] };
}

/** A random challenge: the mode and difficulty come from the seed too. */
export function randomChallenge(seed: Seed): ChallengeResult {
  const random = createRandom(`random-challenge:${String(seed)}`);
  const mode = MODE_NAMES[Math.floor(random.next() * MODE_NAMES.length)]!;
  const difficulties: ChallengeDifficulty[] = ['easy', 'medium', 'hard'];
  const difficulty = difficulties[Math.floor(random.next() * 3)]!;
  return generateChallenge(mode, difficulty, seed, `random-${String(seed)}`);
}
