// Layout time by pedigree size (BENCHMARKS.md "Layout").
// Run: npx vitest bench --run test/bench/layout.bench.ts
// Seeded synthetic single families (test/fixtures/synthetic.ts), loop-free and with 15% of
// unions between first cousins. 1,558 and 3,600 match pedigreejs's reference sizes.
import { bench, describe } from 'vitest';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { syntheticPedigree } from '../fixtures/synthetic.ts';

const SIZES = [50, 500, 1558, 3600, 10000];
const options = { iterations: 5, time: 0, warmupIterations: 2 };

for (const cousinUnionRate of [0, 0.15]) {
  describe(cousinUnionRate === 0 ? 'layoutPedigree, loop-free' : 'layoutPedigree, 15% cousin unions', () => {
    for (const people of SIZES) {
      const doc = syntheticPedigree({ people, cousinUnionRate });
      bench(`${people} people`, () => void layoutPedigree(doc), options);
    }
  });
}
