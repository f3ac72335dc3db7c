// Angelman syndrome, UBE3A class: UBE3A is expressed in neurons from the mother's copy
// only, so a variant causes Angelman syndrome only when a mother transmits it; passed by
// men it is silent (GeneReviews NBK1144; DOMAIN.md §4).
//
//   I              [karl]──┬──(maria)                 karl d/+ silent
//          ┌───────────────┴───────────────┐
//   II  [tom]─┬─(anke)                (uta)─┬─[rolf]   anke, rolf d/+ silent
//       ┌─────┼──────┐                ┌─────┴───┐
//   III [finn] (mila) (zoe)          (jana)   [ole]    finn, zoe +/d Angelman; jana d/+ silent
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, UNAFFECTED, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, affected, silentCarrier } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const ube3a = presetById('ube3a')!;

export const ANGELMAN_FAMILY: GalleryEntry = {
  id: 'angelman-ube3a',
  title: 'Angelman syndrome (UBE3A): maternal transmission',
  conditionId: 'ube3a',
  description:
    'A UBE3A variant carried silently by a grandfather and his two children, because each received it from a father. Only when the carrier daughter passes it on, as a maternal copy, does it cause Angelman syndrome.',
  whatToNotice: [
    'Every affected person received the variant from their mother.',
    'Karl, Anke, Rolf and Jana carry the variant on their paternal copy and are unaffected: the father’s copy is silenced in neurons.',
    'Anke and Rolf are siblings with the same variant, but only Anke’s children are at 50% risk: she passes it as a mother.',
    'Jana, Rolf’s carrier daughter, is unaffected; her own children would be at 50% risk.',
  ],
  source: { citation: 'GeneReviews: Angelman Syndrome.', id: 'NBK1144', note: 'UBE3A variants, maternally inherited in familial cases, explain about 11% of Angelman syndrome.' },
  illustrative: true,
  document: exampleDocument('Angelman syndrome (UBE3A): maternal transmission', ube3a, [
    { id: 'karl', name: 'Karl', gender: 'man', age: 72, status: silentCarrier(72), copies: PAT },
    { id: 'maria', name: 'Maria', gender: 'woman', age: 70, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'anke', name: 'Anke', gender: 'woman', age: 44, parentUnion: 'u-karl', consultand: true, status: silentCarrier(44), copies: PAT },
    { id: 'tom', name: 'Tom', gender: 'man', age: 46, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'rolf', name: 'Rolf', gender: 'man', age: 41, parentUnion: 'u-karl', status: silentCarrier(41), copies: PAT },
    { id: 'uta', name: 'Uta', gender: 'woman', age: 40, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'finn', name: 'Finn', gender: 'man', age: 12, parentUnion: 'u-anke', proband: true, status: affected(undefined, 1), copies: MAT },
    { id: 'mila', name: 'Mila', gender: 'woman', age: 10, parentUnion: 'u-anke', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'zoe', name: 'Zoe', gender: 'woman', age: 7, parentUnion: 'u-anke', status: affected(undefined, 1), copies: MAT },
    { id: 'jana', name: 'Jana', gender: 'woman', age: 15, parentUnion: 'u-rolf', status: silentCarrier(15), copies: PAT },
    { id: 'ole', name: 'Ole', gender: 'man', age: 13, parentUnion: 'u-rolf', status: UNAFFECTED, copies: NO_VARIANT },
  ], [
    { id: 'u-karl', partners: ['karl', 'maria'] },
    { id: 'u-anke', partners: ['tom', 'anke'] },
    { id: 'u-rolf', partners: ['rolf', 'uta'] },
  ]),
};
