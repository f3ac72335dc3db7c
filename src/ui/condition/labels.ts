// Plain-language names of the ordered genotypes (DOMAIN.md §1: father's copy first).
import type { OrderedGenotype } from '../../engine/genetics/genotype.ts';

export const PENETRANCE_LABELS: Record<OrderedGenotype, string> = {
  '+/+': 'no variant (+/+)',
  'd/+': 'variant on the father’s copy (d/+)',
  '+/d': 'variant on the mother’s copy (+/d)',
  'd/d': 'variant on both copies (d/d)',
};
