// The parent-of-origin Punnett square for one couple, with the reasons in words.
// A real <table> (caption, column and row headers) so screen readers can walk it.
import { useMemo } from 'react';
import type { Condition } from '../../engine/genetics/condition.ts';
import { cross, crossProblems } from '../../engine/genetics/cross.ts';
import { explainMating } from '../../engine/genetics/explainMating.ts';
import { percent } from '../../engine/genetics/explainWords.ts';
import type { Genotype } from '../../engine/genetics/genotype.ts';
import { punnettSquare, type PunnettCell } from './punnettSquare.ts';
import './CrossTable.css';

export interface CrossTableProps {
  condition: Condition;
  /** Ordered `pat/mat`; for X-linked conditions the father is `+` or `d`. */
  father: Genotype;
  mother: Genotype;
}

function CellContent({ cell }: { cell: PunnettCell }) {
  return (
    <>
      <span className="cross-genotype">{cell.genotype}</span>
      <span className="cross-probability">{percent(cell.probability)}</span>
      <span className="cross-meaning">
        {cell.childSex === 'male' ? 'Son ' : cell.childSex === 'female' ? 'Daughter ' : 'Child '}
        {cell.meaning}
      </span>
    </>
  );
}

function totals(condition: Condition, father: Genotype, mother: Genotype): string {
  const r = cross(condition, father, mother);
  if (r.chromosome === 'X') return `Each son is affected with probability ${percent(r.sons.affected)}, each daughter with ${percent(r.daughters.affected)}.`;
  const live = r.viable < 1 ? ` per conception (${percent(r.affectedAmongLiveBirths)} among live births)` : '';
  return `Each child is affected with probability ${percent(r.affected)}${live}.`;
}

export function CrossTable({ condition, father, mother }: CrossTableProps) {
  const problems = crossProblems(condition, father, mother);
  const model = useMemo(
    () =>
      problems.length > 0
        ? null
        : { square: punnettSquare(condition, father, mother), why: explainMating(condition, father, mother), total: totals(condition, father, mother) },
    [condition, father, mother, problems.length],
  );
  if (!model) {
    return (
      <p role="alert" className="cross-error">
        Cannot draw the cross: {problems.join('; ')}.
      </p>
    );
  }
  const { square, why, total } = model;
  return (
    <figure className="cross-table">
      <table>
        <caption>
          Children of a father {father} and a mother {mother} for {condition.shortName ?? condition.name} (genotypes are father’s copy / mother’s copy)
        </caption>
        <thead>
          <tr>
            <td />
            {square.columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label} ({percent(c.probability)})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {square.rows.map((row, i) => (
            <tr key={row.label}>
              <th scope="row">
                {row.label} ({percent(row.probability)})
              </th>
              {square.cells[i]!.map((cell, j) => (
                <td key={j} className={cell.viable ? (cell.affected > 0 ? 'cross-affected' : undefined) : 'cross-nonviable'}>
                  <CellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        <p className="cross-total">{total}</p>
        <ul className="cross-why" aria-label="Why">
          {why.map((sentence, i) => (
            <li key={i}>{sentence}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
