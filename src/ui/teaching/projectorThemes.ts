// Projector themes for presentation mode (USERS.md: readable from the back of a room).
// Sizes are chosen so that at 1920×1080 a pedigree of up to 40 people, fitted to the
// screen, still draws symbols of at least 48 px and text of at least 24 px (checked in
// test/e2e/teaching.e2e.ts). Dark: white ink on black (21:1); fills keep the Okabe–Ito
// colours and their patterns, which stay distinguishable on black.
import type { LayoutMetrics } from '../../layout/types.ts';
import { belowHeight, chartMetrics } from '../chart/chartMetrics.ts';
import { DEFAULT_THEME, type ChartTheme } from '../chart/theme.ts';

export type ProjectorThemeName = 'dark' | 'light';

export const PROJECTOR_LIGHT: ChartTheme = {
  ...DEFAULT_THEME,
  symbolSize: 60,
  fontSize: 32,
  strokeWidth: 3.5,
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

/**
 * Tighter metrics than the editor's: on the projector names and dates are hidden (privacy),
 * so under a symbol there are at most two short lines (age, pedigree number), and a
 * neighbour needs room for about six characters ("III-12") rather than a name.
 */
export function projectorLayoutMetrics(theme: ChartTheme): LayoutMetrics {
  const symbolSize = theme.symbolSize;
  const m = chartMetrics({ symbolSize, horizontalGap: 0, generationGap: 0 }, theme);
  const below = belowHeight(m, true, 2) + theme.fontSize * 0.6;
  return {
    symbolSize,
    horizontalGap: Math.max(symbolSize * 1.4, theme.fontSize * 0.56 * 6.3),
    generationGap: Math.ceil(below / 0.65),
  };
}
