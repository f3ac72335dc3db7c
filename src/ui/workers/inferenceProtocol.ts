// Messages between the page and the inference worker, and the worker-side handler (kept apart
// from the worker entry so it can be tested without a Worker). The engine stays pure: it gets
// a progress callback; cancelling a running request is done by the client terminating the
// worker (a synchronous computation cannot read a later message). Besides inference the worker
// runs the teaching simulation's "Run 1,000 times" (runMany), the other long computation.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition, ConditionId } from '../../engine/genetics/condition.ts';
import { createRandom, type Seed } from '../../engine/genetics/random.ts';
import {
  compareModes,
  estimatePedigree,
  inferPedigree,
  type AlleleFrequencySetting,
  type EstimateResult,
  type InferenceResult,
  type InvalidResult,
  type ModeComparison,
  type NextChildRequest,
} from '../../engine/inference/index.ts';
import { runMany, type RunManyOutcome } from '../../engine/teaching/index.ts';

export type InferenceRequest =
  | { id: number; type: 'infer'; doc: PedigreeDocument; condition: Condition; nextChildren?: NextChildRequest[]; maxExactCost?: number }
  | { id: number; type: 'estimate'; doc: PedigreeDocument; condition: Condition; nextChildren?: NextChildRequest[]; samples: number; seed: number }
  | { id: number; type: 'compare'; doc: PedigreeDocument; conditionId: ConditionId; setting: AlleleFrequencySetting }
  | { id: number; type: 'simulate'; doc: PedigreeDocument; condition: Condition; runs: number; seed: Seed };

export type InferenceAnswer = InferenceResult | EstimateResult | InvalidResult | ModeComparison | RunManyOutcome;

export type InferenceResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: InferenceAnswer }
  | { id: number; type: 'error'; message: string };

/** Runs one request, posting progress (at most every 1%) and then the result or an error. */
export function handleInferenceRequest(req: InferenceRequest, post: (res: InferenceResponse) => void): void {
  let last = -1;
  const onProgress = (fraction: number) => {
    if (fraction - last < 0.01 && fraction < 1) return;
    last = fraction;
    post({ id: req.id, type: 'progress', fraction });
  };
  try {
    let result: InferenceAnswer;
    if (req.type === 'infer') {
      result = inferPedigree(req.doc, req.condition, { nextChildren: req.nextChildren ?? [], onProgress, ...(req.maxExactCost ? { maxExactCost: req.maxExactCost } : {}) });
    } else if (req.type === 'estimate') {
      result = estimatePedigree(req.doc, req.condition, { samples: req.samples, random: createRandom(req.seed), nextChildren: req.nextChildren ?? [], onProgress });
    } else if (req.type === 'simulate') {
      result = runMany(req.doc, req.condition, req.runs, req.seed, { onProgress });
    } else {
      result = compareModes(req.doc, req.conditionId, req.setting);
    }
    post({ id: req.id, type: 'result', result });
  } catch (err) {
    post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
