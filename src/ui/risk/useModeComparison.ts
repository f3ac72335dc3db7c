// "Which mode fits?" in the worker: the six modes' likelihoods (compareModes), then, for each
// mode under which the data are impossible, the exact engine's explanation naming the people
// whose facts cannot all hold (a minimal set, impossible.ts).
import { useCallback } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { conditionForMode } from '../../engine/genetics/modes.ts';
import type { AlleleFrequencySetting, ImpossibleResult, ModeComparison } from '../../engine/inference/index.ts';
import { useInferenceClient } from './inferenceClientContext.ts';
import { useWorkerTask, type TaskHandle, type WorkerTask } from './useWorkerTask.ts';

export interface ExplainedComparison extends ModeComparison {
  /** Per impossible mode: the engine's sentence, the people it names and its parts (impossibleText). */
  reasons: Partial<Record<string, Pick<ImpossibleResult, 'message' | 'culprits' | 'model' | 'facts'>>>;
}

/** The document with recorded test results left out, so only statuses are compared. */
export function statusesOnly(doc: PedigreeDocument): PedigreeDocument {
  return { ...doc, persons: doc.persons.map(({ genotypes: _tested, ...p }) => p) };
}

export function useModeComparison(doc: PedigreeDocument, setting: AlleleFrequencySetting, useTests: boolean, enabled: boolean): TaskHandle<ExplainedComparison> {
  const client = useInferenceClient();
  const conditionId = doc.activeConditionId;
  const q = 'q' in setting ? setting.q : null;
  const prevalence = 'prevalence' in setting ? setting.prevalence : null;
  const task = useCallback<WorkerTask<ExplainedComparison>>(
    async ({ signal, onProgress }) => {
      const compared = useTests ? doc : statusesOnly(doc);
      const chosen: AlleleFrequencySetting = q !== null ? { q } : { prevalence: prevalence! };
      const comparison = await client.compare(compared, conditionId!, chosen, { signal });
      const reasons: ExplainedComparison['reasons'] = {};
      const impossible = comparison.modes.filter((m) => m.log10Likelihood === null && Number.isFinite(m.q) && m.message === 'impossible under this mode');
      for (const [i, fit] of impossible.entries()) {
        onProgress((i + 1) / (impossible.length + 1));
        const r = await client.infer(compared, { ...conditionForMode(fit.mode, fit.q), id: conditionId! }, { signal });
        if (r.kind === 'impossible') reasons[fit.mode] = { message: r.message, culprits: r.culprits, ...(r.facts ? { model: r.model, facts: r.facts } : {}) };
      }
      return { ...comparison, reasons };
    },
    [client, doc, conditionId, q, prevalence, useTests],
  );
  return useWorkerTask(enabled && conditionId !== null && doc.persons.length > 0 ? task : null);
}
