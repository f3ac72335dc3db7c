// The built-in GNAS family (first start): the same inactivating GNAS variant gives a
// different disorder depending on the sex of the parent who transmits it
// (DOMAIN.md §3; GeneReviews NBK459117; Shore et al. 2002, N Engl J Med 346:99).
//
//   I        [I-1]────(I-2)              I-1 PPHP, d/+
//                  │
//   II   (Anna)────[II-2]     [II-3]     Anna PPHP, d/+ (variant on her father's copy)
//              │
//   III [Ben]──(Eva)  (Clara)──[Tom]  [Max]   Ben, Clara: PHP1a, +/d (from their mother)
//           │               │
//   IV  (Lily) [Noah] (Mia)   [Leo]      Lily POH, Noah PPHP: d/+ (from their father);
//                                        Mia +/+; Leo PHP1a, +/d (from his mother)
//
// Anna passes the variant as a maternal copy, so her carrier children have PHP1a;
// her carrier son Ben passes it as a paternal copy, so his carrier children have PPHP/POH.
import type { Condition } from '../../genetics/condition.ts';
import type { PedigreeDocument } from '../types.ts';
import { exampleDocument, type ExamplePerson } from './build.ts';

const PAT = { paternal: 'd', maternal: '+' } as const;
const MAT = { paternal: '+', maternal: 'd' } as const;
const NONE = { paternal: '+', maternal: '+' } as const;
const UNAFFECTED = { status: 'unaffected' } as const;

const PEOPLE: ExamplePerson[] = [
  { id: 'grandfather', name: 'Karl', gender: 'man', deceased: { age: 71 }, status: { status: 'affected', phenotype: 'PPHP', age: 6 }, copies: PAT },
  { id: 'grandmother', name: 'Rosa', gender: 'woman', age: 88, status: UNAFFECTED, copies: NONE },
  { id: 'anna', name: 'Anna', gender: 'woman', age: 62, parentUnion: 'u-grandparents', status: { status: 'affected', phenotype: 'PPHP', age: 3 }, copies: PAT },
  { id: 'anna-husband', name: 'Peter', gender: 'man', age: 64, status: UNAFFECTED, copies: NONE },
  { id: 'anna-brother', name: 'Jonas', gender: 'man', age: 58, parentUnion: 'u-grandparents', status: UNAFFECTED, copies: NONE },
  { id: 'ben', name: 'Ben', gender: 'man', age: 38, parentUnion: 'u-anna', consultand: true, status: { status: 'affected', phenotype: 'PHP1a', age: 2 }, copies: MAT },
  { id: 'ben-wife', name: 'Eva', gender: 'woman', age: 36, status: UNAFFECTED, copies: NONE },
  { id: 'clara', name: 'Clara', gender: 'woman', age: 35, parentUnion: 'u-anna', status: { status: 'affected', phenotype: 'PHP1a', age: 1 }, copies: MAT },
  { id: 'clara-husband', name: 'Tom', gender: 'man', age: 37, status: UNAFFECTED, copies: NONE },
  { id: 'max', name: 'Max', gender: 'man', age: 31, parentUnion: 'u-anna', status: UNAFFECTED, copies: NONE },
  { id: 'lily', name: 'Lily', gender: 'woman', age: 9, parentUnion: 'u-ben', proband: true, status: { status: 'affected', phenotype: 'POH', age: 1 }, copies: PAT },
  { id: 'noah', name: 'Noah', gender: 'man', age: 7, parentUnion: 'u-ben', status: { status: 'affected', phenotype: 'PPHP', age: 2 }, copies: PAT },
  { id: 'mia', name: 'Mia', gender: 'woman', age: 4, parentUnion: 'u-ben', status: UNAFFECTED, copies: NONE },
  { id: 'leo', name: 'Leo', gender: 'man', age: 6, parentUnion: 'u-clara', status: { status: 'affected', phenotype: 'PHP1a', age: 1 }, copies: MAT },
];

export const GNAS_FAMILY_TITLE = 'GNAS family: PHP1a or PPHP/POH by parent of origin';

/** The GNAS family with `gnas` (the GNAS preset) as its one, active condition. */
export function gnasFamily(gnas: Condition): PedigreeDocument {
  return exampleDocument(GNAS_FAMILY_TITLE, gnas, PEOPLE, [
    { id: 'u-grandparents', partners: ['grandfather', 'grandmother'] },
    { id: 'u-anna', partners: ['anna-husband', 'anna'] },
    { id: 'u-ben', partners: ['ben', 'ben-wife'] },
    { id: 'u-clara', partners: ['clara-husband', 'clara'] },
  ]);
}
