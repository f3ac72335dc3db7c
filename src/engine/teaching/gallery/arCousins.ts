// Autosomal recessive with a first-cousin marriage: both copies of the affected child
// descend from one grandparent's copy, the loop the inference engine must not ignore
// (DOMAIN.md §5–6: inbreeding coefficient of a first cousins' child F = 1/16).
//
//   I              [jakob]──┬──(marta)              jakob +/d carrier
//          ┌────────────────┴──────────┐
//   II  [emil]─┬─(clara)        [hugo]─┬─(lena)     emil, lena d/+ carriers
//              │                       │
//   III      [max]═════════┬═════════(sofie)        max d/+, sofie +/d: first cousins
//                  ┌───────┴───────┐
//   IV           [ben]           (lara)             ben d/d affected, lara +/d carrier
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, TWO_VARIANTS, UNAFFECTED, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, affected, silentCarrier } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const ar = presetById('ar')!;

export const AR_COUSINS_FAMILY: GalleryEntry = {
  id: 'ar-first-cousins',
  title: 'Autosomal recessive: a child of first cousins',
  conditionId: 'ar',
  description:
    'Two unaffected first cousins, each carrying the variant inherited from their shared grandfather, have an affected son. Consanguinity makes it likely that both parents carry the same rare variant.',
  whatToNotice: [
    'The affected child has two unaffected carrier parents.',
    'Both of Ben’s variant copies descend from one copy of his great-grandfather Jakob.',
    'The parents are first cousins (double line): their child’s inbreeding coefficient is 1/16.',
    'Carriers are unaffected whichever parent they received the variant from.',
  ],
  source: {
    citation: 'Wright S. Coefficients of inbreeding and relationship. Am Nat 1922;56:330–8.',
    note: 'Child of first cousins: F = 1/16, so under AR L = q² + q(1−q)/16 with only the child observed (DOMAIN.md §5).',
  },
  illustrative: true,
  document: exampleDocument('Autosomal recessive: child of first cousins', ar, [
    { id: 'jakob', name: 'Jakob', gender: 'man', deceased: { age: 80 }, status: silentCarrier(), copies: MAT },
    { id: 'marta', name: 'Marta', gender: 'woman', deceased: { age: 85 }, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'emil', name: 'Emil', gender: 'man', age: 63, parentUnion: 'u-jakob', status: silentCarrier(), copies: PAT },
    { id: 'clara', name: 'Clara', gender: 'woman', age: 62, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'lena', name: 'Lena', gender: 'woman', age: 60, parentUnion: 'u-jakob', status: silentCarrier(), copies: PAT },
    { id: 'hugo', name: 'Hugo', gender: 'man', age: 61, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'max', name: 'Max', gender: 'man', age: 34, parentUnion: 'u-emil', status: silentCarrier(), copies: PAT },
    { id: 'sofie', name: 'Sofie', gender: 'woman', age: 32, parentUnion: 'u-lena', status: silentCarrier(), copies: MAT },
    { id: 'ben', name: 'Ben', gender: 'man', age: 5, parentUnion: 'u-cousins', proband: true, status: affected(undefined, 1), copies: TWO_VARIANTS },
    { id: 'lara', name: 'Lara', gender: 'woman', age: 3, parentUnion: 'u-cousins', status: silentCarrier(), copies: MAT },
  ], [
    { id: 'u-jakob', partners: ['jakob', 'marta'] },
    { id: 'u-emil', partners: ['emil', 'clara'] },
    { id: 'u-lena', partners: ['hugo', 'lena'] },
    { id: 'u-cousins', partners: ['max', 'sofie'], consanguineous: true },
  ]),
};
