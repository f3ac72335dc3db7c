// POH family: an inactivating GNAS variant passed only by fathers, so every carrier has
// the paternal-copy disorders (POH, PPHP, osteoma cutis) and none has PHP1a
// (Shore et al. 2002, N Engl J Med 346:99; DOMAIN.md §3).
//
//   I          [walter]──┬──(greta)            walter POH, d/+
//        ┌───────────────┼──────────────┐
//   II  [paul]─┬─(nina) (sara)     [felix]─┬─(ida)    paul POH, felix PPHP: d/+
//         ┌────┴───┐                ┌──────┴───┐
//   III (emma)  [jan]             [otto]     (lea)    emma POH, otto osteoma cutis: d/+
import { presetById } from '../../genetics/presets/index.ts';
import { exampleDocument } from '../../document/examples/build.ts';
import { NO_VARIANT, UNAFFECTED, VARIANT_FROM_FATHER as PAT, affected } from './copies.ts';
import type { GalleryEntry } from './types.ts';

const gnas = presetById('gnas')!;

export const POH_FAMILY: GalleryEntry = {
  id: 'poh-paternal',
  title: 'Progressive osseous heteroplasia: passed on by fathers only',
  conditionId: 'gnas',
  description:
    'A GNAS variant handed down from father to children for three generations. Because every carrier received it on the copy from the father, each has a paternal-copy disorder — POH, PPHP or osteoma cutis — and nobody has PHP1a.',
  whatToNotice: [
    'Every affected person received the variant from their father (the variant is on the paternal copy).',
    'Nobody has PHP1a: no woman in this family passes the variant on.',
    'The same variant gives POH in some carriers and PPHP or osteoma cutis in others; the share of each is not published.',
    'Children without the variant are unaffected: every GNAS carrier here is affected.',
  ],
  source: {
    citation: 'Shore EM, et al. Paternally inherited inactivating mutations of the GNAS1 gene in progressive osseous heteroplasia. N Engl J Med 2002;346:99–106.',
    note: 'Variants inherited exclusively from fathers in the POH families studied.',
  },
  illustrative: true,
  document: exampleDocument('POH family: paternal transmission only', gnas, [
    { id: 'walter', name: 'Walter', gender: 'man', age: 70, status: affected('POH', 2), copies: PAT },
    { id: 'greta', name: 'Greta', gender: 'woman', age: 68, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'paul', name: 'Paul', gender: 'man', age: 45, parentUnion: 'u-walter', status: affected('POH', 1), copies: PAT },
    { id: 'nina', name: 'Nina', gender: 'woman', age: 44, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'sara', name: 'Sara', gender: 'woman', age: 42, parentUnion: 'u-walter', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'felix', name: 'Felix', gender: 'man', age: 39, parentUnion: 'u-walter', status: affected('PPHP', 3), copies: PAT },
    { id: 'ida', name: 'Ida', gender: 'woman', age: 37, status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'emma', name: 'Emma', gender: 'woman', age: 14, parentUnion: 'u-paul', proband: true, status: affected('POH', 1), copies: PAT },
    { id: 'jan', name: 'Jan', gender: 'man', age: 11, parentUnion: 'u-paul', status: UNAFFECTED, copies: NO_VARIANT },
    { id: 'otto', name: 'Otto', gender: 'man', age: 9, parentUnion: 'u-felix', status: affected('osteoma cutis', 4), copies: PAT },
    { id: 'lea', name: 'Lea', gender: 'woman', age: 6, parentUnion: 'u-felix', status: UNAFFECTED, copies: NO_VARIANT },
  ], [
    { id: 'u-walter', partners: ['walter', 'greta'] },
    { id: 'u-paul', partners: ['paul', 'nina'] },
    { id: 'u-felix', partners: ['felix', 'ida'] },
  ]),
};
