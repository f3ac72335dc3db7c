// The counselling report's risks come from the inference worker: a "computing" state with
// progress and Cancel while it runs, then exactly the rows the engine's report builder makes
// on its own; hiding names rewords the report without computing again.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCounsellingReport, reportNextChildren } from '../../../src/engine/sharing/report/counsellingReport.ts';
import { openGalleryFamily } from '../../../src/engine/teaching/index.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../../src/ui/chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import { InferenceClientContext } from '../../../src/ui/risk/inferenceClientContext.ts';
import { ReportPanel } from '../../../src/ui/teaching/ReportPanel.tsx';
import { defaultReportQuestions } from '../../../src/ui/teaching/reportQuestions.ts';
import { heldClient } from '../workers/heldWorker.ts';

const doc = openGalleryFamily('poh-paternal')!;
const labels = Object.fromEntries(Object.values(layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME)).people).map((p) => [p.id, p.label]));

function renderWithHeldWorkers() {
  const { client, workers } = heldClient();
  render(
    <InferenceClientContext.Provider value={client}>
      <ReportPanel doc={doc} onClose={() => {}} />
    </InferenceClientContext.Provider>,
  );
  return workers;
}

/** Each row of the risk table as [question, answer]. */
function shownRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Risk questions and answers' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', within(row).getAllByRole('cell')[0]!.textContent ?? '']);
}

function engineRows(privacy: boolean): string[][] {
  const built = buildCounsellingReport(doc, { questions: defaultReportQuestions(doc), privacy, labels });
  if (!built.ok) throw new Error(built.problems.join(' '));
  return built.report.rows.map((r) => [r.question, r.answerText]);
}

describe('counselling report from the worker', { timeout: 20_000 }, () => {
  it('shows progress while the worker computes, then the rows the engine builds on its own', async () => {
    const workers = renderWithHeldWorkers();
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    // One inference answers every question: a next son and daughter of each of the three youngest couples.
    expect(workers[0]!.queue[0]).toMatchObject({ type: 'infer', nextChildren: reportNextChildren(defaultReportQuestions(doc)) });
    expect(reportNextChildren(defaultReportQuestions(doc)).map((c) => c.sex)).toEqual(['M', 'F', 'M', 'F', 'M', 'F']);
    workers[0]!.progress(0.6);
    expect(await screen.findByRole('progressbar', { name: 'Computing the report’s risks' })).toHaveAttribute('value', '0.6');
    expect(screen.queryByRole('table', { name: 'Risk questions and answers' })).not.toBeInTheDocument();

    workers[0]!.runNext();
    await screen.findByRole('table', { name: 'Risk questions and answers' });
    expect(shownRows()).toEqual(engineRows(false));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('rewords the report without names at once, from the same computation', async () => {
    const user = userEvent.setup();
    const workers = renderWithHeldWorkers();
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    workers[0]!.runNext();
    await screen.findByRole('table', { name: 'Risk questions and answers' });
    await user.click(screen.getByRole('checkbox', { name: 'Hide names and dates' }));
    expect(shownRows()).toEqual(engineRows(true));
    expect(shownRows()).not.toEqual(engineRows(false));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.queue).toHaveLength(0);
  });

  it('Cancel stops the worker and says so; computing again gives the report', async () => {
    const user = userEvent.setup();
    const workers = renderWithHeldWorkers();
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Cancel computing the report’s risks' }));
    expect(workers[0]!.terminated).toBe(true);
    expect(screen.getByText(/^Computing the report’s risks was cancelled\./)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Risk questions and answers' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compute the report’s risks again' }));
    await waitFor(() => expect(workers[1]?.queue).toHaveLength(1));
    workers[1]!.runNext();
    await screen.findByRole('table', { name: 'Risk questions and answers' });
    expect(shownRows()).toEqual(engineRows(false));
  });

  it('says in words that the computation failed when the worker stops', async () => {
    const workers = renderWithHeldWorkers();
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    workers[0]!.crash('out of memory');
    expect(await screen.findByRole('alert')).toHaveTextContent('Computing the report’s risks failed: out of memory');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
