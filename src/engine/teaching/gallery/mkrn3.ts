// Central precocious puberty (MKRN3): paternally expressed, so affected children often
// have an unaffected carrier father who received the variant from his mother, and the
// cases look sporadic (Abreu et al. 2013, N Engl J Med 368:2467; DOMAIN.md §4).
//
//   I             [bernd]──┬──(gisela)                     gisela +/d silent
//          ┌───────────────┴────────────┐
//   II  [stefan]─┬─(julia)        [uwe]─┬─(karin)          stefan, karin +/d silent
//       ┌────────┼────────┐            ┌┴──────┐
//   III (marie) [paul] (hanna)       [tom]   (eva)         marie, paul d/+ affected; tom +/d silent
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, UNAFFECTED, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, affected, silentCarrier } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const mkrn3 = presetById('mkrn3')!;

export const MKRN3_FAMILY: GalleryEntry = {
  id: 'mkrn3-precocious-puberty',
  title: 'Central precocious puberty (MKRN3): unaffected carrier fathers',
  conditionId: 'mkrn3',
  description:
    'Two children with early puberty whose parents both had puberty on time. Their father carries the MKRN3 variant on the copy from his mother, which is silenced; in his children it sits on the paternal copy, the one that is used.',
  whatToNotice: [
    'Every affected child received the variant from their father.',
    'The affected children’s father, Stefan, is an unaffected carrier: he received the variant from his mother.',
    'Without testing, the family looks sporadic: no parent or grandparent is affected.',
    'Karin’s carrier son Tom is unaffected, but his children will be at 50% risk.',
  ],
  source: {
    citation: 'Abreu AP, et al. Central precocious puberty caused by mutations in the imprinted gene MKRN3. N Engl J Med 2013;368:2467–75.',
  },
  illustrative: true,
  document: exampleDocument('Central precocious puberty (MKRN3): carrier fathers', mkrn3, [
    { id: 'bernd', name: 'Bernd', gender: 'man', age: 70, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'gisela', name: 'Gisela', gender: 'woman', age: 68, status: silentCarrier(), copies: MAT },
    { id: 'stefan', name: 'Stefan', gender: 'man', age: 42, parentUnion: 'u-bernd', consultand: true, status: silentCarrier(), copies: MAT },
    { id: 'julia', name: 'Julia', gender: 'woman', age: 40, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'karin', name: 'Karin', gender: 'woman', age: 39, parentUnion: 'u-bernd', status: silentCarrier(), copies: MAT },
    { id: 'uwe', name: 'Uwe', gender: 'man', age: 41, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'marie', name: 'Marie', gender: 'woman', age: 9, parentUnion: 'u-stefan', proband: true, status: affected(undefined, 6), copies: PAT },
    { id: 'paul', name: 'Paul', gender: 'man', age: 11, parentUnion: 'u-stefan', status: affected(undefined, 8), copies: PAT },
    { id: 'hanna', name: 'Hanna', gender: 'woman', age: 5, parentUnion: 'u-stefan', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'tom', name: 'Tom', gender: 'man', age: 13, parentUnion: 'u-karin', status: silentCarrier(), copies: MAT },
    { id: 'eva', name: 'Eva', gender: 'woman', age: 10, parentUnion: 'u-karin', status: UNAFFECTED, copies: NO_VARIANT },
  ], [
    { id: 'u-bernd', partners: ['bernd', 'gisela'] },
    { id: 'u-stefan', partners: ['stefan', 'julia'] },
    { id: 'u-karin', partners: ['uwe', 'karin'] },
  ]),
};
