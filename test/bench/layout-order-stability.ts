// Order stability of the layout under "add a child" edits, and the quality measures of the
// unedited layouts (BENCHMARKS.md "Layout", issue 4).
// Run: npx tsx test/bench/layout-order-stability.ts [edits per pedigree, default 60] [sizes, default 500,1558,3600]
// For each pedigree, adds one child to each of up to EDITS unions (the same seeded picks as
// layout-stability.ts) and counts the edits after which some row shows the people who were
// already there in another left-to-right order, and the people whose place among the
// others of their row changed (median / p90 / max over the edits). Quality: crossings,
// partners adjacent, mean child offset and width of the unedited layout.
import type { PedigreeDocument } from '../../src/engine/document/types.ts';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { crossingCount, layoutWidth, meanChildOffset, partnersAdjacent } from '../../src/layout/metrics.ts';
import type { PedigreeLayout } from '../../src/layout/types.ts';
import { child, woman } from '../fixtures/documents.ts';
import { syntheticPedigree } from '../fixtures/synthetic.ts';

const EDITS = Number(process.argv[2] ?? 60);
const SIZES = (process.argv[3] ?? '500,1558,3600').split(',').map(Number);

function addChild(d: PedigreeDocument, unionId: string): PedigreeDocument {
  return { ...d, persons: [...d.persons, child(woman('added'), unionId)] };
}

/** Each person's rank among the given people of their row, left to right. */
function ranks(layout: PedigreeLayout, ids: string[]): Map<string, string> {
  const rows = new Map<number, string[]>();
  for (const id of ids) {
    const p = layout.people[id]!;
    const row = rows.get(p.generation);
    if (row) row.push(id);
    else rows.set(p.generation, [id]);
  }
  const out = new Map<string, string>();
  for (const [r, row] of rows) {
    row.sort((a, b) => layout.people[a]!.x - layout.people[b]!.x);
    row.forEach((id, i) => out.set(id, `${r}:${i}`));
  }
  return out;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

let seed = 12345;
const next = () => (seed = (seed * 16807) % 2147483647);
for (const people of SIZES) {
  for (const rate of [0, 0.15]) {
    const d = syntheticPedigree({ people, cousinUnionRate: rate });
    const before = layoutPedigree(d);
    const ids = d.persons.map((p) => p.id);
    const rankBefore = ranks(before, ids);
    const unions = d.unions.length <= EDITS ? d.unions : Array.from({ length: EDITS }, () => d.unions[next() % d.unions.length]!);
    let changed = 0;
    const moved: number[] = [];
    for (const u of unions) {
      const rankAfter = ranks(layoutPedigree(addChild(d, u.id)), ids);
      let m = 0;
      for (const id of ids) if (rankAfter.get(id) !== rankBefore.get(id)) m++;
      // Ranks count only the people already there, so the added child itself shifts nothing.
      moved.push(m);
      if (m > 0) changed++;
    }
    moved.sort((a, b) => a - b);
    const name = `${people}${rate ? ' 15%' : ''}`;
    console.log(
      `${name.padEnd(10)} edits=${unions.length} reordered ${changed} · people re-ranked ${quantile(moved, 0.5)} / ${quantile(moved, 0.9)} / ${moved[moved.length - 1]}` +
        ` | crossings ${crossingCount(d, before)} adjacent ${(100 * partnersAdjacent(d, before)).toFixed(1)}% offset ${meanChildOffset(d, before).toFixed(1)} width ${Math.round(layoutWidth(before))}`,
    );
  }
}
