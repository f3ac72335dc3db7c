// "Why these numbers": the facts that moved each number and by how much, what the model
// says each copy does, and how a next child's copies come from the couple.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { percent } from '../../engine/genetics/explainWords.ts';
import type { ExactResult } from '../../engine/inference/index.ts';
import { copyRule, evidenceSentences, type Weighed } from './reasoning.ts';
import { TaskStatus } from './TaskStatus.tsx';
import type { Influence } from './useEvidenceInfluence.ts';
import type { Couple } from './useRiskInference.ts';
import type { TaskHandle } from './useWorkerTask.ts';

export interface ReasoningProps {
  doc: PedigreeDocument;
  condition: Condition;
  result: ExactResult;
  selectedId: PersonId | null;
  couple: Couple | null;
  influence: TaskHandle<Influence[]>;
  labelOf: (id: PersonId) => string;
}

export function Reasoning({ doc, condition, result, selectedId, couple, influence, labelOf }: ReasoningProps) {
  const influences = influence.state.status === 'done' ? influence.state.value : null;
  const carrier = selectedId ? result.people[selectedId] : undefined;
  // The child with the higher risk (a son under X-linked recessive) is the one reasoned about.
  const childIndex = result.nextChildren.length === 2 && result.nextChildren[1]!.affected > result.nextChildren[0]!.affected ? 1 : 0;
  const child = result.nextChildren[childIndex];
  const weigh = (pick: (i: Influence) => number | null | undefined): Weighed[] =>
    (influences ?? []).flatMap((i) => {
      const without = pick(i);
      return without === null || without === undefined ? [] : [{ holder: i.holder, without }];
    });
  const parentLine = (id: string, role: 'father' | 'mother') => {
    const p = result.people[id]!;
    const copy = role === 'father' ? 'paternal' : 'maternal';
    const rate = role === 'father' ? condition.transmissionRatio.paternal : condition.transmissionRatio.maternal;
    const passes =
      condition.chromosome === 'X' && role === 'father'
        ? 'a carrier father passes it on his X to every daughter, as her paternal copy, and to no son'
        : `a carrier ${role} passes it on to ${percent(rate)} of children, where it becomes the child’s ${copy} copy`;
    return `${labelOf(id)} carries the variant with chance ${percent(p.carrier)}; ${passes}.`;
  };
  return (
    <section className="risk-reasoning" aria-label="Why these numbers">
      <h3>Why these numbers</h3>
      {carrier && selectedId && (
        <>
          <p>What moved the chance that {labelOf(selectedId)} carries the variant:</p>
          {influences ? <ul aria-label={`What moved ${labelOf(selectedId)}’s carrier chance`}>{evidenceSentences(doc, condition, carrier.carrier, weigh((i) => i.carrier), labelOf).map((s) => <li key={s}>{s}</li>)}</ul> : <TaskStatus handle={influence} what="the reasoning" />}
        </>
      )}
      {child && couple && (
        <>
          <p>
            A next {child.sex === 'M' ? 'son' : 'daughter'}’s chance of being affected ({percent(child.affected)}): {parentLine(couple.father, 'father')} {parentLine(couple.mother, 'mother')}
          </p>
          {influences && <ul aria-label="What moved a next child’s chance of being affected">{evidenceSentences(doc, condition, child.affected, weigh((i) => i.nextChildAffected[childIndex]), labelOf).map((s) => <li key={s}>{s}</li>)}</ul>}
        </>
      )}
      <p>{copyRule(condition)}</p>
    </section>
  );
}
