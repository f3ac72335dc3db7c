// Reorders one row while keeping the pedigree's blocks intact (NOMENCLATURE "Layout
// guarantees" 2-4): a sibship group (nodes hanging from one anchor) stays contiguous and in
// birth order, a founder who married in sits beside their partner, twins stay together, and
// groups joined by a marriage across them are placed side by side with the two partners on
// the facing ends. Units (groups and free founder clusters) are ordered by a key; units
// joined by marriages form blocks walked as a path, so the partners end up adjacent.
import type { Edge, RowPlan, RowState, UnitKey } from './rowPlan.ts';

/**
 * Side of a host's first married-in partner: outward at the ends of a sibship (siblings stay
 * together under their line), otherwise L1 — right of a man, left of a woman. A union's
 * swapSides hint flips it.
 */
function preferredSide(s: RowState, host: number, union: number, outward: number): number {
  const gender = s.g.persons[host]!.gender;
  const side = outward !== 0 ? outward : gender === 'woman' ? -1 : 1;
  return s.g.unions[union]!.swapSides ? -side : side;
}

/** The host with its same-unit free partners around it, partners of partners further out. */
function chainAround(s: RowState, host: number, adj: Map<number, Edge[]>, take: (y: number) => boolean, outward = 0, forced = false): number[] {
  const left: number[] = [];
  const right: number[] = [];
  const emitted = new Set<number>([host]);
  const grow = (x: number, side: number) => {
    for (const e of adj.get(x) ?? []) {
      const y = e.a === x ? e.b : e.a;
      if (emitted.has(y) || !take(y)) continue;
      emitted.add(y);
      (side < 0 ? left : right).push(y);
      grow(y, side);
    }
  };
  let side = 0;
  for (const e of adj.get(host) ?? []) {
    const y = e.a === host ? e.b : e.a;
    if (emitted.has(y) || !take(y)) continue;
    // Partners alternate around the host, unless they must all go outward (beside a twin).
    side = side === 0 ? preferredSide(s, host, e.union, outward) : forced ? side : -side;
    emitted.add(y);
    (side < 0 ? left : right).push(y);
    grow(y, side);
  }
  return [...left.reverse(), host, ...right];
}

/** New left-to-right order of a row, given a key per unit (lower = further left). */
export function orderRow(s: RowState, plan: RowPlan, unitKey: UnitKey, parentKey: (members: number[]) => number | undefined): number[] {
  const { unitMembers, unitIsGroup } = plan;
  const keys = unitMembers.map((m, u) => unitKey(m, unitIsGroup[u]!));
  const firstPos = unitMembers.map((m) => {
    let min = Infinity;
    for (const x of m) min = Math.min(min, s.pos[x]!);
    return min;
  });
  const byKey = (a: number, b: number) => keys[a]! - keys[b]! || firstPos[a]! - firstPos[b]!;
  const blockList = plan.blocks.map((units) => {
    let key = 0;
    let first = Infinity;
    for (const u of units) {
      key += keys[u]!;
      first = Math.min(first, firstPos[u]!);
    }
    let walk = walkBlock(units, plan.unitAdj, byKey);
    // A block's sibships follow their parents' order whatever the sweep's direction.
    const head = parentKey(unitMembers[walk[0]!]!);
    const tail = parentKey(unitMembers[walk[walk.length - 1]!]!);
    if (head !== undefined && tail !== undefined && head > tail) walk = walk.reverse();
    // swapSides on a union of two partners who both have parents here flips their families.
    if (walk.length === 2 && plan.swapped.has(walk[0]!) && plan.swapped.has(walk[1]!)) walk = walk.reverse();
    return { units: walk, key: key / units.length, first };
  });
  blockList.sort((a, b) => a.key - b.key || a.first - b.first);
  const order: number[] = [];
  const indexInBlock = new Map<number, number>();
  const placedAt = new Map<number, number>();
  for (const b of blockList) {
    b.units.forEach((u, i) => indexInBlock.set(u, i));
    for (const u of b.units) {
      for (const x of expandUnit(s, plan, u, indexInBlock, placedAt)) {
        placedAt.set(x, order.length);
        order.push(x);
      }
    }
  }
  return order;
}

