// "Run 1,000 times" in the inference worker (issue 6: never freeze the page): started by the
// button, with progress and a Cancel that stops the worker. The task is made when the button
// is pressed, so it holds that press's pedigree, condition and seed; the results belong to
// that pedigree and disappear when it changes (they would describe another family).
import { useCallback, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import type { Seed } from '../../engine/genetics/random.ts';
import type { RunManyOutcome } from '../../engine/teaching/index.ts';
import { useInferenceClient } from '../risk/inferenceClientContext.ts';
import { useWorkerTask, type TaskHandle, type WorkerTask } from '../risk/useWorkerTask.ts';

export const RUN_COUNT = 1000;

export interface RunMany {
  handle: TaskHandle<RunManyOutcome>;
  /** Start (or start again with the current seed). */
  run: () => void;
}

export function useRunMany(doc: PedigreeDocument, condition: Condition | null, seed: Seed): RunMany {
  const client = useInferenceClient();
  const [requested, setRequested] = useState<{ doc: PedigreeDocument; task: WorkerTask<RunManyOutcome> } | null>(null);
  const run = useCallback(() => {
    if (!condition) return;
    const task: WorkerTask<RunManyOutcome> = ({ signal, onProgress }) => client.simulate(doc, condition, { runs: RUN_COUNT, seed, signal, onProgress });
    setRequested({ doc, task });
  }, [client, doc, condition, seed]);
  // No pause before starting: the user pressed the button (useWorkerTask's delay is for typing).
  const handle = useWorkerTask(requested?.doc === doc ? requested.task : null, 0);
  return { handle, run };
}
