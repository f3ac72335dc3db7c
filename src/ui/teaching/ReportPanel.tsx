// The printable counselling report (issue 7 §5): the figure with its legend, the risk
// questions with answers, reasoning and assumptions (exact inference in the worker, worded
// by the engine's report builder), and a privacy option without names or dates. "Print or
// save as PDF" uses the browser's print dialog; the print stylesheet prints this view alone.
import { useEffect, useMemo, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';
import { TaskStatus } from '../risk/TaskStatus.tsx';
import { ReportFigure } from './ReportFigure.tsx';
import { ReportTable } from './ReportTable.tsx';
import { TeachingPanel } from './TeachingPanel.tsx';
import { useCounsellingReport } from './useCounsellingReport.ts';

export function ReportPanel({ doc, onClose }: { doc: PedigreeDocument; onClose: () => void }) {
  const [privacy, setPrivacy] = useState(false);
  const layout = useMemo(() => layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME)), [doc]);
  const labels = useMemo(() => Object.fromEntries(Object.values(layout.people).map((p) => [p.id, p.label])), [layout]);
  const { inference, built } = useCounsellingReport(doc, privacy, labels);
  useEffect(() => {
    document.documentElement.classList.add('printing-report');
    return () => document.documentElement.classList.remove('printing-report');
  }, []);
  return (
    <TeachingPanel title="Counselling report" onClose={onClose} className="report-panel">
      <div className="report-tools">
        <label>
          <input type="checkbox" checked={privacy} onChange={(e) => setPrivacy(e.target.checked)} /> Hide names and dates
        </label>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <TaskStatus handle={inference} what="the report’s risks" />
      {built && !built.ok && <p role="alert">The report cannot be made: {built.problems.join(' ')}</p>}
      {built?.ok && (
        <article className="report-page" aria-label="Report">
          <h1>{built.report.title}</h1>
          <p>Condition: {built.report.conditionName}</p>
          <ReportFigure doc={built.report.document} layout={layout} privacy={privacy} title={built.report.title} />
          {built.report.notices.map((n) => (
            <p key={n} className="report-notice">
              {n}
            </p>
          ))}
          <ReportTable rows={built.report.rows} />
          <h2>Assumptions</h2>
          <ul>
            {built.report.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </article>
      )}
    </TeachingPanel>
  );
}
