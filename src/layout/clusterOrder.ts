// The contour placement (contourPlacement.ts) moves whole clusters — a person with everything
// hanging below them — as rigid pieces side by side. That is only possible when, on every row,
// each cluster's nodes form one contiguous run and all clusters appear in one left-to-right
// order on every row they share. A partner drawn apart from their spouse, or a crossing left
// by the ordering, breaks that; the clusters involved are then joined into one group, which
// the caller lays out as one block under its parents. Linear in the nodes of the rows checked,
// per pass.

/** `compOf(node)` is the current cluster of a node; `join(a, b)` merges two and returns the root. */
export interface ClusterSets {
  compOf: (node: number) => number;
  join: (a: number, b: number) => number;
}

/** Joins clusters that interleave on a row; true if anything was joined. */
function joinInterleaved(rows: number[][], from: number, s: ClusterSets): boolean {
  let changed = false;
  for (let j = from; j < rows.length; j++) {
    const stack: number[] = [];
    const at = new Map<number, number>();
    for (const node of rows[j]!) {
      let c = s.compOf(node);
      if (stack[stack.length - 1] === c) continue;
      const i = at.get(c);
      if (i === undefined) {
        at.set(c, stack.length);
        stack.push(c);
        continue;
      }
      // c reappears after others: everything since its first run is enclosed, join it in.
      at.delete(c);
      while (stack.length - 1 > i) {
        const d = stack.pop()!;
        at.delete(d);
        c = s.join(c, d);
      }
      stack[i] = c;
      at.set(c, i);
      changed = true;
    }
  }
  return changed;
}

/** Edges "a is left of b" between neighbouring runs, and every cluster in order of first sight. */
function leftOf(rows: number[][], from: number, s: ClusterSets): { nodes: number[]; edges: Map<number, number[]> } {
  const nodes: number[] = [];
  const edges = new Map<number, number[]>();
  for (let j = from; j < rows.length; j++) {
    let prev = -1;
    for (const node of rows[j]!) {
      const c = s.compOf(node);
      if (c === prev) continue;
      if (!edges.has(c)) {
        edges.set(c, []);
        nodes.push(c);
      }
      if (prev >= 0) edges.get(prev)!.push(c);
      prev = c;
    }
  }
  return { nodes, edges };
}

/**
 * Strongly connected components (Tarjan 1972, iterative), emitted sinks first; so the
 * reverse is a left-to-right order when every component is a single cluster.
 */
function stronglyConnected(nodes: number[], edges: Map<number, number[]>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: number[][] = [];
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: [number, number][] = [[start, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, k] = top;
      if (k === 0) {
        index.set(v, index.size);
        low.set(v, index.get(v)!);
        stack.push(v);
        onStack.add(v);
      }
      const next = edges.get(v)!;
      if (k < next.length) {
        top[1] = k + 1;
        const w = next[k]!;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        const scc: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        out.push(scc);
      }
    }
  }
  return out;
}

/**
 * Joins clusters until each is one run per row and all share one order; returns the
 * clusters (roots) left to right.
 */
export function untangle(rows: number[][], from: number, s: ClusterSets): number[] {
  for (;;) {
    if (joinInterleaved(rows, from, s)) continue;
    const { nodes, edges } = leftOf(rows, from, s);
    const sccs = stronglyConnected(nodes, edges);
    let joined = false;
    for (const scc of sccs) {
      if (scc.length < 2) continue;
      scc.reduce((a, b) => s.join(a, b));
      joined = true;
    }
    if (!joined) return sccs.map((scc) => scc[0]!).reverse();
  }
}
