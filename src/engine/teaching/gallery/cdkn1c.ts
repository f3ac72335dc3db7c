// Beckwith–Wiedemann syndrome, CDKN1C class: maternally expressed, the most often familial
// BWS class; a variant passed by a father is silent, passed by a mother it causes BWS
// (GeneReviews NBK1394; DOMAIN.md §4).
//
//   I              [hans]──┬──(erika)                          hans d/+ silent
//          ┌───────────────┴──────────────┐
//   II  [dirk]─┬─(sabine)          [frank]─┬─(anja)            sabine, frank d/+ silent
//         ┌────┴─────────────┐            │
//   III (lina)─┬─[mark]  [jonas]─┬─(sina) (ella)               lina, jonas +/d BWS; ella d/+ silent
//              │                 │
//   IV       [theo]            (mara)                          theo +/d BWS; mara d/+ silent
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, UNAFFECTED, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, affected, silentCarrier } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const cdkn1c = presetById('cdkn1c')!;

export const CDKN1C_FAMILY: GalleryEntry = {
  id: 'cdkn1c-bws',
  title: 'Beckwith–Wiedemann syndrome (CDKN1C): maternal transmission',
  conditionId: 'cdkn1c',
  description:
    'A CDKN1C variant passes silently from a grandfather to his children, then causes Beckwith–Wiedemann syndrome in his daughter’s children. An affected woman’s child is affected again; an affected man’s child is an unaffected carrier.',
  whatToNotice: [
    'Every affected person received the variant from their mother.',
    'Lina, an affected woman, has an affected son: she passes the variant as a maternal copy.',
    'Jonas, an affected man, has an unaffected carrier daughter: passed by a man, the variant is silent.',
    'Hans, Sabine, Frank, Ella and Mara carry the variant on their paternal copy and are unaffected.',
  ],
  source: { citation: 'GeneReviews: Beckwith–Wiedemann Syndrome.', id: 'NBK1394', note: 'CDKN1C variants are the most often familial class of BWS, expressed after maternal transmission.' },
  illustrative: true,
  document: exampleDocument('Beckwith–Wiedemann syndrome (CDKN1C): maternal transmission', cdkn1c, [
    { id: 'hans', name: 'Hans', gender: 'man', age: 75, status: silentCarrier(), copies: PAT },
    { id: 'erika', name: 'Erika', gender: 'woman', age: 73, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'sabine', name: 'Sabine', gender: 'woman', age: 50, parentUnion: 'u-hans', status: silentCarrier(), copies: PAT },
    { id: 'dirk', name: 'Dirk', gender: 'man', age: 52, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'frank', name: 'Frank', gender: 'man', age: 47, parentUnion: 'u-hans', status: silentCarrier(), copies: PAT },
    { id: 'anja', name: 'Anja', gender: 'woman', age: 45, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'lina', name: 'Lina', gender: 'woman', age: 27, parentUnion: 'u-sabine', status: affected(undefined, 0), copies: MAT },
    { id: 'mark', name: 'Mark', gender: 'man', age: 29, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'jonas', name: 'Jonas', gender: 'man', age: 24, parentUnion: 'u-sabine', status: affected(undefined, 0), copies: MAT },
    { id: 'sina', name: 'Sina', gender: 'woman', age: 25, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'ella', name: 'Ella', gender: 'woman', age: 19, parentUnion: 'u-frank', status: silentCarrier(), copies: PAT },
    { id: 'theo', name: 'Theo', gender: 'man', age: 2, parentUnion: 'u-lina', proband: true, status: affected(undefined, 0), copies: MAT },
    { id: 'mara', name: 'Mara', gender: 'woman', age: 1, parentUnion: 'u-jonas', status: silentCarrier(), copies: PAT },
  ], [
    { id: 'u-hans', partners: ['hans', 'erika'] },
    { id: 'u-sabine', partners: ['dirk', 'sabine'] },
    { id: 'u-frank', partners: ['frank', 'anja'] },
    { id: 'u-lina', partners: ['lina', 'mark'] },
    { id: 'u-jonas', partners: ['jonas', 'sina'] },
  ]),
};
