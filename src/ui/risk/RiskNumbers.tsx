// The numbers of an exact result or a sampling estimate: the selected person's chances and
// a next son's and daughter's, with P(affected) explained for someone whose status is unknown.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import type { EstimateResult, ExactResult } from '../../engine/inference/index.ts';
import { affectedSum } from './reasoning.ts';
import { SummaryTable } from './SummaryTable.tsx';

export interface RiskNumbersProps {
  doc: PedigreeDocument;
  condition: Condition;
  result: ExactResult | EstimateResult;
  selectedId: PersonId | null;
  labelOf: (id: PersonId) => string;
}

export function RiskNumbers({ doc, condition, result, selectedId, labelOf }: RiskNumbersProps) {
  const person = selectedId ? doc.persons.find((p) => p.id === selectedId) : undefined;
  const summary = selectedId ? result.people[selectedId] : undefined;
  const status = person?.observations[condition.id]?.status ?? 'unknown';
  const affectedLabel = status === 'unknown' ? 'Affected (now or later)' : status === 'unaffected' && condition.ageOfOnset ? 'Becomes affected later' : null;
  const estimated = result.kind === 'estimate';
  return (
    <>
      {summary && selectedId && (
        <>
          <SummaryTable
            caption={`${labelOf(selectedId)} (recorded ${status})`}
            summary={summary}
            affectedLabel={affectedLabel}
            {...(estimated && 'carrierStandardError' in summary ? { carrierStandardError: summary.carrierStandardError as number } : {})}
          />
          {status === 'unknown' && <p className="hint">{affectedSum(condition, summary)}</p>}
        </>
      )}
      {result.nextChildren.map((child) => (
        <SummaryTable
          key={child.sex}
          caption={`A next ${child.sex === 'M' ? 'son' : 'daughter'} of ${labelOf(child.father)} and ${labelOf(child.mother)}`}
          summary={child}
          affectedLabel="Affected"
          {...('carrierStandardError' in child ? { carrierStandardError: child.carrierStandardError, affectedStandardError: child.affectedStandardError } : {})}
        />
      ))}
    </>
  );
}
