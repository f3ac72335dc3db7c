// The exact computation behind the risk panel: every person's posterior and, for a chosen
// couple, a next son and a next daughter. When the engine says an exact answer is too large,
// the user may ask for a sampling estimate with error bars instead (never automatic: it is
// an approximation, and the panel says so).
import { useCallback, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import type { EstimateResult, InferenceResult, InvalidResult, NextChildRequest } from '../../engine/inference/index.ts';
import { useInferenceClient } from './inferenceClientContext.ts';
import { useWorkerTask, type TaskHandle, type WorkerTask } from './useWorkerTask.ts';

export interface Couple {
  father: string;
  mother: string;
}

/** Samples for the estimate, and a fixed seed so the same pedigree gives the same estimate. */
export const ESTIMATE_SAMPLES = 20_000;
export const ESTIMATE_SEED = 1;

export function nextChildRequests(couple: Couple | null): NextChildRequest[] {
  return couple ? (['M', 'F'] as const).map((sex) => ({ father: couple.father, mother: couple.mother, sex })) : [];
}

export interface RiskInference {
  exact: TaskHandle<InferenceResult>;
  /** Present once the user asked for an estimate of a pedigree too large for exact inference. */
  estimate: TaskHandle<EstimateResult | InvalidResult> | null;
  requestEstimate: () => void;
}

export function useRiskInference(doc: PedigreeDocument, condition: Condition | null, couple: Couple | null, enabled: boolean): RiskInference {
  const client = useInferenceClient();
  const father = couple?.father;
  const mother = couple?.mother;
  const exactTask = useCallback<WorkerTask<InferenceResult>>(
    ({ signal, onProgress }) => client.infer(doc, condition!, { nextChildren: nextChildRequests(father && mother ? { father, mother } : null), signal, onProgress }),
    [client, doc, condition, father, mother],
  );
  const exact = useWorkerTask(enabled && condition ? exactTask : null);
  // The estimate belongs to the inputs it was asked for: new inputs need a new request.
  const [estimateFor, setEstimateFor] = useState<WorkerTask<InferenceResult> | null>(null);
  const estimateTask = useCallback<WorkerTask<EstimateResult | InvalidResult>>(
    ({ signal, onProgress }) =>
      client.estimate(doc, condition!, { nextChildren: nextChildRequests(father && mother ? { father, mother } : null), samples: ESTIMATE_SAMPLES, seed: ESTIMATE_SEED, signal, onProgress }),
    [client, doc, condition, father, mother],
  );
  const wanted = enabled && condition !== null && estimateFor === exactTask;
  const estimate = useWorkerTask(wanted ? estimateTask : null, 0);
  return { exact, estimate: wanted ? estimate : null, requestEstimate: () => setEstimateFor(() => exactTask) };
}
