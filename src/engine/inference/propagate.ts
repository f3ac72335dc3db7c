// Two-pass (Hugin) propagation on the junction tree with scaled tables.
// Collect: each clique multiplies its family factors and its children's messages, sends the
// marginal on its separator to its parent, normalised; the logs of the normalisers add up to the
// log-likelihood, so 10,000 people never underflow. Distribute: each clique's belief is its
// collected table times (parent belief marginal ÷ its own upward message), with 0/0 = 0
// (Lauritzen & Spiegelhalter 1988; Jensen, Lauritzen & Olesen 1990).
import type { NetVariable } from './network.ts';
import type { JunctionTree } from './junctionTree.ts';

export interface Calibration {
  /** Natural log of the likelihood; −Infinity when the data are impossible. */
  logLikelihood: number;
  /** Normalised clique beliefs (only after a full two-pass run of possible data). */
  beliefs: Float64Array[] | null;
}

export interface PropagationControl {
  /** Called now and then with the share of work done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Checked now and then; returning true stops the work with InferenceCancelled. */
  shouldCancel?: () => boolean;
}

export class InferenceCancelled extends Error {
  constructor() {
    super('Inference cancelled');
  }
}

const TINY = 1e-200;
const CHECK_EVERY = 1024;

/** The family factor of each variable: P(v | parents) × evidence(v), over [...parents, v]. */
function familyFactor(v: NetVariable): Float64Array {
  const out = new Float64Array(v.cpt.length);
  const card = v.card;
  for (let k = 0; k < out.length; k++) out[k] = v.cpt[k]! * v.evidence[k % card]!;
  return out;
}

export function calibrate(vars: readonly NetVariable[], tree: JunctionTree, distribute: boolean, control: PropagationControl = {}): Calibration {
  const cliques = tree.cliques;
  const n = cliques.length;
  const tables = cliques.map((c) => new Float64Array(c.size).fill(1));
  const up: Float64Array[] = new Array<Float64Array>(n);
  let logL = 0;
  const tick = (done: number, phase: number) => {
    if (done % CHECK_EVERY !== 0) return;
    if (control.shouldCancel?.()) throw new InferenceCancelled();
    control.onProgress?.((phase + done / n) / (distribute ? 2 : 1));
  };

  for (let i = 0; i < n; i++) {
    const c = cliques[i]!;
    const t = tables[i]!;
    for (const f of c.factors) {
      const table = familyFactor(vars[f.variable]!);
      const map = f.map;
      for (let k = 0; k < t.length; k++) t[k] = t[k]! * table[map[k]!]!;
    }
  }

  for (let i = 0; i < n; i++) {
    tick(i, 0);
    const c = cliques[i]!;
    const t = tables[i]!;
    if (c.parent < 0) {
      let s = 0;
      for (let k = 0; k < t.length; k++) s += t[k]!;
      if (!(s > 0)) return { logLikelihood: -Infinity, beliefs: null };
      logL += Math.log(s);
      continue;
    }
    const msg = new Float64Array(c.sepSize);
    const toSep = c.toSep;
    for (let k = 0; k < t.length; k++) msg[toSep[k]!] = msg[toSep[k]!]! + t[k]!;
    let s = 0;
    for (let k = 0; k < msg.length; k++) s += msg[k]!;
    if (!(s > 0)) return { logLikelihood: -Infinity, beliefs: null };
    for (let k = 0; k < msg.length; k++) msg[k] = msg[k]! / s;
    logL += Math.log(s);
    up[i] = msg;
    const pt = tables[c.parent]!;
    const map = c.parentToSep;
    let max = 0;
    for (let k = 0; k < pt.length; k++) {
      const x = pt[k]! * msg[map[k]!]!;
      pt[k] = x;
      if (x > max) max = x;
    }
    // Keep the parent's table away from underflow when many messages meet in it.
    if (max > 0 && max < TINY) {
      for (let k = 0; k < pt.length; k++) pt[k] = pt[k]! / max;
      logL += Math.log(max);
    }
  }
  if (!distribute) return { logLikelihood: logL, beliefs: null };

  for (let i = n - 1; i >= 0; i--) {
    tick(n - 1 - i, 1);
    const c = cliques[i]!;
    const t = tables[i]!;
    if (c.parent >= 0) {
      const pt = tables[c.parent]!;
      const down = new Float64Array(c.sepSize);
      const map = c.parentToSep;
      for (let k = 0; k < pt.length; k++) down[map[k]!] = down[map[k]!]! + pt[k]!;
      const msg = up[i]!;
      for (let k = 0; k < down.length; k++) down[k] = msg[k]! > 0 ? down[k]! / msg[k]! : 0;
      const toSep = c.toSep;
      for (let k = 0; k < t.length; k++) t[k] = t[k]! * down[toSep[k]!]!;
    }
    let s = 0;
    for (let k = 0; k < t.length; k++) s += t[k]!;
    if (s > 0) for (let k = 0; k < t.length; k++) t[k] = t[k]! / s;
  }
  return { logLikelihood: logL, beliefs: tables };
}

/** Posterior of variable v: the marginal of its own clique's belief (v is that clique's first, slowest variable). */
export function variablePosterior(vars: readonly NetVariable[], tree: JunctionTree, beliefs: readonly Float64Array[], v: number): Float64Array {
  const belief = beliefs[tree.cliqueOf[v]!]!;
  const card = vars[v]!.card;
  const block = belief.length / card;
  const out = new Float64Array(card);
  let total = 0;
  for (let s = 0; s < card; s++) {
    let sum = 0;
    for (let k = s * block; k < (s + 1) * block; k++) sum += belief[k]!;
    out[s] = sum;
    total += sum;
  }
  if (total > 0) for (let s = 0; s < card; s++) out[s] = out[s]! / total;
  return out;
}
