// A sampling estimate for pedigrees too inbred for exact inference: importance sampling in the
// style of likelihood weighting (Fung & Chang 1990; Koller & Friedman 2009, §12.2). Genotypes
// are drawn parents first from P(state | parents) × the person's own evidence, normalised, and
// each sample is weighted by the product of those normalisers (= P(x, data) / proposal(x)),
// which wastes far fewer samples than drawing blind and weighting by the evidence.
// L ≈ mean weight; posteriors are weighted frequencies with delta-method standard errors.
// Weights are kept in log space with a running maximum, so thousands of observations cannot
// underflow. The generator is injected (the engine never calls Math.random).
import type { Condition } from '../genetics/condition.ts';
import type { PedigreeDocument } from '../document/types.ts';
import type { Random } from '../genetics/random.ts';
import { buildNetwork, type NextChildRequest } from './model.ts';
import { observationAge, penetranceByState } from './observation.ts';
import { InferenceCancelled, type PropagationControl } from './propagate.ts';
import { livebornPosterior, summarise } from './summary.ts';
import type { EstimateResult, InvalidResult } from './types.ts';
import { groupThousands } from '../words/count.ts';

export interface SamplingOptions extends PropagationControl {
  samples: number;
  random: Random;
  nextChildren?: readonly NextChildRequest[];
}

export function estimatePedigree(doc: PedigreeDocument, condition: Condition, options: SamplingOptions): EstimateResult | InvalidResult {
  const built = buildNetwork(doc, condition, options.nextChildren ?? []);
  if (!built.ok) return { kind: 'invalid', message: built.message };
  const net = built.network;
  const vars = net.vars;
  const n = vars.length;
  const order = net.topologicalOrder;
  const ev = net.evidence;
  const state = new Int8Array(n);
  const sumW = new Float64Array(n * 4);
  let maxLog = -Infinity;
  let sW = 0;
  let sW2 = 0;
  const sumW2 = new Float64Array(n * 4);
  const N = Math.max(1, Math.floor(options.samples));
  const rescale = (factor: number) => {
    for (let k = 0; k < sumW.length; k++) sumW[k] = sumW[k]! * factor;
    for (let k = 0; k < sumW2.length; k++) sumW2[k] = sumW2[k]! * factor * factor;
    sW *= factor;
    sW2 *= factor * factor;
  };
  for (let s = 0; s < N; s++) {
    if (s % 256 === 0) {
      if (options.shouldCancel?.()) throw new InferenceCancelled();
      options.onProgress?.(s / N);
    }
    let logW = 0;
    for (const v of order) {
      const x = vars[v]!;
      let row = 0;
      for (const p of x.parents) row = row * vars[p]!.card + state[p]!;
      const base = row * x.card;
      const at = 4 * v;
      // Proposal: P(state | parents) × own evidence, normalised; the weight gets the normaliser.
      let z = 0;
      for (let k = 0; k < x.card; k++) z += x.cpt[base + k]! * ev[at + k]!;
      if (!(z > 0)) {
        logW = -Infinity;
        break;
      }
      let u = options.random.next() * z;
      let pick = x.card - 1;
      for (let k = 0; k < x.card; k++) {
        u -= x.cpt[base + k]! * ev[at + k]!;
        if (u < 0) {
          pick = k;
          break;
        }
      }
      // Never pick a state the evidence rules out (rounding at the end of the loop).
      while (ev[at + pick] === 0 || x.cpt[base + pick] === 0) pick--;
      state[v] = pick;
      logW += Math.log(z);
    }
    if (logW === -Infinity) continue;
    if (logW > maxLog) {
      if (maxLog > -Infinity) rescale(Math.exp(maxLog - logW));
      maxLog = logW;
    }
    const w = Math.exp(logW - maxLog);
    sW += w;
    sW2 += w * w;
    for (let v = 0; v < n; v++) {
      const k = v * 4 + state[v]!;
      sumW[k] = sumW[k]! + w;
      sumW2[k] = sumW2[k]! + w * w;
    }
  }
  const base = { kind: 'estimate' as const, samples: N, notices: net.notices };
  if (sW === 0) {
    return {
      ...base,
      likelihood: 0,
      log10Likelihood: null,
      likelihoodStandardError: 0,
      people: {},
      nextChildren: [],
      effectiveSamples: 0,
      message: `None of ${N} samples was consistent with the data: the data may be impossible under this model, or far more samples are needed.`,
    };
  }
  const meanW = sW / N;
  const varW = Math.max(0, sW2 / N - meanW * meanW);
  const scale = Math.exp(maxLog);
  const posteriorOf = (v: number) => Float64Array.from({ length: vars[v]!.card }, (_, k) => sumW[v * 4 + k]! / sW);
  // Delta-method standard error of a weighted mean of g(state): √(Σ_k Σw²_k (g_k − p)²) / Σw.
  const standardError = (v: number, g: readonly number[], p: number) => {
    let acc = 0;
    for (let k = 0; k < g.length; k++) acc += sumW2[v * 4 + k]! * (g[k]! - p) ** 2;
    return Math.sqrt(acc) / sW;
  };
  const carrierIndicator = (v: number) => (vars[v]!.hemizygous ? [0, 1] : [0, 1, 1, 1]);
  const people: EstimateResult['people'] = {};
  doc.persons.forEach((p, i) => {
    const v = net.personVars[i]!;
    if (v < 0) return;
    const hemi = vars[v]!.hemizygous;
    const obs = p.observations[condition.id];
    const summary = summarise(condition, hemi, posteriorOf(v), obs, observationAge(p, obs));
    people[p.id] = { id: p.id, hemizygous: hemi, ...summary, carrierStandardError: standardError(v, carrierIndicator(v), summary.carrier) };
  });
  const nextChildren = (options.nextChildren ?? []).map((req, i) => {
    const v = net.nextChildVars[i]!;
    const hemi = vars[v]!.hemizygous;
    const summary = summarise(condition, hemi, livebornPosterior(condition, hemi, posteriorOf(v)), undefined, undefined);
    return {
      father: req.father,
      mother: req.mother,
      sex: req.sex,
      ...summary,
      carrierStandardError: standardError(v, carrierIndicator(v), summary.carrier),
      affectedStandardError: standardError(v, penetranceByState(condition, hemi), summary.affected),
    };
  });
  const likelihood = meanW * scale;
  const ess = (sW * sW) / sW2;
  return {
    ...base,
    likelihood,
    log10Likelihood: (Math.log(meanW) + maxLog) / Math.LN10,
    likelihoodStandardError: Math.sqrt(varW / N) * scale,
    people,
    nextChildren,
    effectiveSamples: ess,
    message:
      `Estimate from ${groupThousands(N)} weighted samples (effective sample size ${groupThousands(ess)}); ± values are standard errors.` +
      (ess < 100 ? ' The effective sample size is very small, so these numbers and their error bars are unreliable: treat them as a rough guide only.' : ''),
  };
}
