// Genetics engine throughput (BENCHMARKS.md "Genetics engine").
// Run: npx vitest bench --run test/bench/genetics.bench.ts
// Allele transmissions per second = hz × the batch size in the bench name.
import { bench, describe } from 'vitest';
import { cross } from '../../src/engine/genetics/cross.ts';
import { encodeAllele, transmitBatch } from '../../src/engine/genetics/fastTransmission.ts';
import { ORDERED_GENOTYPES } from '../../src/engine/genetics/genotype.ts';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';
import { presetById } from '../../src/engine/genetics/presets/index.ts';
import { createRandom } from '../../src/engine/genetics/random.ts';
import { simulateFamily } from '../../src/engine/genetics/simulateFamily.ts';
import { drawChild, drawFounder } from '../../src/engine/genetics/taggedDraw.ts';

const N = 1_000_000;
const parents = new Uint32Array(2 * N);
for (let i = 0; i < N; i++) {
  parents[2 * i] = encodeAllele(i % 3 === 0 ? 'd' : '+', i, 'paternal');
  parents[2 * i + 1] = encodeAllele('+', i, 'maternal');
}
const out = new Uint32Array(N);
const random = createRandom(1);
const mendelian = conditionForMode('AD');
const gnas = presetById('gnas')!;
const gnasWithDeNovo = { ...gnas, deNovo: { paternal: 1e-5, maternal: 1e-5 } };

describe('offspring draws', () => {
  bench('transmitBatch, Mendelian (1,000,000 transmissions)', () => {
    transmitBatch(mendelian, parents, 'male', out, random);
  });
  bench('transmitBatch, GNAS mother ratio 0.59 + de novo (1,000,000 transmissions)', () => {
    transmitBatch(gnasWithDeNovo, parents, 'female', out, random);
  });

  const tagRandom = createRandom(2);
  const father = { id: 'F', genotype: drawFounder(gnas, 'F', 'male', tagRandom, { paternal: 'd', maternal: '+' }) };
  const mother = { id: 'M', genotype: drawFounder(gnas, 'M', 'female', tagRandom, { paternal: '+', maternal: 'd' }) };
  bench('drawChild with founder tags (10,000 children = 20,000 transmissions)', () => {
    for (let i = 0; i < 10_000; i++) drawChild(gnas, { id: 'C', sex: 'female' }, father, mother, tagRandom);
  });
});

describe('growth: batch size (GNAS mother, ratio 0.59 + de novo)', () => {
  for (const size of [10_000, 100_000, 1_000_000]) {
    const slice = out.subarray(0, size);
    bench(`transmitBatch, ${size.toLocaleString('en')} transmissions`, () => {
      transmitBatch(gnasWithDeNovo, parents, 'female', slice, random);
    });
  }
});

describe('exact cross', () => {
  bench('cross: all 16 GNAS parent pairs', () => {
    for (const f of ORDERED_GENOTYPES) for (const m of ORDERED_GENOTYPES) cross(gnas, f, m);
  });
});

describe('simulated family', () => {
  let seed = 0;
  bench('simulateFamily: GNAS, 4 generations (≤ 60 people)', () => {
    simulateFamily(gnas, 4, createRandom(seed++));
  });
  for (const generations of [3, 5, 7]) {
    bench(`simulateFamily: GNAS, ${generations} generations (≤ 500 people)`, () => {
      simulateFamily(gnas, generations, createRandom(seed++), { maxPersons: 500 });
    });
  }
});