/** Units of a block in path order: start at an end (fewest links, lowest key), nearest keys first. */
function walkBlock(units: number[], unitAdj: number[][], byKey: (a: number, b: number) => number): number[] {
  if (units.length === 1) return units;
  const start = [...units].sort((a, b) => Math.min(unitAdj[a]!.length, 2) - Math.min(unitAdj[b]!.length, 2) || byKey(a, b))[0]!;
  const out: number[] = [];
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    out.push(u);
    const next = [...new Set(unitAdj[u]!)].filter((v) => !seen.has(v)).sort(byKey);
    for (let k = next.length - 1; k >= 0; k--) stack.push(next[k]!);
  }
  return out;
}

function expandUnit(s: RowState, plan: RowPlan, u: number, indexInBlock: Map<number, number>, placedAt: Map<number, number>): number[] {
  const { adj, unitOf, hostOf } = plan;
  const me = indexInBlock.get(u)!;
  // Which way a person is pulled by partners in other units of the same block.
  const pull = (x: number) => {
    let p = 0;
    for (const e of adj.get(x) ?? []) {
      const y = e.a === x ? e.b : e.a;
      const other = indexInBlock.get(unitOf.get(y)!);
      if (other !== undefined && other !== me) p += Math.sign(other - me);
    }
    return p;
  };
  if (!plan.unitIsGroup[u]) {
    const members = plan.unitMembers[u]!;
    const root = [...members].sort((a, b) => (adj.get(b)?.length ?? 0) - (adj.get(a)?.length ?? 0) || a - b)[0]!;
    const chain = chainAround(s, root, adj, (y) => unitOf.get(y) === u);
    // Partners pulled right belong on the right end of the chain.
    const mid = (chain.length - 1) / 2;
    const score = chain.reduce((t, x, i) => t + (i - mid) * pull(x), 0);
    return score < 0 ? chain.reverse() : chain;
  }
  let items = plan.unitItems[u]!;
  if (!plan.unitPinned[u] && items.length > 1) {
    const weight = items.map((item) => Math.sign(item.reduce((t, x) => t + pull(x), 0)));
    if (weight.some((w) => w !== 0)) {
      // Members pulled left mirror their partners already placed on the left: the one whose
      // partner stands rightmost goes first, so nested marriages do not cross.
      const partnerAt = (item: number[]) => {
        let at = -1;
        for (const x of item) for (const e of adj.get(x) ?? []) at = Math.max(at, placedAt.get(e.a === x ? e.b : e.a) ?? -1);
        return at;
      };
      items = items
        .map((item, i) => ({ item, w: weight[i]!, i, at: weight[i]! < 0 ? partnerAt(item) : 0 }))
        .sort((a, b) => a.w - b.w || b.at - a.at || a.i - b.i)
        .map((o) => o.item);
    }
  }
  const out: number[] = [];
  items.forEach((item, i) => {
    for (let j = 0; j < item.length; j++) {
      const x = item[j]!;
      if (!adj.has(x)) {
        out.push(x);
        continue;
      }
      const p = pull(x);
      // Spouses go outward: at the ends of the sibship, and on the outer side of twins.
      const twinSide = item.length < 2 ? 0 : j === 0 ? -1 : j === item.length - 1 ? 1 : 0;
      const end = twinSide !== 0 ? twinSide : items.length < 2 ? 0 : i === 0 ? -1 : i === items.length - 1 ? 1 : 0;
      out.push(...chainAround(s, x, adj, (y) => hostOf.get(y) === x, p !== 0 ? -Math.sign(p) : end, twinSide !== 0));
    }
  });
  return out;
}
