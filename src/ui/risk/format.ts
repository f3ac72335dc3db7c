// Numbers as the risk views print them: percentages (3 significant digits, shared with the
// rest of the app) and, for a sampling estimate, ± one standard error (as the engine reports it).
import { decimal, percent } from '../../engine/genetics/explainWords.ts';

export { decimal };

export function probability(p: number, standardError?: number): string {
  if (standardError === undefined) return percent(p);
  return `${percent(p)} ± ${percent(standardError)}`;
}

/** Plain words for each ordered genotype (father's copy first, DOMAIN.md §1). */
export const GENOTYPE_WORDS: Record<string, string> = {
  '+/+': 'no variant',
  'd/+': 'variant on the copy from the father',
  '+/d': 'variant on the copy from the mother',
  'd/d': 'variant on both copies',
  '+': 'no variant (one X)',
  d: 'variant on the one X',
};
