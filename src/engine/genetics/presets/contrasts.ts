// Classic patterns without parent-of-origin effects, for students to compare against
// (DOMAIN.md §4 "Contrast presets"). Built from the textbook modes.
import type { Condition } from '../condition.ts';
import { conditionForMode } from '../modes.ts';

export const AUTOSOMAL_DOMINANT: Condition = {
  ...conditionForMode('AD', 0.001),
  id: 'ad',
  name: 'Autosomal dominant (classic)',
  description:
    'The classic dominant pattern: every affected child has an affected parent, men and women are affected alike, and it does not matter which parent passed the variant on.',
};

export const AUTOSOMAL_RECESSIVE: Condition = {
  ...conditionForMode('AR', 0.01),
  id: 'ar',
  name: 'Autosomal recessive (classic)',
  description:
    'The classic recessive pattern: affected children usually have two unaffected carrier parents, with a 1 in 4 risk for each child; consanguinity raises the chance that both parents carry the same variant.',
};

export const X_LINKED_RECESSIVE: Condition = {
  ...conditionForMode('XR', 0.0001),
  id: 'xr',
  name: 'X-linked recessive (haemophilia A-like)',
  shortName: 'XR',
  gene: 'F8',
  description:
    'Haemophilia A-like: men with the variant on their only X are affected; carrier women usually are not (some have mild bleeding, not modelled). An affected man passes the variant to all daughters and to no son.',
  references: [
    ...conditionForMode('XR').references,
    { citation: 'GeneReviews: Hemophilia A.', id: 'NBK1404' },
  ],
};

export const X_LINKED_DOMINANT: Condition = {
  ...conditionForMode('XD', 0.0001),
  id: 'xd',
  name: 'X-linked dominant (classic)',
  description:
    'One variant X is enough in women and men. An affected father has only affected daughters and only unaffected sons; an affected heterozygous mother passes it to half of her children of either sex.',
};
