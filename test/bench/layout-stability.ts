// Stability of the layout under "add a child" edits (BENCHMARKS.md "Layout", issue 4).
// Run: npx tsx test/bench/layout-stability.ts [edits per pedigree, default 60] [sizes, default 50,500,1558,3600]
// For each pedigree, adds one child to each of up to EDITS unions picked by a seeded
// generator (always the same ones) and prints the median, 90th percentile and maximum of
// the people moved, by the absolute measure (peopleMoved) and the local one
// (peopleMovedLocally), plus the CPU time of one layout.
import type { PedigreeDocument } from '../../src/engine/document/types.ts';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { peopleMoved, peopleMovedLocally } from '../../src/layout/metrics.ts';
import { child, woman } from '../fixtures/documents.ts';
import { syntheticPedigree } from '../fixtures/synthetic.ts';
import * as F from '../layout/fixtures/pedigrees.ts';

const EDITS = Number(process.argv[2] ?? 60);

function addChild(d: PedigreeDocument, unionId: string): PedigreeDocument {
  return { ...d, persons: [...d.persons, child(woman('added'), unionId)] };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function cpuMs(d: PedigreeDocument): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = process.cpuUsage();
    layoutPedigree(d);
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

const cases: [string, PedigreeDocument][] = [
  ['five generations', F.fiveGenerations('paternal')],
  ['blended family', F.blendedFamily()],
  ['double first cousins', F.doubleFirstCousins()],
];
const SIZES = (process.argv[3] ?? '50,500,1558,3600').split(',').map(Number);
for (const people of SIZES) {
  for (const rate of [0, 0.15]) cases.push([`${people}${rate ? ' 15%' : ''}`, syntheticPedigree({ people, cousinUnionRate: rate })]);
}

let seed = 12345;
const next = () => (seed = (seed * 16807) % 2147483647);
for (const [name, d] of cases) {
  const before = layoutPedigree(d);
  const unions = d.unions.length <= EDITS ? d.unions : Array.from({ length: EDITS }, () => d.unions[next() % d.unions.length]!);
  const abs: number[] = [];
  const loc: number[] = [];
  for (const u of unions) {
    const after = layoutPedigree(addChild(d, u.id));
    abs.push(peopleMoved(before, after));
    loc.push(peopleMovedLocally(d, before, after));
  }
  abs.sort((a, b) => a - b);
  loc.sort((a, b) => a - b);
  const fmt = (xs: number[]) => `${quantile(xs, 0.5)} / ${quantile(xs, 0.9)} / ${xs[xs.length - 1]}`;
  console.log(`${name.padEnd(22)} n=${String(d.persons.length).padStart(5)} edits=${unions.length}  absolute ${fmt(abs).padEnd(20)} local ${fmt(loc).padEnd(16)} cpu ${cpuMs(d).toFixed(1)} ms`);
}
