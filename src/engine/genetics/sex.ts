// Chromosomal sex, which matters only for X-linked conditions (a man has one, maternal, X)
// and for the sex of a transmitting parent (it sets the imprint: DOMAIN.md §1).
// Gender for the symbol lives in the document; this is the genetics side.
import type { ParentOfOrigin } from './genotype.ts';

export type Sex = 'male' | 'female';

/** The copy a parent of this sex gives: a man's gamete is sperm, so always the paternal copy. */
export function copyGivenBy(parentSex: Sex): ParentOfOrigin {
  return parentSex === 'male' ? 'paternal' : 'maternal';
}
