// What drove the numbers: for the nearest people with a recorded status or test result,
// the same exact computation with that one person's facts left out. The difference is the
// weight of that piece of evidence, which the reasoning then states in words. Runs in the
// worker after the main numbers, a few exact computations in a row (cancellable together).
import { useCallback } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { nearestEvidence, withoutEvidence, type EvidenceHolder } from './evidence.ts';
import { useInferenceClient } from './inferenceClientContext.ts';
import { nextChildRequests, type Couple } from './useRiskInference.ts';
import { useWorkerTask, type TaskHandle, type WorkerTask } from './useWorkerTask.ts';

/** People whose evidence is weighed, nearest first. */
export const INFLUENCE_PEOPLE = 6;
/** Above this size the extra computations would cost more than the answer is worth. */
export const INFLUENCE_MAX_PERSONS = 2_000;

export interface Influence {
  holder: EvidenceHolder;
  /** The selected person's P(carrier) without this person's facts (null: not computed). */
  carrier: number | null;
  /** A next son's and daughter's P(affected) without this person's facts. */
  nextChildAffected: number[];
}

export function useEvidenceInfluence(doc: PedigreeDocument, condition: Condition | null, selected: PersonId | null, couple: Couple | null, enabled: boolean): TaskHandle<Influence[]> {
  const client = useInferenceClient();
  const father = couple?.father;
  const mother = couple?.mother;
  const task = useCallback<WorkerTask<Influence[]>>(
    async ({ signal, onProgress }) => {
      const pair = father && mother ? { father, mother } : null;
      // Relations are said from the selected person first, then from the couple.
      const fromSelected = selected ? nearestEvidence(doc, condition!.id, [selected], INFLUENCE_PEOPLE) : [];
      const fromCouple = pair ? nearestEvidence(doc, condition!.id, [pair.father, pair.mother], INFLUENCE_PEOPLE) : [];
      const holders = [...fromSelected, ...fromCouple.filter((h) => !fromSelected.some((s) => s.id === h.id))].slice(0, INFLUENCE_PEOPLE);
      const out: Influence[] = [];
      for (const [i, holder] of holders.entries()) {
        onProgress(i / holders.length);
        const r = await client.infer(withoutEvidence(doc, condition!.id, holder.id), condition!, { nextChildren: nextChildRequests(pair), signal });
        if (r.kind !== 'exact') continue;
        out.push({ holder, carrier: selected ? (r.people[selected]?.carrier ?? null) : null, nextChildAffected: r.nextChildren.map((c) => c.affected) });
      }
      onProgress(1);
      return out;
    },
    [client, doc, condition, selected, father, mother],
  );
  const run = enabled && condition !== null && doc.persons.length <= INFLUENCE_MAX_PERSONS && (selected !== null || couple !== null);
  return useWorkerTask(run ? task : null);
}
