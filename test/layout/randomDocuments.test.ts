// Robustness on many small random documents: several partners, unions across generations,
// single parents, twins, parent–child unions. Whatever the document, every person gets one
// symbol, no two symbols overlap, children sit below their parents, and output is stable.
import { describe, expect, it } from 'vitest';
import type { Gender, PedigreeDocument, Person, Union } from '../../src/engine/document/types.ts';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { childrenNotBelowParents, overlapCount } from '../../src/layout/metrics.ts';
import { doc } from '../fixtures/documents.ts';

/** Park–Miller minimal standard generator: enough to vary fixtures reproducibly. */
function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** People may only have parents earlier in the list, so the document has no cycle. */
function randomDocument(seed: number): PedigreeDocument {
  const rand = lcg(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const n = 2 + Math.floor(rand() * 18);
  const persons: Person[] = [];
  const unions: Union[] = [];
  for (let i = 0; i < n; i++) {
    const p: Person = { id: `p${i}`, gender: pick<Gender>(['man', 'woman', 'unknown']), observations: {} };
    const r = rand();
    if (i > 1 && r < 0.25) p.singleParent = `p${Math.floor(rand() * i)}`;
    else if (unions.length > 0 && r < 0.8) p.parentUnion = pick(unions).id;
    persons.push(p);
    if (rand() < 0.5 && i > 0) {
      const other = Math.floor(rand() * i);
      if (!unions.some((u) => u.partners.includes(`p${i}`) && u.partners.includes(`p${other}`))) {
        unions.push({ id: `u${unions.length}`, partners: [`p${other}`, `p${i}`], ...(rand() < 0.2 ? { separated: true } : {}) });
      }
    }
  }
  // A union listed before a child that names it must not make the child its own ancestor.
  for (const p of persons) {
    const u = unions.find((x) => x.id === p.parentUnion);
    if (u && u.partners.some((q) => Number(q.slice(1)) >= Number(p.id.slice(1)))) delete p.parentUnion;
  }
  const twinCandidates = persons.filter((p) => p.parentUnion !== undefined);
  const first = twinCandidates[0];
  const second = twinCandidates.find((p) => p !== first && p.parentUnion === first?.parentUnion);
  const twins = first && second && rand() < 0.5 ? [{ id: 't1', zygosity: 'MZ' as const, members: [first.id, second.id] }] : [];
  return doc(persons, unions, twins);
}

describe('layout of random documents', () => {
  it('places everyone once, without overlaps, children below parents, the same way twice (400 documents)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const d = randomDocument(seed);
      const layout = layoutPedigree(d);
      const where = `seed ${seed}`;
      expect(Object.keys(layout.people).sort(), where).toEqual(d.persons.map((p) => p.id).sort());
      expect(overlapCount(layout), where).toBe(0);
      expect(childrenNotBelowParents(d, layout), where).toBe(0);
      expect(JSON.stringify(layoutPedigree(d)), where).toBe(JSON.stringify(layout));
      for (const line of layout.lines) for (const [x, y] of line.points) expect(Number.isFinite(x) && Number.isFinite(y), where).toBe(true);
    }
  });

  it('draws a union between a parent and their own child across rows instead of failing', () => {
    const parentChild = doc(
      [{ id: 'm', gender: 'man', observations: {} }, { id: 'w', gender: 'woman', observations: {} }, { id: 'd', gender: 'woman', observations: {}, parentUnion: 'u1' }, { id: 'k', gender: 'man', observations: {}, parentUnion: 'u2' }],
      [{ id: 'u1', partners: ['m', 'w'] }, { id: 'u2', partners: ['m', 'd'] }],
    );
    const { people, lines } = layoutPedigree(parentChild);
    expect([people.m!.generation, people.d!.generation, people.k!.generation]).toEqual([0, 1, 2]);
    expect(lines.find((l) => l.union === 'u2' && l.kind === 'consanguineous-union')!.points).toEqual([
      [people.m!.x, 0],
      [people.d!.x, 120],
    ]);
  });
});
