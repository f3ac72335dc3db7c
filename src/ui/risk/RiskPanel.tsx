// The risk panel (issue 6): for the selected person and a chosen couple, the exact chances
// from the whole pedigree (in the worker, with progress and Cancel), the reasoning and the
// assumptions; a switch for carrier chances on the chart; the mode comparison for students.
// Nothing is computed while the panel is closed.
import { useState } from 'react';
import './risk.css';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { coupleFor } from '../condition/coupleFor.ts';
import { Assumptions } from './Assumptions.tsx';
import { CouplePicker } from './CouplePicker.tsx';
import { ModeComparisonView } from './ModeComparisonView.tsx';
import { OverlayToggle } from './OverlayToggle.tsx';
import { RiskResult } from './RiskResult.tsx';
import type { Couple } from './useRiskInference.ts';

export interface RiskPanelProps {
  doc: PedigreeDocument;
  selectedId: PersonId | null;
  labelOf: (id: PersonId) => string;
}

export function RiskPanel({ doc, selectedId, labelOf }: RiskPanelProps) {
  const [open, setOpen] = useState(false);
  // A couple picked by hand holds until another person is selected.
  const [picked, setPicked] = useState<{ for: PersonId | null; couple: Couple | null } | null>(null);
  const condition = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  const couple = picked && picked.for === selectedId ? picked.couple : coupleFor(doc, selectedId);
  return (
    <section className="panel risk-panel" aria-labelledby="risk-title">
      <h2 id="risk-title">Risk</h2>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide risks' : 'Show risks'}
      </button>
      {open && (
        <>
          <OverlayToggle />
          {!condition ? (
            <p className="hint">Choose a condition model above to compute risks.</p>
          ) : (
            <>
              {selectedId === null && <p className="hint">Select a person on the chart to see their chances, or pick a couple below for a next child.</p>}
              <CouplePicker doc={doc} couple={couple} onChange={(c) => setPicked({ for: selectedId, couple: c })} labelOf={labelOf} />
              <RiskResult doc={doc} condition={condition} selectedId={selectedId} couple={couple} labelOf={labelOf} />
              <Assumptions doc={doc} condition={condition} labelOf={labelOf} />
            </>
          )}
          <ModeComparisonView doc={doc} labelOf={labelOf} />
        </>
      )}
    </section>
  );
}
