// Reference implementation for tests: the pedigree likelihood and marginals by enumerating
// every joint assignment of ordered genotypes (DOMAIN.md §6, first bullet), written
// independently of src/engine/inference (no shared code beyond the document/condition types).
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import type { PedigreeDocument, Person } from '../../../src/engine/document/types.ts';

interface Node {
  id: string;
  male: boolean;
  father: number | null;
  mother: number | null;
  person: Person | null;
}

export interface BruteForceResult {
  likelihood: number;
  /** Marginal over genotype labels ('+/+' … or '+', 'd') per person id (and 'next:i' for next children). */
  marginals: Record<string, Record<string, number>>;
}

/** Genotype as [paternal allele, maternal allele] with 1 = d; X males have paternal = -1. */
type G = [number, number];

export function bruteForce(doc: PedigreeDocument, cond: Condition, nextChildren: { father: string; mother: string; sex: 'M' | 'F' }[] = []): BruteForceResult {
  const x = cond.chromosome === 'X';
  const nodes: Node[] = [];
  const index = new Map<string, number>();
  const isMale = (p: Person) => p.gender === 'man';
  for (const p of doc.persons) {
    index.set(p.id, nodes.length);
    nodes.push({ id: p.id, male: isMale(p), father: null, mother: null, person: p });
  }
  for (const p of doc.persons) {
    const n = nodes[index.get(p.id)!]!;
    if (p.parentUnion) {
      const u = doc.unions.find((u) => u.id === p.parentUnion)!;
      for (const id of u.partners) {
        const parent = index.get(id)!;
        if (nodes[parent]!.male) n.father = parent;
        else n.mother = parent;
      }
    } else if (p.singleParent) {
      const parent = index.get(p.singleParent)!;
      const hiddenMale = !nodes[parent]!.male;
      nodes.push({ id: `hidden-parent-of-${p.id}`, male: hiddenMale, father: null, mother: null, person: null });
      if (hiddenMale) {
        n.father = nodes.length - 1;
        n.mother = parent;
      } else {
        n.mother = nodes.length - 1;
        n.father = parent;
      }
    }
  }
  nextChildren.forEach((nc, i) => {
    nodes.push({ id: `next:${i}`, male: nc.sex === 'M', father: index.get(nc.father)!, mother: index.get(nc.mother)!, person: null });
  });

  const options = (node: Node): G[] =>
    x && node.male ? [[-1, 0], [-1, 1]] : [[0, 0], [0, 1], [1, 0], [1, 1]];
  const label = (node: Node, g: G) => (x && node.male ? (g[1] ? 'd' : '+') : `${g[0] ? 'd' : '+'}/${g[1] ? 'd' : '+'}`);
  const pen = (node: Node, g: G) => (x && node.male ? cond.malePenetrance![g[1] ? 'd' : '+'] : cond.penetrance[label(node, g) as '+/+']);
  const F = (age: number | undefined) => {
    const pts = cond.ageOfOnset?.points;
    if (!pts || age === undefined) return 1;
    if (age < pts[0]!.age) return 0;
    for (let i = 1; i < pts.length; i++) {
      if (age <= pts[i]!.age) return pts[i - 1]!.fraction + ((age - pts[i - 1]!.age) / (pts[i]!.age - pts[i - 1]!.age)) * (pts[i]!.fraction - pts[i - 1]!.fraction);
    }
    return pts[pts.length - 1]!.fraction;
  };
  // P(gamete carries d) for a parent genotype.
  const gameteD = (parent: Node, g: G, fromFather: boolean) => {
    const mu = fromFather ? cond.deNovo.paternal : cond.deNovo.maternal;
    const tr = fromFather ? cond.transmissionRatio.paternal : cond.transmissionRatio.maternal;
    if (x && parent.male) return g[1] ? 1 : mu;
    const n = g[0] + g[1];
    return n === 2 ? 1 : n === 0 ? mu : tr + (1 - tr) * mu;
  };
  const q = cond.q;
  // The factor of one person given their parents' genotypes: prior or transmission, then evidence.
  const localWeight = (node: Node, g: G, assign: G[]): number => {
    let w = 1;
    if (node.father === null && node.mother === null) {
      w *= x && node.male ? (g[1] ? q : 1 - q) : (g[0] ? q : 1 - q) * (g[1] ? q : 1 - q);
    } else {
      const m = gameteD(nodes[node.mother!]!, assign[node.mother!]!, false);
      w *= g[1] ? m : 1 - m;
      if (!(x && node.male)) {
        const f = gameteD(nodes[node.father!]!, assign[node.father!]!, true);
        w *= g[0] ? f : 1 - f;
      }
    }
    const liveborn = !node.id.startsWith('next:');
    if (liveborn && (cond.nonViable ?? []).includes(label(node, g) as '+/+')) w = 0;
    const p = node.person;
    if (!p) return w;
    const obs = p.observations[cond.id];
    if (obs?.status === 'affected') w *= pen(node, g);
    if (obs?.status === 'unaffected') w *= 1 - pen(node, g) * F(obs.age ?? p.age);
    const known = p.genotypes?.[cond.id];
    if (known) {
      if (!(x && node.male) && known.paternal !== '?' && (known.paternal === 'd' ? 1 : 0) !== g[0]) w = 0;
      if (known.maternal !== '?' && (known.maternal === 'd' ? 1 : 0) !== g[1]) w = 0;
    }
    return w;
  };
  // Enumerate parents before children so the weight builds up along the way.
  const order: number[] = [];
  const placed = new Set<number>();
  while (order.length < nodes.length) {
    nodes.forEach((n, i) => {
      if (placed.has(i)) return;
      if ((n.father === null || placed.has(n.father)) && (n.mother === null || placed.has(n.mother))) {
        placed.add(i);
        order.push(i);
      }
    });
  }

  const marg: Record<string, Record<string, number>> = {};
  nodes.forEach((n) => (marg[n.id] = Object.fromEntries(options(n).map((g) => [label(n, g), 0]))));
  let total = 0;
  const assign: G[] = new Array(nodes.length);
  const rec = (depth: number, w: number) => {
    if (depth === order.length) {
      total += w;
      nodes.forEach((n, j) => (marg[n.id]![label(n, assign[j]!)]! += w));
      return;
    }
    const i = order[depth]!;
    for (const g of options(nodes[i]!)) {
      assign[i] = g;
      const wi = w * localWeight(nodes[i]!, g, assign);
      if (wi > 0) rec(depth + 1, wi);
    }
  };
  rec(0, 1);
  for (const id of Object.keys(marg)) for (const k of Object.keys(marg[id]!)) marg[id]![k]! /= total || 1;
  // Next children are reported among the liveborn.
  nextChildren.forEach((_, i) => {
    const m = marg[`next:${i}`]!;
    for (const g of cond.nonViable ?? []) if (g in m) m[g] = 0;
    const s = Object.values(m).reduce((a, b) => a + b, 0);
    for (const k of Object.keys(m)) m[k]! /= s || 1;
  });
  return { likelihood: total, marginals: marg };
}
