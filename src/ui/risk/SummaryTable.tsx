// One person's (or a next child's) numbers: carrier, which copy carries the variant,
// affected, and the chance of each ordered genotype. Estimates show their error bars.
import type { GenotypeSummary } from '../../engine/inference/index.ts';
import { GENOTYPE_WORDS, probability } from './format.ts';

export interface SummaryTableProps {
  caption: string;
  summary: GenotypeSummary;
  /** Row label for P(affected), or null to leave it out (someone recorded as affected). */
  affectedLabel: string | null;
  carrierStandardError?: number;
  affectedStandardError?: number;
}

export function SummaryTable({ caption, summary, affectedLabel, carrierStandardError, affectedStandardError }: SummaryTableProps) {
  const rows: [string, string][] = [['Carries the variant', probability(summary.carrier, carrierStandardError)]];
  rows.push(['Variant on the copy from the father', summary.paternalVariant === null ? 'none (one X, from the mother)' : probability(summary.paternalVariant)]);
  rows.push(['Variant on the copy from the mother', probability(summary.maternalVariant)]);
  if (affectedLabel) rows.push([affectedLabel, probability(summary.affected, affectedStandardError)]);
  for (const [g, p] of Object.entries(summary.genotype)) rows.push([`Genotype ${g} (${GENOTYPE_WORDS[g] ?? g})`, probability(p)]);
  return (
    <table className="risk-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
