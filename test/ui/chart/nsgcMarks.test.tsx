// The NSGC marks (NOMENCLATURE S1–S12, L1–L9) on a family that uses each one once,
// laid out by the real layout engine, read the way a screen reader or the key does.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../../src/ui/chart/chartMetrics.ts';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import { nsgcSampler } from '../../fixtures/chartFamilies.ts';

const doc = nsgcSampler();
const layout = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));

function setup() {
  render(<PedigreeChart document={doc} layout={layout} />);
  const key = screen.getByRole('list', { name: 'Key' });
  return within(key).getAllByRole('listitem').map((li) => li.querySelector(':scope > text')?.textContent);
}

describe('NSGC marks', () => {
  it('keys exactly the fills, marks, lines and abbreviations the sampler uses', () => {
    expect(setup()).toEqual([
      'Affected: CM',
      'Affected: PGL1',
      'Symbol parts: left half: CM; right half: PGL1',
      'Carrier, not expected to manifest (NSGC dot)',
      'Presymptomatic carrier',
      'Status unknown',
      'Deceased (d. = age at death)',
      'SB: stillbirth (wk = weeks of gestation)',
      'Miscarriage',
      'Termination of pregnancy',
      'Ongoing pregnancy',
      'Number of individuals (n: unknown)',
      'P: proband',
      'Consultand',
      'Adopted',
      'assigned female at birth',
      'Consanguineous union',
      'Separated',
      'Monozygotic twins',
      'Adopted in (dashed line of descent)',
      'Two copies: F from the father, M from the mother',
      'd: copy with the variant',
      '+: normal copy',
      '?: copy not known',
      'Silenced copy (not expressed)',
    ]);
  });

  it('names each condition’s status separately when the symbol is divided', () => {
    setup();
    expect(screen.getByRole('button', { name: /^I-\d, Albert, man, affected: CM, affected: PGL1, deceased at 70, variant on the copy from his father$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /, Rosa, woman, carrier \(CM\), status unknown \(PGL1\), no variant|, Rosa, woman, carrier \(CM\), status unknown \(PGL1\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /, Sam, non-binary person, status unknown \(CM\), status unknown \(PGL1\)$/ })).toBeInTheDocument();
  });

  it('fills each part of a divided symbol with its own condition’s fill', () => {
    setup();
    const albert = screen.getByRole('button', { name: /Albert/ });
    const fills = [...albert.querySelectorAll('path')].slice(0, 2).map((p) => p.getAttribute('fill'));
    expect(fills).toEqual(['#0072B2', 'url(#il-fill-1)']);
  });

  it('names pregnancies by outcome, several individuals by count, and the consultand', () => {
    setup();
    expect(screen.getByRole('button', { name: /^III-\d+, miscarriage, / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^III-\d+, stillbirth, / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^III-\d+, ongoing pregnancy, .*consultand/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^III-\d+, man, 3 individuals, / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^III-\d+, Ann, woman, .*adopted in/ })).toBeInTheDocument();
  });

  it('draws no copy boxes under a pregnancy loss or a symbol for several people, but does under a stillbirth', () => {
    setup();
    const copies = (name: RegExp) => screen.getByRole('button', { name }).closest('[data-person]')!.querySelectorAll('[data-copy]').length;
    expect(copies(/, miscarriage, /)).toBe(0);
    expect(copies(/, termination of pregnancy, /)).toBe(0);
    expect(copies(/, 3 individuals, /)).toBe(0);
    expect(copies(/, stillbirth, /)).toBe(2);
  });
});
