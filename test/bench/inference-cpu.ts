// CPU time of exact inference (BENCHMARKS.md "Inference"), for a machine shared with other
// work where wall-clock `vitest bench` numbers mostly measure waiting for a core.
// Run: npx tsx test/bench/inference-cpu.ts   (prints a markdown table)
import { inferPedigree } from '../../src/engine/inference/infer.ts';
import { compareModes } from '../../src/engine/inference/compareModes.ts';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';
import { inferenceSyntheticPedigree } from '../fixtures/inference-synthetic.ts';

const condition = { ...conditionForMode('PAT', 0.01), id: 'c', penetrance: { '+/+': 0.01, '+/d': 0.05, 'd/+': 0.8, 'd/d': 0.9 } };
const RUNS = 15;

function cpuMs(f: () => void): { best: number; median: number } {
  f(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: times[RUNS >> 1]! };
}

console.log('| pedigree | people (+ implied) | largest clique | table entries | best CPU ms | median CPU ms |');
console.log('|---|---|---|---|---|---|');
for (const [people, cousinLoops] of [[100, 0], [1000, 0], [10000, 0], [200, 5], [200, 20], [1000, 5], [1000, 20]] as const) {
  const doc = inferenceSyntheticPedigree({ people, cousinLoops, seed: 7 });
  const r = inferPedigree(doc, condition);
  if (r.kind !== 'exact') throw new Error(r.kind);
  const t = cpuMs(() => void inferPedigree(doc, condition));
  const name = cousinLoops ? `${cousinLoops} cousin loops` : 'loopless';
  console.log(`| ${name} | ${people.toLocaleString('en-US')} | ${r.largestClique} | ${r.cost.toLocaleString('en-US')} | ${t.best.toFixed(1)} | ${t.median.toFixed(1)} |`);
}
const loops = inferenceSyntheticPedigree({ people: 1000, cousinLoops: 20, seed: 7 });
const c = cpuMs(() => void compareModes(loops, 'c'));
console.log(`| compareModes (6 likelihoods), 20 cousin loops | 1,000 | | | ${c.best.toFixed(1)} | ${c.median.toFixed(1)} |`);
