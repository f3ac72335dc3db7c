// The chart sizes the generation gap from the layout's sibship rise, so a row's text ends
// just above the sibship line of the row below: in the editor and on the projector.
import { describe, expect, it } from 'vitest';
import { SIBSHIP_RISE } from '../../../src/layout/geometry.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import type { LayoutMetrics } from '../../../src/layout/types.ts';
import { belowHeight, chartLayoutMetrics, chartMetrics, MAX_LINES_BELOW } from '../../../src/ui/chart/chartMetrics.ts';
import { DEFAULT_THEME, type ChartTheme } from '../../../src/ui/chart/theme.ts';
import { PROJECTOR_LIGHT, projectorLayoutMetrics } from '../../../src/ui/teaching/projectorThemes.ts';
import { trio } from '../../layout/fixtures/pedigrees.ts';

/** How far the sibship line over the trio's child lies below the end of its parents' text. */
function roomAboveSibship(metrics: LayoutMetrics, theme: ChartTheme, lines: number) {
  const layout = layoutPedigree(trio(), metrics);
  // An only child has no sibship line: the line of descent ends where it would be.
  const sibshipY = layout.lines.find((l) => l.kind === 'descent')!.points[1]![1];
  const textEnd = layout.people.p1!.y + belowHeight(chartMetrics(metrics, theme), true, lines);
  return { sibshipY, childY: layout.people.p3!.y, textEnd };
}

describe('room between a row’s text and the next sibship line', () => {
  it.each([
    ['the editor', chartLayoutMetrics(DEFAULT_THEME), DEFAULT_THEME, MAX_LINES_BELOW],
    ['the projector', projectorLayoutMetrics(PROJECTOR_LIGHT, 2), PROJECTOR_LIGHT, 2],
  ] as const)('in %s: the line hangs SIBSHIP_RISE of the gap above the children; text ends 0.6 em above it (+ < 1 unit of rounding)', (_, metrics, theme, lines) => {
    const { sibshipY, childY, textEnd } = roomAboveSibship(metrics, theme, lines);
    expect(sibshipY).toBeCloseTo(childY - SIBSHIP_RISE * metrics.generationGap, 9);
    const room = sibshipY - textEnd;
    expect(room).toBeGreaterThanOrEqual(theme.fontSize * 0.6 - 1e-9);
    expect(room).toBeLessThan(theme.fontSize * 0.6 + (1 - SIBSHIP_RISE));
  });
});
