// The report's risk table: each question, its answer and the reasoning in words.
import type { ReportRow } from '../../engine/sharing/report/counsellingReport.ts';

export function ReportTable({ rows }: { rows: ReportRow[] }) {
  return (
    <table className="report-table" aria-label="Risk questions and answers">
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Answer</th>
          <th scope="col">Reasoning</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.question}>
            <th scope="row">{r.question}</th>
            <td>{r.answerText}</td>
            <td>
              <ul>
                {r.reasoning.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
