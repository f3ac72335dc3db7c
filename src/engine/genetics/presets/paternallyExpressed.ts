// Presets for genes expressed from the father's copy only: a variant causes disease
// after paternal transmission and passes silently through women (DOMAIN.md §4).
import type { Condition } from '../condition.ts';

const PATERNAL_ONLY = {
  chromosome: 'autosomal',
  penetrance: { '+/+': 0, 'd/+': 1, '+/d': 0, 'd/d': 1 },
  deNovo: { paternal: 0, maternal: 0 },
  transmissionRatio: { paternal: 0.5, maternal: 0.5 },
  expression: { paternal: 1, maternal: 0 },
  mode: 'PAT',
} as const satisfies Partial<Condition>;

export const MKRN3: Condition = {
  ...PATERNAL_ONLY,
  penetrance: { ...PATERNAL_ONLY.penetrance },
  id: 'mkrn3',
  name: 'Central precocious puberty (MKRN3)',
  shortName: 'MKRN3',
  gene: 'MKRN3',
  q: 0.0002,
  expressedCopy: 'Expressed from the father’s copy only; the mother’s copy is silenced.',
  description:
    'Loss of MKRN3 on the father’s copy starts puberty early. The fathers are often unaffected carriers — their own variant sits on their silent maternal copy — so familial cases look sporadic. Penetrance 1 is a teaching default: girls are diagnosed far more often than boys.',
  references: [{ citation: 'Abreu AP, et al. N Engl J Med 2013;368:2467.', note: 'MKRN3 variants in familial central precocious puberty, all paternally inherited.' }],
};

export const MAGEL2: Condition = {
  ...PATERNAL_ONLY,
  penetrance: { ...PATERNAL_ONLY.penetrance },
  id: 'magel2',
  name: 'Schaaf–Yang syndrome (MAGEL2)',
  shortName: 'SYS',
  gene: 'MAGEL2',
  q: 0.00001,
  expressedCopy: 'Expressed from the father’s copy only (15q11–q13, Prader–Willi region); the mother’s copy is silenced.',
  description:
    'A truncating MAGEL2 variant on the father’s copy causes Schaaf–Yang syndrome. Most cases are de novo; an unaffected father whose variant sits on his silent maternal copy has a 50% risk for each child.',
  references: [{ citation: 'GeneReviews: Schaaf–Yang Syndrome.', id: 'NBK567492' }],
};
