// The chart follows its area's size (the header wraps, panels open, a phone turns):
// a fitted view is refitted, a view the user zoomed keeps its centre. jsdom has no
// layout, so the <svg>'s size and the ResizeObserver are stand-ins driven by the test.
import { act, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import type { ZoomControls, ZoomTransform } from '../../../src/ui/chart/useZoom.ts';
import { gnasFamily, gnasFamilyLayout } from '../../fixtures/chartFamilies.ts';

let size = { width: 600, height: 300 };
const observers: (() => void)[] = [];

beforeEach(() => {
  size = { width: 600, height: 300 };
  observers.length = 0;
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return this.tagName === 'svg' ? size.width : 0;
  });
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return this.tagName === 'svg' ? size.height : 0;
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: () => void) {}
      observe() {
        observers.push(this.callback);
      }
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function resizeTo(width: number, height: number) {
  size = { width, height };
  act(() => observers.forEach((notify) => notify()));
}

function transform(): ZoomTransform {
  const group = screen.getByRole('group', { name: 'Pedigree chart' }).querySelector(':scope > g')!;
  const [, x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(group.getAttribute('transform') ?? '')!.map(Number);
  return { x: x!, y: y!, k: k! };
}

function showChart() {
  const controls = createRef<ZoomControls>();
  render(<PedigreeChart document={gnasFamily()} layout={gnasFamilyLayout()} controlsRef={controls} />);
  return controls;
}

describe('the chart when its area changes size', () => {
  it('refits a fitted drawing: at half the width and height the whole transform halves', () => {
    showChart();
    const fitted = transform();
    expect(fitted.k).toBeLessThan(1.5); // not at the 1.5× cap, so the fit scales with the viewport
    resizeTo(300, 150);
    const after = transform();
    expect(after.k).toBeCloseTo(fitted.k / 2, 10);
    expect(after.x).toBeCloseTo(fitted.x / 2, 10);
    expect(after.y).toBeCloseTo(fitted.y / 2, 10);
  });

  it('keeps the scale and the centred point of a view the user zoomed', () => {
    const controls = showChart();
    act(() => controls.current!.zoomIn());
    const zoomed = transform();
    resizeTo(300, 150);
    const after = transform();
    expect(after.k).toBeCloseTo(zoomed.k, 10);
    // The viewport lost 300 × 150 px: the drawing moves half of that, so its centre stays put.
    expect(after.x).toBeCloseTo(zoomed.x - 150, 10);
    expect(after.y).toBeCloseTo(zoomed.y - 75, 10);
  });

  it('follows the size again after Fit', () => {
    const controls = showChart();
    const fitted = transform();
    act(() => controls.current!.zoomIn());
    resizeTo(300, 150);
    act(() => controls.current!.fit());
    resizeTo(600, 300);
    const after = transform();
    expect(after.k).toBeCloseTo(fitted.k, 10);
    expect(after.x).toBeCloseTo(fitted.x, 10);
    expect(after.y).toBeCloseTo(fitted.y, 10);
  });

  it('does nothing when the observer reports the size it already had', () => {
    const controls = showChart();
    act(() => controls.current!.zoomIn());
    const zoomed = transform();
    resizeTo(600, 300);
    expect(transform()).toEqual(zoomed);
  });
});
