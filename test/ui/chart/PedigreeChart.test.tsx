// The chart as a user and a screen reader meet it: every person a named button, a key
// that lists exactly what is drawn, the two copies with the silenced one marked.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { gnasFamily, gnasFamilyLayout } from '../../fixtures/chartFamilies.ts';

const layout = gnasFamilyLayout();

function legendTexts(): string[] {
  const key = screen.getByRole('list', { name: 'Key' });
  // The swatch is aria-hidden; what a reader hears is the item's own text.
  return within(key).getAllByRole('listitem').map((li) => li.querySelector(':scope > text')?.textContent ?? '');
}

function withPerson(doc: PedigreeDocument, id: string, change: (p: PedigreeDocument['persons'][number]) => PedigreeDocument['persons'][number]): PedigreeDocument {
  return { ...doc, persons: doc.persons.map((p) => (p.id === id ? change(p) : p)) };
}

describe('PedigreeChart', () => {
  it('names every person from the data: number, name, gender, status with phenotype, copies', () => {
    render(<PedigreeChart document={gnasFamily()} layout={layout} />);
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toHaveLength(9);
    expect(screen.getByRole('button', { name: 'III-4, Gil, woman, affected: PHP1a, proband, variant on the copy from her mother' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'II-2, Dora, woman, affected: PPHP, variant on the copy from her father (silenced)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I-1, Arthur, man, unaffected, deceased at 81, variant on the copy from his mother' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'III-1, Hana, woman, unaffected' })).toBeInTheDocument();
  });

  it('lists in the key exactly the fills, marks and copy states drawn', () => {
    render(<PedigreeChart document={gnasFamily()} layout={layout} />);
    expect(legendTexts()).toEqual([
      'Affected: PPHP (GNAS)',
      'Affected: PHP1a (GNAS)',
      'Deceased (d. = age at death)',
      'P: proband',
      'Two copies: F from the father, M from the mother',
      'd: copy with the variant',
      '+: normal copy',
      '?: copy not known',
      'Silenced copy (not expressed)',
    ]);
  });

  it('updates the key when statuses change: no PPHP left, a carrier dot added', () => {
    const doc = gnasFamily();
    const { rerender } = render(<PedigreeChart document={doc} layout={layout} />);
    let next = withPerson(doc, 'p3', (p) => ({ ...p, observations: { gnas: { status: 'unaffected' } } }));
    next = withPerson(next, 'p9', (p) => ({ ...p, observations: { gnas: { status: 'unaffected', carrierMark: 'carrier' } } }));
    rerender(<PedigreeChart document={next} layout={layout} />);
    const texts = legendTexts();
    expect(texts).not.toContain('Affected: PPHP (GNAS)');
    expect(texts).toContain('Affected: PHP1a (GNAS)');
    expect(texts).toContain('Carrier, not expected to manifest (NSGC dot)');
  });

  it('marks the father’s copy silenced under maternal expression and the mother’s under paternal expression', () => {
    const doc = gnasFamily();
    const { rerender } = render(<PedigreeChart document={doc} layout={layout} />);
    const dora = () => screen.getByRole('button', { name: /^II-2, Dora/ });
    const state = (copy: string) => dora().closest('[data-person]')?.querySelector(`[data-copy="${copy}"]`)?.getAttribute('data-expression');
    expect([state('paternal'), state('maternal')]).toEqual(['silenced', 'expressed']);
    const flipped: PedigreeDocument = { ...doc, conditions: doc.conditions.map((c) => ({ ...c, expression: { paternal: 1, maternal: 0 } })) };
    rerender(<PedigreeChart document={flipped} layout={layout} />);
    expect([state('paternal'), state('maternal')]).toEqual(['expressed', 'silenced']);
    expect(dora()).toHaveAccessibleName('II-2, Dora, woman, affected: PPHP, variant on the copy from her father');
  });

  it('never uses the NSGC carrier dot for a silenced copy', () => {
    render(<PedigreeChart document={gnasFamily()} layout={layout} />);
    expect(legendTexts().some((t) => t.includes('Carrier'))).toBe(false);
  });

  it('hides names in privacy mode, on the chart and in accessible names', () => {
    render(<PedigreeChart document={gnasFamily()} layout={layout} privacy />);
    expect(screen.queryByText('Dora')).toBeNull();
    expect(screen.getByRole('button', { name: 'II-2, woman, affected: PPHP, variant on the copy from her father (silenced)' })).toBeInTheDocument();
  });

  it('hides copies and their words when genotypes are hidden (predict first)', () => {
    render(<PedigreeChart document={gnasFamily()} layout={layout} showGenotypes={false} selectedId="p9" />);
    expect(screen.getByRole('button', { name: 'IV-1, Ida, woman, affected: PPHP' })).toBeInTheDocument();
    expect(document.querySelector('[data-copy]')).toBeNull();
    expect(document.querySelector('[data-on-variant-path]')).toBeNull();
    expect(legendTexts().some((t) => t.includes('copy'))).toBe(false);
  });

  it('selects a person by click and by keyboard, and highlights the selected variant’s path', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    function Harness() {
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <PedigreeChart
          document={gnasFamily()}
          layout={layout}
          selectedId={selected}
          onSelect={(id) => {
            onSelect(id);
            setSelected(id);
          }}
        />
      );
    }
    render(<Harness />);
    const ida = screen.getByRole('button', { name: /^IV-1, Ida/ });
    await user.click(ida);
    expect(onSelect).toHaveBeenLastCalledWith('p9');
    expect(ida).toHaveAttribute('aria-pressed', 'true');
    const onPath = [...document.querySelectorAll('[data-on-variant-path]')].map((e) => e.getAttribute('data-person')).sort();
    // Ida's paternal d came from Eli's maternal copy, from Dora's paternal copy, from
    // Arthur's maternal copy; Gil got the same copy from Dora. Fay did not.
    expect(onPath).toEqual(['p1', 'p3', 'p5', 'p7', 'p9']);
    expect(legendTexts()).toContain('Path of the highlighted variant');

    screen.getByRole('button', { name: /^III-3, Fay/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('p6');
    expect(document.querySelector('[data-on-variant-path]')).toBeNull();
  });
});
