// Projector themes for presentation mode (USERS.md: readable from the back of a room).
// Sizes are chosen so that at 1920×1080 a pedigree of up to 40 people, fitted to the
// screen, still draws symbols of at least 48 px and text of at least 24 px (checked in
// test/e2e/teaching.e2e.ts). Dark: white ink on black (21:1); fills keep the Okabe–Ito
// colours and their patterns, which stay distinguishable on black.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { SIBSHIP_RISE } from '../../layout/geometry.ts';
import type { LayoutMetrics } from '../../layout/types.ts';
import { belowHeight, chartMetrics } from '../chart/chartMetrics.ts';
import { textBelow } from '../chart/personText.ts';
import { DEFAULT_THEME, type ChartTheme } from '../chart/theme.ts';

export type ProjectorThemeName = 'dark' | 'light';

export const PROJECTOR_LIGHT: ChartTheme = {
  ...DEFAULT_THEME,
  symbolSize: 60,
  fontSize: 32,
  strokeWidth: 3.5,
  copyTags: false,
};

export const PROJECTOR_DARK: ChartTheme = {
  ...PROJECTOR_LIGHT,
  ink: '#FFFFFF',
  muted: '#C8C8C8',
  background: '#000000',
  selection: '#56B4E9',
  highlight: '#E69F00',
};

export const PROJECTOR_THEMES: Record<ProjectorThemeName, ChartTheme> = { dark: PROJECTOR_DARK, light: PROJECTOR_LIGHT };

/** Most text lines under a symbol with names and dates hidden (age, sex at birth, number). */
export function linesBelowOnProjector(doc: PedigreeDocument): number {
  return Math.max(1, ...doc.persons.map((p) => textBelow(p, 'IV-12', true).length));
}

/**
 * Tighter metrics than the editor's: on the projector names and dates are hidden (privacy),
 * so under a symbol there are only the lines the family needs (`linesBelow`, often just
 * the pedigree number), and a neighbour needs room for a short label ("III-12")
 * rather than a name.
 */
export function projectorLayoutMetrics(theme: ChartTheme, linesBelow = 2): LayoutMetrics {
  const symbolSize = theme.symbolSize;
  const m = chartMetrics({ symbolSize, horizontalGap: 0, generationGap: 0 }, theme);
  const below = belowHeight(m, true, linesBelow) + theme.fontSize * 0.6;
  return {
    symbolSize,
    // Room for a six-character label ("III-16") without the chart cutting it: the chart
    // allows text the gap less half a font size, at 0.56 em per glyph (chartModel.ts).
    horizontalGap: Math.max(symbolSize * 1.4, theme.fontSize * (0.56 * 6 + 0.5) + 1),
    generationGap: Math.ceil(below / (1 - SIBSHIP_RISE)),
  };
}
