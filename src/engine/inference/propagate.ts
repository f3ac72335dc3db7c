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
  /** Normalised clique beliefs (only after a full two-pass run of possible data); valid until the next calibrate call. */
  beliefs: Beliefs | null;
}

/** All clique tables in one buffer (few allocations: 10,000 people stay fast): clique c at offset[c]. */
export interface Beliefs {
  buffer: Float64Array;
  offset: Int32Array;
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

// Clique and message tables are reused between calls: allocating megabytes of typed arrays per
// call made the garbage collector the largest cost on 10,000-person pedigrees. A result's
// beliefs are therefore valid only until the next calibrate call.
const pool: Float64Array[] = [new Float64Array(0), new Float64Array(0)];
function pooled(slot: number, size: number): Float64Array {
  if (pool[slot]!.length < size) pool[slot] = new Float64Array(Math.ceil(size * 1.25));
  return pool[slot]!.subarray(0, size);
}
const CHECK_EVERY = 1024;

export function calibrate(vars: readonly NetVariable[], evidence: Float64Array, tree: JunctionTree, distribute: boolean, control: PropagationControl = {}): Calibration {
  const cliques = tree.cliques;
  const n = cliques.length;
  const offset = new Int32Array(n + 1);
  const sepOffset = new Int32Array(n + 1);
  let maxSep = 1;
  for (let i = 0; i < n; i++) {
    offset[i + 1] = offset[i]! + cliques[i]!.size;
    sepOffset[i + 1] = sepOffset[i]! + cliques[i]!.sepSize;
    maxSep = Math.max(maxSep, cliques[i]!.sepSize);
  }
  const buf = pooled(0, offset[n]!).fill(1);
  const up = pooled(1, sepOffset[n]!).fill(0);
  const scratch = new Float64Array(maxSep);
  let logL = 0;
  const tick = (done: number, phase: number) => {
    if (done % CHECK_EVERY !== 0) return;
    if (control.shouldCancel?.()) throw new InferenceCancelled();
    control.onProgress?.((phase + done / n) / (distribute ? 2 : 1));
  };

  // Family factors P(v | parents)·evidence(v); v is the factor's fastest variable.
  for (let i = 0; i < n; i++) {
    const c = cliques[i]!;
    const o = offset[i]!;
    for (const f of c.factors) {
      const v = vars[f.variable]!;
      const cpt = v.cpt;
      const at = 4 * f.variable;
      const card = v.card;
      const map = f.map;
      for (let k = 0; k < c.size; k++) {
        const j = map[k]!;
        buf[o + k] = buf[o + k]! * cpt[j]! * evidence[at + (j % card)]!;
      }
    }
  }

  for (let i = 0; i < n; i++) {
    tick(i, 0);
    const c = cliques[i]!;
    const o = offset[i]!;
    if (c.parent < 0) {
      let s = 0;
      for (let k = 0; k < c.size; k++) s += buf[o + k]!;
      if (!(s > 0)) return { logLikelihood: -Infinity, beliefs: null };
      logL += Math.log(s);
      continue;
    }
    const so = sepOffset[i]!;
    const toSep = c.toSep;
    for (let k = 0; k < c.size; k++) up[so + toSep[k]!] = up[so + toSep[k]!]! + buf[o + k]!;
    let s = 0;
    for (let k = 0; k < c.sepSize; k++) s += up[so + k]!;
    if (!(s > 0)) return { logLikelihood: -Infinity, beliefs: null };
    for (let k = 0; k < c.sepSize; k++) up[so + k] = up[so + k]! / s;
    logL += Math.log(s);
    const p = cliques[c.parent]!;
    const po = offset[c.parent]!;
    const map = c.parentToSep;
    let max = 0;
    for (let k = 0; k < p.size; k++) {
      const x = buf[po + k]! * up[so + map[k]!]!;
      buf[po + k] = x;
      if (x > max) max = x;
    }
    // Keep the parent's table away from underflow when many messages meet in it.
    if (max > 0 && max < TINY) {
      for (let k = 0; k < p.size; k++) buf[po + k] = buf[po + k]! / max;
      logL += Math.log(max);
    }
  }
  if (!distribute) return { logLikelihood: logL, beliefs: null };

  for (let i = n - 1; i >= 0; i--) {
    tick(n - 1 - i, 1);
    const c = cliques[i]!;
    const o = offset[i]!;
    if (c.parent >= 0) {
      const p = cliques[c.parent]!;
      const po = offset[c.parent]!;
      const so = sepOffset[i]!;
      const down = scratch;
      down.fill(0, 0, c.sepSize);
      const map = c.parentToSep;
      for (let k = 0; k < p.size; k++) down[map[k]!] = down[map[k]!]! + buf[po + k]!;
      for (let k = 0; k < c.sepSize; k++) {
        const m = up[so + k]!;
        down[k] = m > 0 ? down[k]! / m : 0;
      }
      const toSep = c.toSep;
      for (let k = 0; k < c.size; k++) buf[o + k] = buf[o + k]! * down[toSep[k]!]!;
    }
    let s = 0;
    for (let k = 0; k < c.size; k++) s += buf[o + k]!;
    if (s > 0) for (let k = 0; k < c.size; k++) buf[o + k] = buf[o + k]! / s;
  }
  return { logLikelihood: logL, beliefs: { buffer: buf, offset } };
}

/** Posterior of variable v: the marginal of its own clique's belief (v is that clique's first, slowest variable). */
export function variablePosterior(vars: readonly NetVariable[], tree: JunctionTree, beliefs: Beliefs, v: number, into?: Float64Array): Float64Array {
  const c = tree.cliqueOf[v]!;
  const o = beliefs.offset[c]!;
  const size = beliefs.offset[c + 1]! - o;
  const card = vars[v]!.card;
  const block = size / card;
  const out = into ?? new Float64Array(card);
  let total = 0;
  for (let s = 0; s < card; s++) {
    let sum = 0;
    for (let k = s * block; k < (s + 1) * block; k++) sum += beliefs.buffer[o + k]!;
    out[s] = sum;
    total += sum;
  }
  if (total > 0) for (let s = 0; s < card; s++) out[s] = out[s]! / total;
  return out;
}
