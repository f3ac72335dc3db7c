// The counselling report's numbers from the inference worker (issue 6: never freeze the page).
// One exact inference per pedigree answers every question; the report is then worded on the
// page from that result, so "Hide names and dates" rewords it at once without computing again.
// Same numbers as building the report on the page: the same engine call, only elsewhere.
import { useCallback, useMemo } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { InferenceResult } from '../../engine/inference/index.ts';
import { buildCounsellingReport, reportNextChildren, type ReportResult } from '../../engine/sharing/report/counsellingReport.ts';
import { useInferenceClient } from '../risk/inferenceClientContext.ts';
import { useWorkerTask, type TaskHandle, type WorkerTask } from '../risk/useWorkerTask.ts';
import { defaultReportQuestions } from './reportQuestions.ts';

export interface CounsellingReportState {
  /** The inference in the worker: progress, Cancel, failure. */
  inference: TaskHandle<InferenceResult>;
  /** The report once its numbers are known (or at once, when it cannot be made at all). */
  built: ReportResult | null;
}

export function useCounsellingReport(doc: PedigreeDocument, privacy: boolean, labels: Readonly<Record<PersonId, string>>): CounsellingReportState {
  const client = useInferenceClient();
  const condition = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  const questions = useMemo(() => defaultReportQuestions(doc), [doc]);
  const task = useCallback<WorkerTask<InferenceResult>>(
    ({ signal, onProgress }) => client.infer(doc, condition!, { nextChildren: reportNextChildren(questions), signal, onProgress }),
    [client, doc, condition, questions],
  );
  // No pause before starting: opening the report is one deliberate action, not typing.
  const inference = useWorkerTask(condition ? task : null, 0);
  const computed = inference.state.status === 'done' ? inference.state.value : null;
  const built = useMemo(() => {
    // Without a condition the builder says so before it would infer anything.
    if (!condition) return buildCounsellingReport(doc, { questions, privacy, labels });
    return computed ? buildCounsellingReport(doc, { questions, privacy, labels, inference: computed }) : null;
  }, [doc, condition, questions, privacy, labels, computed]);
  return { inference, built };
}
