// Transpositions after the sweep (the "transpose" step of Gansner et al. 1993, dot): swap
// two neighbouring blocks of a row when that removes crossings. Only pairs of lines with one
// end in each block change, so the gain is counted from those pairs alone: lines up to the
// row above and lines down to the row below. Blocks stay whole, so every pedigree rule of
// rowBlocks.ts still holds; each accepted swap strictly lowers the crossing count.
import { anchorPosition2 } from './crossings.ts';
import type { RowPlan, RowState } from './rowPlan.ts';

const MAX_PASSES = 4;
/** Skip pairs whose line pairs are too many to count quickly (keeps the step near-linear). */
const MAX_PAIR_WORK = 20_000;

interface Run {
  nodes: number[];
  up: number[];
  down: number[];
}

function runsOf(s: RowState, plan: RowPlan, row: number[]): Run[] {
  const blockOfUnit = new Map<number, number>();
  plan.blocks.forEach((units, b) => units.forEach((u) => blockOfUnit.set(u, b)));
  const runs: Run[] = [];
  let current = -1;
  for (const x of row) {
    const b = blockOfUnit.get(plan.unitOf.get(x)!)!;
    if (b !== current || runs.length === 0) runs.push({ nodes: [], up: [], down: [] });
    current = b;
    runs[runs.length - 1]!.nodes.push(x);
  }
  return runs;
}

function measure(s: RowState, run: Run): void {
  run.up = [];
  run.down = [];
  for (const x of run.nodes) {
    if (s.l.anchorFamily[x]! >= 0 || s.l.anchorNode[x]! >= 0) run.up.push(anchorPosition2(s.g, s.l, s.pos, x));
    for (const c of s.l.below[x]!) run.down.push(s.pos[c]!);
  }
}

/** Crossings between lines of a (left block) and b (right block), as they are and if swapped. */
function pairCrossings(a: number[], b: number[]): [number, number] {
  let now = 0;
  let swapped = 0;
  for (const p of a) {
    for (const q of b) {
      if (p > q) now++;
      else if (p < q) swapped++;
    }
  }
  return [now, swapped];
}

/** Swaps neighbouring blocks of row r while that lowers crossings; returns the crossings removed. */
export function transposeRow(s: RowState, plan: RowPlan, r: number): number {
  const runs = runsOf(s, plan, s.rows[r - s.top]!);
  let removed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    runs.forEach((run) => measure(s, run));
    for (let i = 0; i + 1 < runs.length; i++) {
      const a = runs[i]!;
      const b = runs[i + 1]!;
      if (a.up.length * b.up.length + a.down.length * b.down.length > MAX_PAIR_WORK) continue;
      const [upNow, upSwapped] = pairCrossings(a.up, b.up);
      const [downNow, downSwapped] = pairCrossings(a.down, b.down);
      if (upSwapped + downSwapped >= upNow + downNow) continue;
      removed += upNow + downNow - upSwapped - downSwapped;
      runs[i] = b;
      runs[i + 1] = a;
      improved = true;
    }
    if (!improved) break;
  }
  const order = runs.flatMap((run) => run.nodes);
  s.rows[r - s.top] = order;
  order.forEach((x, i) => (s.pos[x] = i));
  return removed;
}
