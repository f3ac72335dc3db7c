// A finger-sized tap target for each person (WCAG 2.5.8; a symbol is ~19 px on a phone):
// an unpainted rect inside the person's button, half the layout's minimum spacing to each
// side, so neighbours' areas meet but never overlap, and absent from every export.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../../src/ui/chart/chartMetrics.ts';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import { renderPedigreeSvg } from '../../../src/ui/export/renderSvg.tsx';
import { gnasCondition } from '../../fixtures/chartFamilies.ts';
import { syntheticPedigree } from '../../fixtures/synthetic.ts';

/** `people` named people with the GNAS condition and two known copies each. */
function family(people: number): PedigreeDocument {
  const d = syntheticPedigree({ people, seed: 5 });
  return {
    ...d,
    conditions: [gnasCondition()],
    activeConditionId: 'gnas',
    persons: d.persons.map((p, i) => ({ ...p, name: `P${i}`, genotypes: { gnas: { paternal: i % 3 === 0 ? ('d' as const) : ('+' as const), maternal: '+' as const } } })),
  };
}

const metrics = chartLayoutMetrics(DEFAULT_THEME);

interface Slot {
  id: string;
  width: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Each drawn person's hit area in drawing units, from its shell's translation. */
function slots(): Slot[] {
  return [...document.querySelectorAll('[data-person]')].map((shell) => {
    const [, cx, cy] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(shell.getAttribute('transform')!)!.map(Number);
    const areas = shell.querySelectorAll('[role="button"] > rect.il-hit-area');
    expect(areas).toHaveLength(1);
    const r = (name: string) => Number(areas[0]!.getAttribute(name));
    return { id: shell.getAttribute('data-person')!, width: r('width'), left: cx! + r('x'), top: cy! + r('y'), right: cx! + r('x') + r('width'), bottom: cy! + r('y') + r('height') };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('person hit area', () => {
  it('is the minimum spacing wide (73.92) and reaches from the sibship line (55.65 above) to the end of the person’s text', () => {
    // Default theme, by hand: gap max(1.75 × 40, 11 × 0.56 × 12) = 73.92; generation gap
    // ceil((96.5 + 6.6) / 0.65) = 159, sibship line 0.35 × 159 = 55.65 above the centre;
    // text baseline 20 + 5.5 + 16 + 12.1 = 53.6 below it, 13.2 per further line, 3.3 descent.
    expect(metrics).toMatchObject({ horizontalGap: 73.92, generationGap: 159 });
    const doc = family(12);
    render(<PedigreeChart document={doc} layout={layoutPedigree(doc, metrics)} legend={false} />);
    for (const shell of document.querySelectorAll('[data-person]')) {
      const area = shell.querySelector('rect.il-hit-area')!;
      const lines = shell.querySelectorAll('text:not([x])').length; // copy letters and tags have an x
      expect(lines).toBeGreaterThanOrEqual(2);
      expect([area.getAttribute('x'), area.getAttribute('y'), area.getAttribute('width')]).toEqual(['-36.96', '-55.65', '73.92']);
      expect(Number(area.getAttribute('height'))).toBeCloseTo(55.65 + 53.6 + (lines - 1) * 13.2 + 3.3, 9);
    }
  });

  it('never overlaps a neighbour’s area, on a 60-person layout with cousin unions', () => {
    const d = syntheticPedigree({ people: 60, cousinUnionRate: 0.2, seed: 11 });
    render(<PedigreeChart document={d} layout={layoutPedigree(d, metrics)} legend={false} />);
    const all = slots();
    expect(all).toHaveLength(60);
    const overlaps = all.flatMap((a, i) =>
      all.slice(i + 1).filter((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1e-9 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1e-9).map((b) => `${a.id}/${b.id}`),
    );
    expect(overlaps).toEqual([]);
    // Tight: some neighbours stand at the minimum spacing, so their areas meet edge to edge.
    expect(all.some((a) => all.some((b) => Math.abs(a.right - b.left) < 1e-9 && a.top === b.top))).toBe(true);
  });

  it('is unpainted, sits first in the named button under the symbol and focus ring, and a click on it selects that person', async () => {
    const doc = family(6);
    const onSelect = vi.fn();
    render(<PedigreeChart document={doc} layout={layoutPedigree(doc, metrics)} legend={false} onSelect={onSelect} />);
    const button = screen.getByRole('button', { name: /^II-1, P\d+,/ });
    const area = button.firstElementChild!;
    expect(area).toHaveClass('il-hit-area');
    expect([area.getAttribute('fill'), area.getAttribute('pointer-events'), area.getAttribute('stroke')]).toEqual(['none', 'all', null]);
    expect(button).toHaveAttribute('tabindex', '0');
    expect(button.querySelector('.il-focus-ring')).toHaveAttribute('visibility', 'hidden');
    expect(within(button).queryByText(/./)).toBeNull(); // still no visible text inside the button
    await userEvent.click(area);
    const id = button.closest('[data-person]')!.getAttribute('data-person');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(id);
  });

  it('is left out of the exported SVG, which keeps no pointer-events or unpainted rects', () => {
    const doc = family(12);
    const { svg } = renderPedigreeSvg(doc, layoutPedigree(doc, metrics));
    expect(svg).not.toContain('il-hit-area');
    expect(svg).not.toContain('pointer-events');
    const people = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('[data-person]');
    expect(people).toHaveLength(12);
  });

  it('keeps a hit area on every symbol drawn in the 1,000-person symbols-only view', () => {
    // jsdom has no layout: the chart's size is a stand-in for a 390 × 400 phone chart.
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
      return this.tagName === 'svg' ? 390 : 0;
    });
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
      return this.tagName === 'svg' ? 400 : 0;
    });
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
    const d = syntheticPedigree({ people: 1000, seed: 2 });
    render(<PedigreeChart document={d} layout={layoutPedigree(d, metrics)} legend={false} />);
    const drawn = slots();
    expect(drawn.length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-person] text')).toHaveLength(0); // symbols only
    expect(drawn.every((s) => s.width === 73.92)).toBe(true);
  });
});
