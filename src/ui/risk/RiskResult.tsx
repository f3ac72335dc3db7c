// Runs the exact computation for the panel's question and shows what came back: the numbers
// with their reasoning, "impossible under this model" naming the people, or — when an exact
// answer would be too large — the engine's explanation and a sampling estimate on request.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { groupThousands } from '../../engine/words/count.ts';
import { ESTIMATE_SAMPLES, useRiskInference, type Couple } from './useRiskInference.ts';
import { useEvidenceInfluence } from './useEvidenceInfluence.ts';
import { ImpossibleNotice } from './ImpossibleNotice.tsx';
import { Reasoning } from './Reasoning.tsx';
import { RiskNumbers } from './RiskNumbers.tsx';
import { TaskStatus } from './TaskStatus.tsx';

export interface RiskResultProps {
  doc: PedigreeDocument;
  condition: Condition;
  selectedId: PersonId | null;
  couple: Couple | null;
  labelOf: (id: PersonId) => string;
}

export function RiskResult({ doc, condition, selectedId, couple, labelOf }: RiskResultProps) {
  const asked = selectedId !== null || couple !== null;
  const { exact, estimate, requestEstimate } = useRiskInference(doc, condition, couple, asked);
  const result = exact.state.status === 'done' ? exact.state.value : null;
  const influence = useEvidenceInfluence(doc, condition, selectedId, couple, result?.kind === 'exact');
  if (!asked) return null;
  const common = { doc, condition, selectedId, labelOf };
  return (
    <div className="risk-result" aria-live="polite">
      <TaskStatus handle={exact} what="risks" />
      {result?.kind === 'exact' && (
        <>
          <RiskNumbers {...common} result={result} />
          <Reasoning {...common} result={result} couple={couple} influence={influence} />
          {result.notices.map((n) => <p key={n} className="hint">{n}</p>)}
        </>
      )}
      {result?.kind === 'impossible' && <ImpossibleNotice result={result} labelOf={labelOf} />}
      {result?.kind === 'invalid' && <p role="alert">No risk can be computed: {result.message}</p>}
      {result?.kind === 'too-large' && (
        <div role="status">
          <p>{result.message}</p>
          {!estimate && (
            <button type="button" onClick={requestEstimate}>
              Estimate by sampling ({groupThousands(ESTIMATE_SAMPLES)} samples, with error bars)
            </button>
          )}
        </div>
      )}
      {estimate && <TaskStatus handle={estimate} what="the sampling estimate" />}
      {estimate?.state.status === 'done' &&
        (estimate.state.value.kind === 'estimate' ? (
          <>
            <p>{estimate.state.value.message}</p>
            <RiskNumbers {...common} result={estimate.state.value} />
          </>
        ) : (
          <p role="alert">No estimate can be computed: {estimate.state.value.message}</p>
        ))}
    </div>
  );
}
