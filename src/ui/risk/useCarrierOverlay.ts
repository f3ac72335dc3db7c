// The chart's per-person annotations when the carrier overlay is on: "carrier 50%" under
// each person, computed exactly in the worker (recomputed, debounced, on every edit); the
// people who make the data impossible are marked "impossible" instead.
import { useCallback, useMemo } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { InferenceResult } from '../../engine/inference/index.ts';
import { useInferenceClient } from './inferenceClientContext.ts';
import { selectShowCarrierChances, useRiskOverlay } from './riskOverlay.ts';
import { useWorkerTask, type WorkerTask } from './useWorkerTask.ts';

/**
 * A carrier chance short enough for the line under a symbol (11 characters): "carrier" when
 * certain, "non-carrier" when excluded, else whole percentages, never rounded to a certainty
 * it is not ("carrier <1%", "carrier 99%"). The panel gives the exact figures.
 */
export function carrierText(p: number): string {
  if (p >= 1) return 'carrier';
  if (p <= 0) return 'non-carrier';
  if (p < 0.005) return 'carrier <1%';
  return `carrier ${Math.min(99, Math.round(p * 100))}%`;
}

export function carrierAnnotations(result: InferenceResult): Record<PersonId, string> | undefined {
  if (result.kind === 'exact') return Object.fromEntries(Object.values(result.people).map((p) => [p.id, carrierText(p.carrier)]));
  if (result.kind === 'impossible') return Object.fromEntries(result.culprits.map((id) => [id, 'impossible']));
  return undefined;
}

export function useCarrierOverlay(doc: PedigreeDocument): Record<PersonId, string> | undefined {
  const on = useRiskOverlay(selectShowCarrierChances);
  const client = useInferenceClient();
  const condition = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  const task = useCallback<WorkerTask<InferenceResult>>(({ signal, onProgress }) => client.infer(doc, condition!, { signal, onProgress }), [client, doc, condition]);
  const { state } = useWorkerTask(on && condition && doc.persons.length > 0 ? task : null);
  const result = state.status === 'done' ? state.value : null;
  return useMemo(() => (result ? carrierAnnotations(result) : undefined), [result]);
}
