// X-linked recessive, haemophilia A-like: the pattern of Queen Victoria's descendants
// (carrier daughters, affected grandsons, no father-to-son transmission), with invented
// people and names — illustrative, not the historical family (GeneReviews NBK1404).
//
//   I                 [albert]──┬──(vera)                          vera carrier +/d
//        ┌──────────────┬──────┴───────┬───────────────┐
//   II [leo]─┬─(helga) (alice)─┬─[louis] (bea)─┬─[henry] [arthur]  leo affected
//        ┌───┴───┐        ┌────┴───┐      ┌────┴───┐
//   III (alix) [carl]  [fritz]  (irene) [maurice] (ena)           fritz, maurice affected
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, UNAFFECTED, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, X_MAN_NORMAL, X_MAN_VARIANT, affected, silentCarrier } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const xr = presetById('xr')!;

export const HAEMOPHILIA_FAMILY: GalleryEntry = {
  id: 'haemophilia-xr',
  title: 'X-linked recessive, haemophilia-style (illustrative)',
  conditionId: 'xr',
  description:
    'A carrier mother, an affected son and carrier daughters whose sons are affected: the pattern made famous by Queen Victoria’s descendants. The people here are invented. Compare it with the imprinting families: here the sex of the child, not of the transmitting parent, decides.',
  whatToNotice: [
    'Every affected person is a man whose mother carries the variant.',
    'No affected man passes the condition to a son: a father gives his son a Y, not his X.',
    'Every daughter of an affected man is a carrier: she receives his only X.',
    'Carrier women are unaffected; half of their sons are affected.',
  ],
  source: {
    citation: 'GeneReviews: Hemophilia A.',
    id: 'NBK1404',
    note: 'Pattern as in Queen Victoria’s descendants (a historic pedigree in QuickPed); people and names invented.',
  },
  illustrative: true,
  document: exampleDocument('X-linked recessive family (haemophilia-style, illustrative)', xr, [
    { id: 'albert', name: 'Albert', gender: 'man', deceased: { age: 42 }, status: UNAFFECTED, copies: X_MAN_NORMAL },
    { id: 'vera', name: 'Vera', gender: 'woman', deceased: { age: 81 }, status: silentCarrier(), copies: MAT },
    { id: 'leo', name: 'Leo', gender: 'man', deceased: { age: 30 }, parentUnion: 'u-vera', status: affected(undefined, 2), copies: X_MAN_VARIANT },
    { id: 'helga', name: 'Helga', gender: 'woman', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'alice', name: 'Alice', gender: 'woman', deceased: { age: 35 }, parentUnion: 'u-vera', status: silentCarrier(), copies: MAT },
    { id: 'louis', name: 'Louis', gender: 'man', status: UNAFFECTED, copies: X_MAN_NORMAL },
    { id: 'bea', name: 'Bea', gender: 'woman', deceased: { age: 87 }, parentUnion: 'u-vera', status: silentCarrier(), copies: MAT },
    { id: 'henry', name: 'Henry', gender: 'man', status: UNAFFECTED, copies: X_MAN_NORMAL },
    { id: 'arthur', name: 'Arthur', gender: 'man', deceased: { age: 91 }, parentUnion: 'u-vera', status: UNAFFECTED, copies: X_MAN_NORMAL },
    { id: 'alix', name: 'Alix', gender: 'woman', parentUnion: 'u-leo', status: silentCarrier(), copies: PAT },
    { id: 'carl', name: 'Carl', gender: 'man', parentUnion: 'u-leo', status: UNAFFECTED, copies: X_MAN_NORMAL },
    { id: 'fritz', name: 'Fritz', gender: 'man', deceased: { age: 2 }, parentUnion: 'u-alice', proband: true, status: affected(undefined, 1), copies: X_MAN_VARIANT },
    { id: 'irene', name: 'Irene', gender: 'woman', parentUnion: 'u-alice', status: silentCarrier(), copies: MAT },
    { id: 'maurice', name: 'Maurice', gender: 'man', deceased: { age: 23 }, parentUnion: 'u-bea', status: affected(undefined, 1), copies: X_MAN_VARIANT },
    { id: 'ena', name: 'Ena', gender: 'woman', parentUnion: 'u-bea', status: silentCarrier(), copies: MAT },
  ], [
    { id: 'u-vera', partners: ['albert', 'vera'] },
    { id: 'u-leo', partners: ['leo', 'helga'] },
    { id: 'u-alice', partners: ['louis', 'alice'] },
    { id: 'u-bea', partners: ['henry', 'bea'] },
  ]),
};
