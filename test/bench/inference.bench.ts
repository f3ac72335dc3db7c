// Exact inference throughput (BENCHMARKS.md "Inference"): posteriors for every person of
// seeded synthetic pedigrees (test/fixtures/inference-synthetic.ts), loopless and with first-
// cousin loops. Run: npx vitest bench --run test/bench/inference.bench.ts
// Targets (issue 6): 10,000 loopless people < 100 ms; 1,000 people with 20 loops < 500 ms.
import { bench, describe } from 'vitest';
import { inferPedigree } from '../../src/engine/inference/infer.ts';
import { compareModes } from '../../src/engine/inference/compareModes.ts';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';
import { inferenceSyntheticPedigree } from '../fixtures/inference-synthetic.ts';

// Paternal expression with reduced penetrance and phenocopies: every genotype stays possible.
const condition = { ...conditionForMode('PAT', 0.01), id: 'c', penetrance: { '+/+': 0.01, '+/d': 0.05, 'd/+': 0.8, 'd/d': 0.9 } };

const cases: [string, number, number][] = [
  ['loopless, 100 people', 100, 0],
  ['loopless, 1,000 people', 1000, 0],
  ['loopless, 10,000 people', 10000, 0],
  ['200 people, 5 cousin loops', 200, 5],
  ['200 people, 20 cousin loops', 200, 20],
  ['1,000 people, 5 cousin loops', 1000, 5],
  ['1,000 people, 20 cousin loops', 1000, 20],
];

describe('exact posteriors for every person', () => {
  for (const [name, people, cousinLoops] of cases) {
    const doc = inferenceSyntheticPedigree({ people, cousinLoops, seed: 7 });
    bench(name, () => {
      const r = inferPedigree(doc, condition);
      if (r.kind !== 'exact') throw new Error(r.kind);
    });
  }
});

describe('mode comparison (six likelihoods)', () => {
  const doc = inferenceSyntheticPedigree({ people: 1000, cousinLoops: 20, seed: 7 });
  bench('1,000 people, 20 cousin loops', () => void compareModes(doc, 'c'));
});
