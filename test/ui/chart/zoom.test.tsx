// Zoom controls as the editor uses them (toolbar buttons, + / − / 0 keys) through the
// chart's controlsRef; the transform lands on the one group that holds the drawing.
import { act, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import type { ZoomControls } from '../../../src/ui/chart/useZoom.ts';
import { gnasFamily, gnasFamilyLayout } from '../../fixtures/chartFamilies.ts';

function scale(): number {
  const group = screen.getByRole('group', { name: 'Pedigree chart' }).querySelector(':scope > g')!;
  const match = /scale\(([\d.]+)\)/.exec(group.getAttribute('transform') ?? '');
  return Number(match?.[1]);
}

describe('chart zoom controls', () => {
  it('zooms in and out by 1.25× per step and fits back to the whole drawing', () => {
    const controls = createRef<ZoomControls>();
    render(<PedigreeChart document={gnasFamily()} layout={gnasFamilyLayout()} controlsRef={controls} />);
    // jsdom has no layout, so the viewport is taken to be the drawing itself, and fitting
    // it with the 5% margin gives 0.95×.
    expect(scale()).toBeCloseTo(0.95, 10);
    act(() => controls.current!.zoomIn());
    expect(scale()).toBeCloseTo(0.95 * 1.25, 10);
    act(() => controls.current!.zoomIn());
    act(() => controls.current!.zoomOut());
    expect(scale()).toBeCloseTo(0.95 * 1.25, 10);
    act(() => controls.current!.fit());
    expect(scale()).toBeCloseTo(0.95, 10);
  });
});
