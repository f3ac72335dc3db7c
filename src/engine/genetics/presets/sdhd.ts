// Hereditary paraganglioma PGL1 (SDHD): disease after paternal transmission, with
// age-dependent penetrance (Hensen et al. 2010; DOMAIN.md §2 and §4).
import type { Condition } from '../condition.ts';

/** Lifetime penetrance used here: 87% of paternal carriers affected by age 70 (Hensen 2010). */
const BY_70 = 0.87;

export const SDHD: Condition = {
  id: 'sdhd',
  name: 'Hereditary paraganglioma PGL1 (SDHD)',
  shortName: 'SDHD',
  gene: 'SDHD',
  chromosome: 'autosomal',
  // Illustrative allele frequency; founder variants make it far higher in some Dutch regions.
  q: 0.0005,
  penetrance: { '+/+': 0, 'd/+': BY_70, '+/d': 0, 'd/d': BY_70 },
  phenotypes: {
    'd/+': [{ label: 'paraganglioma', probability: 1, description: 'Head-and-neck paraganglioma (and sometimes phaeochromocytoma).' }],
    'd/d': [{ label: 'paraganglioma', probability: 1 }],
  },
  // Hensen 2010: 54% by 40, 68% by 60, 87% by 70, written as fractions of the 87% lifetime
  // figure. The point at age 10 (no onset before) is this app's assumption, not Hensen's:
  // without it the curve would jump from 0 to 62% at 40.
  ageOfOnset: {
    points: [
      { age: 10, fraction: 0 },
      { age: 40, fraction: 0.54 / BY_70 },
      { age: 60, fraction: 0.68 / BY_70 },
      { age: 70, fraction: 1 },
    ],
    source: 'Hensen EF, et al. Eur J Hum Genet 2010;18:62 (the first point, age 10, is an assumption).',
  },
  deNovo: { paternal: 0, maternal: 0 },
  transmissionRatio: { paternal: 0.5, maternal: 0.5 },
  expression: { paternal: 1, maternal: 0 },
  expressedCopy:
    'In effect only the father’s copy counts: tumours arise when the variant came from the father. SDHD itself is read from both copies in normal tissue.',
  mode: 'PAT',
  description:
    'SDHD variants cause paraganglioma almost only when inherited from the father; they pass silently through women, and a carrier woman’s carrier son can again have affected children. SDHD is not a classic imprinted gene: it is expressed from both copies in normal tissue, and the parent-of-origin pattern is thought to come from tumour biology rather than from silencing of the maternal copy. Risk rises with age: 54% by 40, 68% by 60, 87% by 70 in paternal carriers.',
  references: [
    { citation: 'Hensen EF, et al. Eur J Hum Genet 2010;18:62.', note: 'Paternal carriers: 54% affected by 40, 68% by 60, 87% by 70.' },
  ],
};
