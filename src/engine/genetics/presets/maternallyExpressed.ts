// Presets for genes expressed from the mother's copy only: a variant causes disease
// after maternal transmission and passes silently through men (DOMAIN.md §4).
import type { Condition } from '../condition.ts';

const MATERNAL_ONLY = {
  chromosome: 'autosomal',
  penetrance: { '+/+': 0, 'd/+': 0, '+/d': 1, 'd/d': 1 },
  deNovo: { paternal: 0, maternal: 0 },
  transmissionRatio: { paternal: 0.5, maternal: 0.5 },
  expression: { paternal: 0, maternal: 1 },
  mode: 'MAT',
} as const satisfies Partial<Condition>;

export const UBE3A: Condition = {
  ...MATERNAL_ONLY,
  penetrance: { ...MATERNAL_ONLY.penetrance },
  id: 'ube3a',
  name: 'Angelman syndrome, UBE3A class',
  shortName: 'AS',
  gene: 'UBE3A',
  q: 0.00001,
  expressedCopy: 'In neurons expressed from the mother’s copy only; the father’s copy is silenced there.',
  imprintedTissues: 'neurons',
  description:
    'A UBE3A variant on the mother’s copy causes Angelman syndrome. This class is about 11% of Angelman syndrome; most other cases are de novo deletions, paternal uniparental disomy or imprinting defects, which this single-locus model does not cover.',
  references: [{ citation: 'GeneReviews: Angelman Syndrome.', id: 'NBK1144' }],
};

export const KCNK9: Condition = {
  ...MATERNAL_ONLY,
  penetrance: { ...MATERNAL_ONLY.penetrance },
  id: 'kcnk9',
  name: 'Birk–Barel syndrome (KCNK9)',
  shortName: 'BBS',
  gene: 'KCNK9',
  q: 0.00001,
  expressedCopy: 'Expressed from the mother’s copy only (in the brain); the father’s copy is silenced.',
  description:
    'A KCNK9 variant on the mother’s copy causes Birk–Barel intellectual disability syndrome; the same variant from the father is silent.',
  references: [{ citation: 'Barel O, et al. Am J Hum Genet 2008;83:193.', note: 'Affected only after maternal transmission of the KCNK9 variant.' }],
};

export const CDKN1C: Condition = {
  ...MATERNAL_ONLY,
  penetrance: { ...MATERNAL_ONLY.penetrance },
  id: 'cdkn1c',
  name: 'Beckwith–Wiedemann syndrome, CDKN1C class',
  shortName: 'BWS',
  gene: 'CDKN1C',
  q: 0.00001,
  expressedCopy: 'Expressed mainly from the mother’s copy (11p15.4); the father’s copy is largely silent.',
  description:
    'A loss-of-function CDKN1C variant on the mother’s copy causes Beckwith–Wiedemann syndrome; it is the most often familial class of BWS. Penetrance 1 is a teaching default: expressivity varies.',
  references: [{ citation: 'GeneReviews: Beckwith–Wiedemann Syndrome.', id: 'NBK1394' }],
};
