// SDHD paraganglioma family: the variant causes tumours only after transmission by a
// father, so it passes silently through women and reappears in a carrier woman's son's
// children (Hensen et al. 2010, Eur J Hum Genet 18:62; DOMAIN.md §2, §4).
//
//   I            [henk]──┬──(anna)                       henk affected, d/+
//          ┌─────────────┴──────────────┐
//   II   [jan]─┬─(mies)          [kees]─┬─(els)          jan, els affected, d/+
//        ┌─────┴────┐             ┌─────┴───────┐
//   III (lotte)   [bas]   (roos)─┬─[tim]    (ida)─┬─[piet]   lotte affected d/+; tim, ida +/d silent
//                           ┌────┴───┐            │
//   IV                    [sem]   (fenna)       [daan]     sem affected d/+; daan +/d silent
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, affected, silentCarrier } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const sdhd = presetById('sdhd')!;

export const SDHD_FAMILY: GalleryEntry = {
  id: 'sdhd-silent-carriers',
  title: 'Hereditary paraganglioma (SDHD): silent through women',
  conditionId: 'sdhd',
  description:
    'Paraganglioma after paternal transmission only. An affected woman’s children inherit the variant on their maternal copy and stay tumour-free, but her carrier son passes it on as a paternal copy and his child is affected again. Penetrance rises with age (87% by 70).',
  whatToNotice: [
    'Every affected person received the variant from their father.',
    'Els is affected (her variant came from her father), yet her carrier children Tim and Ida are not: they received it from their mother.',
    'Tim, an unaffected carrier man, has an affected son: the variant skipped a generation through a woman.',
    'Ida, an unaffected carrier woman, has an unaffected carrier son: passed by a woman, the variant stays silent.',
  ],
  source: {
    citation: 'Hensen EF, et al. Mutations in SDHD are the major determinants of the clinical characteristics of Dutch head and neck paraganglioma patients. Eur J Hum Genet 2010;18:62–6.',
    note: 'Paternal-transmission penetrance 54% by 40, 68% by 60, 87% by 70.',
  },
  illustrative: true,
  document: exampleDocument('SDHD family: silent carriers through women', sdhd, [
    { id: 'henk', name: 'Henk', gender: 'man', deceased: { age: 74 }, status: affected('paraganglioma', 38), copies: PAT },
    { id: 'anna', name: 'Anna', gender: 'woman', age: 90, status: { status: 'unaffected', age: 90 }, copies: NO_VARIANT },
    { id: 'jan', name: 'Jan', gender: 'man', age: 66, parentUnion: 'u-henk', status: affected('paraganglioma', 41), copies: PAT },
    { id: 'mies', name: 'Mies', gender: 'woman', age: 64, status: { status: 'unaffected', age: 64 }, copies: NO_VARIANT },
    { id: 'els', name: 'Els', gender: 'woman', age: 63, parentUnion: 'u-henk', status: affected('paraganglioma', 45), copies: PAT },
    { id: 'kees', name: 'Kees', gender: 'man', age: 65, status: { status: 'unaffected', age: 65 }, copies: NO_VARIANT },
    { id: 'lotte', name: 'Lotte', gender: 'woman', age: 40, parentUnion: 'u-jan', status: affected('paraganglioma', 35), copies: PAT },
    { id: 'bas', name: 'Bas', gender: 'man', age: 37, parentUnion: 'u-jan', status: { status: 'unaffected', age: 37 }, copies: NO_VARIANT },
    { id: 'tim', name: 'Tim', gender: 'man', age: 41, parentUnion: 'u-els', consultand: true, status: silentCarrier(41), copies: MAT },
    { id: 'roos', name: 'Roos', gender: 'woman', age: 40, status: { status: 'unaffected', age: 40 }, copies: NO_VARIANT },
    { id: 'ida', name: 'Ida', gender: 'woman', age: 38, parentUnion: 'u-els', status: silentCarrier(38), copies: MAT },
    { id: 'piet', name: 'Piet', gender: 'man', age: 39, status: { status: 'unaffected', age: 39 }, copies: NO_VARIANT },
    { id: 'sem', name: 'Sem', gender: 'man', age: 19, parentUnion: 'u-tim', proband: true, status: affected('paraganglioma', 17), copies: PAT },
    { id: 'fenna', name: 'Fenna', gender: 'woman', age: 16, parentUnion: 'u-tim', status: { status: 'unaffected', age: 16 }, copies: NO_VARIANT },
    { id: 'daan', name: 'Daan', gender: 'man', age: 12, parentUnion: 'u-ida', status: silentCarrier(12), copies: MAT },
  ], [
    { id: 'u-henk', partners: ['henk', 'anna'] },
    { id: 'u-jan', partners: ['jan', 'mies'] },
    { id: 'u-els', partners: ['kees', 'els'] },
    { id: 'u-tim', partners: ['tim', 'roos'] },
    { id: 'u-ida', partners: ['piet', 'ida'] },
  ]),
};
