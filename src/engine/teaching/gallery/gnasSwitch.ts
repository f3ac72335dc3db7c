// The GNAS switch family is the app's built-in first-start family (E2's
// document/examples/gnasFamily.ts); the gallery shows the same document with its notes.
import { presetById } from '../../genetics/presets/index.ts';
import { gnasFamily } from '../../document/examples/gnasFamily.ts';
import type { GalleryEntry } from './types.ts';

export const GNAS_SWITCH_FAMILY: GalleryEntry = {
  id: 'gnas-switch',
  title: 'GNAS: the disorder switches with the transmitting parent',
  conditionId: 'gnas',
  description:
    'One GNAS variant, two disorders. Anna has PPHP (variant from her father); her carrier children have PHP1a (variant from their mother); her carrier son Ben’s children have PPHP or POH again (variant from their father).',
  whatToNotice: [
    'Everyone with the variant on the copy from their mother has PHP1a; everyone with it on the copy from their father has PPHP or POH.',
    'Anna’s own disorder (PPHP) says nothing about her children’s: only her sex as the transmitting parent does.',
    'Ben and Clara have the same disorder, but Ben’s children have PPHP/POH and Clara’s son has PHP1a.',
  ],
  source: {
    citation: 'Wilson LC, et al. Parental origin of Gs alpha gene mutations in Albright’s hereditary osteodystrophy. J Med Genet 1994;31:835–9.',
    note: 'A woman with PPHP has children with PHP1a when they inherit the variant; see also GeneReviews NBK459117.',
  },
  illustrative: true,
  document: gnasFamily(presetById('gnas')!),
};
