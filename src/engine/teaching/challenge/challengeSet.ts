// The graded challenges: six per difficulty, one per mode, in an order that does not give
// the mode away, each with a fixed seed (chosen so the draw is found within a few tries).
// Ids say only the difficulty and number, never the mode.
import type { ModeName } from '../../genetics/modes.ts';
import { generateChallenge, type ChallengeDifficulty, type ChallengeResult } from './generate.ts';

export interface ChallengeSpec {
  id: string;
  difficulty: ChallengeDifficulty;
  mode: ModeName;
  seed: number;
}

const spec = (difficulty: ChallengeDifficulty, n: number, mode: ModeName, seed: number): ChallengeSpec => ({ id: `${difficulty}-${n}`, difficulty, mode, seed });

export const CHALLENGE_SET: readonly ChallengeSpec[] = [
  spec('easy', 1, 'XR', 1),
  spec('easy', 2, 'AD', 5),
  spec('easy', 3, 'PAT', 1),
  spec('easy', 4, 'AR', 1),
  spec('easy', 5, 'MAT', 2),
  spec('easy', 6, 'XD', 6),
  spec('medium', 1, 'PAT', 1),
  spec('medium', 2, 'XD', 1),
  spec('medium', 3, 'AR', 1),
  spec('medium', 4, 'MAT', 1),
  spec('medium', 5, 'AD', 8),
  spec('medium', 6, 'XR', 1),
  spec('hard', 1, 'MAT', 1),
  spec('hard', 2, 'AR', 1),
  spec('hard', 3, 'XR', 1),
  spec('hard', 4, 'AD', 1),
  spec('hard', 5, 'PAT', 1),
  spec('hard', 6, 'XD', 1),
];

/** The challenge of a graded entry, by id ("easy-1" … "hard-6"). */
export function gradedChallenge(id: string): ChallengeResult {
  const entry = CHALLENGE_SET.find((s) => s.id === id);
  if (!entry) return { ok: false, problems: [`there is no graded challenge "${id}" (easy-1 … hard-6)`] };
  return generateChallenge(entry.mode, entry.difficulty, entry.seed, entry.id);
}
