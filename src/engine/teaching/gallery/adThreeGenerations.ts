// Classic autosomal dominant over three generations, the contrast for the imprinting
// families: affected in every generation, from either parent, male-to-male included
// (DOMAIN.md §2 penetrance table, AD row).
//
//   I              [georg]──┬──(hilde)                        georg d/+ affected
//        ┌─────────────────┼───────────────────┐
//   II (ute)─┬─[rainer]  [kurt]─┬─(petra)    [jens]           ute, kurt affected
//      ┌─────┴────┐       ┌─────┴────┐
//   III [lukas] (nora)  [moritz]  (pia)                       lukas +/d, moritz, pia d/+ affected
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, UNAFFECTED, VARIANT_FROM_FATHER as PAT, VARIANT_FROM_MOTHER as MAT, affected } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const ad = presetById('ad')!;

export const AD_FAMILY: GalleryEntry = {
  id: 'ad-three-generations',
  title: 'Autosomal dominant: three generations',
  conditionId: 'ad',
  description:
    'The classic dominant pattern for comparison: affected people in every generation, men and women alike, and the same outcome whether the variant came from the father or the mother.',
  whatToNotice: [
    'Every affected child has an affected parent; unaffected Jens has no variant to pass on.',
    'Ute (a mother) and Kurt (a father) pass the same variant with the same result: the parent of origin does not matter.',
    'Kurt’s son Moritz is affected, but a father gives his son a Y, not his X: X-linked dominant is impossible here, and X-linked recessive would need both women who married in (Hilde and Petra) to be carriers.',
  ],
  source: {
    citation: 'Strauch K, et al. Parametric and nonparametric multipoint linkage analysis with imprinting and two-locus-trait models. Am J Hum Genet 2000;66:1945–57.',
    note: 'The four-penetrance model; AD is the case f(d/+) = f(+/d) = 1 (DOMAIN.md §2).',
  },
  illustrative: true,
  document: exampleDocument('Autosomal dominant: three generations', ad, [
    { id: 'georg', name: 'Georg', gender: 'man', age: 74, status: affected(undefined, 30), copies: PAT },
    { id: 'hilde', name: 'Hilde', gender: 'woman', age: 72, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'ute', name: 'Ute', gender: 'woman', age: 50, parentUnion: 'u-georg', status: affected(undefined, 28), copies: PAT },
    { id: 'rainer', name: 'Rainer', gender: 'man', age: 52, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'kurt', name: 'Kurt', gender: 'man', age: 47, parentUnion: 'u-georg', status: affected(undefined, 25), copies: PAT },
    { id: 'petra', name: 'Petra', gender: 'woman', age: 46, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'jens', name: 'Jens', gender: 'man', age: 44, parentUnion: 'u-georg', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'lukas', name: 'Lukas', gender: 'man', age: 24, parentUnion: 'u-ute', proband: true, status: affected(undefined, 20), copies: MAT },
    { id: 'nora', name: 'Nora', gender: 'woman', age: 21, parentUnion: 'u-ute', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'moritz', name: 'Moritz', gender: 'man', age: 20, parentUnion: 'u-kurt', status: affected(undefined, 18), copies: PAT },
    { id: 'pia', name: 'Pia', gender: 'woman', age: 17, parentUnion: 'u-kurt', status: affected(undefined, 15), copies: PAT },
  ], [
    { id: 'u-georg', partners: ['georg', 'hilde'] },
    { id: 'u-ute', partners: ['rainer', 'ute'] },
    { id: 'u-kurt', partners: ['kurt', 'petra'] },
  ]),
};
