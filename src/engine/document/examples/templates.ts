// Starting points for "New": a trio and three generations, unaffected and unknown
// statuses left for the user to fill in.
import type { Condition } from '../../genetics/condition.ts';
import type { PedigreeDocument } from '../types.ts';
import { exampleDocument } from './build.ts';

/** Father, mother and one child of unknown sex. */
export function trioTemplate(condition: Condition | null): PedigreeDocument {
  return exampleDocument('Trio', condition, [
    { id: 'father', gender: 'man' },
    { id: 'mother', gender: 'woman' },
    { id: 'child', gender: 'unknown', parentUnion: 'u-parents' },
  ], [{ id: 'u-parents', partners: ['father', 'mother'] }]);
}

/** Grandparents on both sides, the parents, and a son and a daughter. */
export function threeGenerationsTemplate(condition: Condition | null): PedigreeDocument {
  return exampleDocument('Three generations', condition, [
    { id: 'paternal-grandfather', gender: 'man' },
    { id: 'paternal-grandmother', gender: 'woman' },
    { id: 'maternal-grandfather', gender: 'man' },
    { id: 'maternal-grandmother', gender: 'woman' },
    { id: 'father', gender: 'man', parentUnion: 'u-paternal' },
    { id: 'mother', gender: 'woman', parentUnion: 'u-maternal' },
    { id: 'son', gender: 'man', parentUnion: 'u-parents' },
    { id: 'daughter', gender: 'woman', parentUnion: 'u-parents' },
  ], [
    { id: 'u-paternal', partners: ['paternal-grandfather', 'paternal-grandmother'] },
    { id: 'u-maternal', partners: ['maternal-grandfather', 'maternal-grandmother'] },
    { id: 'u-parents', partners: ['father', 'mother'] },
  ]);
}
