// A four-generation family of exactly 40 people under autosomal dominant inheritance, the
// size the projector check is stated for (issue 7: symbols ≥ 48 px, text ≥ 24 px at
// 1920×1080 "for pedigrees up to 40 people"):
//
//   I:    a founder couple                                    2
//   II:   4 children, each with a partner                     8
//   III:  3 children per couple (12); the first child of each
//         couple has a partner                               16
//   IV:   3 or 4 children per gen-III couple (3+4+3+4 = 14)  14   → 40
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type PedigreeDocument, type Person, type Union } from '../../src/engine/document/types.ts';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';

export function fortyPersonFamily(): PedigreeDocument {
  const condition = conditionForMode('AD');
  const persons: Person[] = [];
  const unions: Union[] = [];
  let n = 0;
  const add = (gender: 'man' | 'woman', parentUnion?: string, affected = false): string => {
    const id = `p${++n}`;
    persons.push({ id, gender, observations: { [condition.id]: { status: affected ? 'affected' : 'unaffected' } }, ...(parentUnion ? { parentUnion } : {}) });
    return id;
  };
  const couple = (a: string, b: string): string => {
    const id = `u${unions.length + 1}`;
    unions.push({ id, partners: [a, b] });
    return id;
  };
  const top = couple(add('man', undefined, true), add('woman'));
  const genII = [0, 1, 2, 3].map((i) => {
    const kid = add(i % 2 === 0 ? 'woman' : 'man', top, i < 2);
    return couple(kid, add(i % 2 === 0 ? 'man' : 'woman'));
  });
  genII.forEach((u, i) => {
    const first = add(i % 2 === 0 ? 'man' : 'woman', u, i < 2);
    add('woman', u);
    add('man', u);
    const u3 = couple(first, add(i % 2 === 0 ? 'woman' : 'man'));
    for (let k = 0; k < (i % 2 === 0 ? 3 : 4); k++) add(k % 2 === 0 ? 'man' : 'woman', u3, i < 2 && k === 0);
  });
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    persons,
    unions,
    twins: [],
    conditions: [condition],
    activeConditionId: condition.id,
    meta: { title: 'Forty people, four generations' },
  };
}
