// Below the header: the person toolbar and the chart, and beside them the inspector
// the condition panel and the risk panel (hidden in presentation mode, where the chart
// fills the page).
import type { ReactNode } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { PRESETS } from '../../engine/genetics/presets/index.ts';
import { ConditionPanel } from '../condition/ConditionPanel.tsx';
import { CouplePanel } from '../condition/CouplePanel.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { RiskPanel } from '../risk/RiskPanel.tsx';
import type { ShortcutAction } from '../keyboard/shortcuts.ts';
import { PersonToolbar } from './PersonToolbar.tsx';

export interface WorkspaceProps {
  doc: PedigreeDocument;
  selectedId: PersonId | null;
  /** How the chart names a person: "II-3 Anna", or "II-3" when unnamed. */
  labelOf: (id: PersonId) => string;
  presentation: boolean;
  onAction: (action: ShortcutAction) => void;
  chart: ReactNode;
}

export function Workspace({ doc, selectedId, labelOf, presentation, onAction, chart }: WorkspaceProps) {
  return (
    <main className={`workspace${presentation ? ' presenting' : ''}`}>
      <div className="chart-column">
        {!presentation && <PersonToolbar selectedLabel={selectedId === null ? null : labelOf(selectedId)} onAction={onAction} />}
        {chart}
      </div>
      {!presentation && (
        <aside className="side" aria-label="Details">
          <Inspector doc={doc} selectedId={selectedId} labelOf={labelOf} />
          <ConditionPanel doc={doc} presets={PRESETS} cross={<CouplePanel doc={doc} selectedId={selectedId} labelOf={labelOf} />} />
          <RiskPanel doc={doc} selectedId={selectedId} labelOf={labelOf} />
        </aside>
      )}
    </main>
  );
}
