// Random small pedigrees (random structure, evidence and model) agree with enumeration.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { condition, pedigree, type PersonSpec, type UnionSpec } from './pedigreeBuilder.ts';
import { expectAgreement } from './agreement.ts';

// Penetrances on a 1/1000 grid (with exact 0 and 1): denormal values would underflow the enumerator, not the engine.
const probability = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000));

const arbitraryCase = fc
  .record({
    size: fc.integer({ min: 1, max: 7 }),
    seeds: fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }),
    xLinked: fc.boolean(),
    penetrance: fc.tuple(probability, probability, probability, probability, probability, probability),
    q: fc.double({ min: 0.001, max: 0.6, noNaN: true }),
    deNovo: fc.tuple(fc.constantFrom(0, 0.01, 0.2), fc.constantFrom(0, 0.05)),
    ratio: fc.tuple(fc.constantFrom(0.5, 0.7), fc.constantFrom(0.5, 0.59)),
    nonViable: fc.boolean(),
  })
  .map((c) => {
    let k = 0;
    const next = () => c.seeds[k++ % c.seeds.length]!;
    const persons: PersonSpec[] = [];
    const unions: UnionSpec[] = [];
    for (let i = 0; i < c.size; i++) {
      const p: PersonSpec = { id: `p${i}`, sex: next() % 2 ? 'M' : 'F' };
      const s = next() % 4;
      if (s === 1) p.status = 'affected';
      if (s === 2) p.status = 'unaffected';
      if (s === 3 && next() % 2) p.genotype = ['d/?', '?/d', '+/+', 'd/+', '+/d'][next() % 5]!;
      const men = persons.filter((x) => x.sex === 'M');
      const women = persons.filter((x) => x.sex === 'F');
      const r = next() % 3;
      if (r === 1 && men.length && women.length) {
        const f = men[next() % men.length]!.id;
        const m = women[next() % women.length]!.id;
        const u = unions.find(([a, b]) => a === f && b === m);
        if (u) u[2].push(p.id);
        else unions.push([f, m, [p.id]]);
      } else if (r === 2 && persons.length && persons.filter((x) => x.singleParent).length < 2) {
        // At most two implied parents, so the enumeration stays at ≤ 9 people.
        p.singleParent = persons[next() % persons.length]!.id;
      }
      persons.push(p);
    }
    const [a, b, cc, d, m0, m1] = c.penetrance;
    const cond = condition({
      penetrance: { '+/+': a, '+/d': b, 'd/+': cc, 'd/d': d },
      chromosome: c.xLinked ? 'X' : 'autosomal',
      malePenetrance: { '+': m0, d: m1 },
      q: c.q,
      deNovo: { paternal: c.deNovo[0], maternal: c.deNovo[1] },
      transmissionRatio: { paternal: c.ratio[0], maternal: c.ratio[1] },
      nonViable: c.nonViable ? ['d/d'] : [],
    });
    const men = persons.filter((x) => x.sex === 'M');
    const women = persons.filter((x) => x.sex === 'F');
    const nextChildren = men.length && women.length ? [{ father: men[0]!.id, mother: women[women.length - 1]!.id, sex: next() % 2 ? ('M' as const) : ('F' as const) }] : [];
    return { doc: pedigree(persons, unions), cond, nextChildren };
  });

describe('random pedigrees', () => {
  it('agree with brute-force enumeration to 1e-9 relative', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ doc, cond, nextChildren }) => {
        expectAgreement(doc, cond, nextChildren);
      }),
      { numRuns: 200, seed: 20261125 },
    );
  }, 60_000);
});
