import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';
import { presetById } from '../../src/engine/genetics/presets/index.ts';
import { CrossTable } from '../../src/ui/cross/CrossTable.tsx';

const gnas = presetById('gnas')!;

describe('CrossTable', () => {
  it('shows a GNAS mother’s eggs at 59% variant and her carrier child with PHP1a', () => {
    render(<CrossTable condition={gnas} father="+/+" mother="d/+" />);
    const table = screen.getByRole('table', { name: /Children of a father \+\/\+ and a mother d\/\+ for GNAS/ });
    const columns = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(columns).toEqual(['Egg: normal + (41%)', 'Egg: variant d (59%)']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Sperm: normal + (100%)', 'Sperm: variant d (0%)']);
    const carrier = within(table).getByRole('cell', { name: /^\+\/d59%Child has PHP1a$/ });
    expect(carrier).toBeInTheDocument();
    expect(screen.getByText('Each child is affected with probability 59%.')).toBeInTheDocument();
  });

  it('explains the switch in words under the table', () => {
    render(<CrossTable condition={gnas} father="+/+" mother="d/+" />);
    const why = screen.getByRole('list', { name: 'Why' });
    expect(within(why).getByText(/in her children it sits on the maternal copy, so a child who inherits it has PHP1a/)).toBeInTheDocument();
  });

  it('mirrors for a carrier father: his carrier children get PPHP, POH or osteoma cutis', () => {
    render(<CrossTable condition={gnas} father="+/d" mother="+/+" />);
    expect(screen.getByRole('cell', { name: /^d\/\+50%Child has PPHP \(80%\), POH \(10%\) or osteoma cutis \(10%\)$/ })).toBeInTheDocument();
  });

  it('marks non-viable conceptions and gives the live-birth risk', () => {
    render(<CrossTable condition={gnas} father="d/+" mother="d/+" />);
    expect(screen.getByRole('cell', { name: /^d\/d29.5%Child does not survive to birth/ })).toBeInTheDocument();
    expect(screen.getByText(/per conception \(.*among live births\)/)).toBeInTheDocument();
  });

  it('draws the X-linked square with X and Y sperm: sons get only the mother’s X', () => {
    render(<CrossTable condition={conditionForMode('XR')} father="d" mother="+/d" />);
    const rows = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Sperm with X: normal + (daughter) (0%)', 'Sperm with X: variant d (daughter) (50%)', 'Sperm with Y (son) (50%)']);
    expect(screen.getByRole('cell', { name: /^d25%Son is affected$/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: /^d\/d25%Daughter is affected$/ })).toBeInTheDocument();
    expect(screen.getByText('Each son is affected with probability 50%, each daughter with 50%.')).toBeInTheDocument();
  });

  it('shows an alert naming the bad genotype instead of a table', () => {
    render(<CrossTable condition={conditionForMode('XR')} father="d/+" mother="+/+" />);
    expect(screen.getByRole('alert')).toHaveTextContent('father "d/+": for an X-linked condition a man has one X');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
