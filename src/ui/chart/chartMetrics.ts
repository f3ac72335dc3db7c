// Fixed offsets of everything drawn around a symbol, from the layout's symbol size and the
// theme's font size. Nothing is measured in the DOM (ARCHITECTURE.md), so the exported SVG,
// the server-side render and the live chart agree exactly; text width is estimated from
// character count (an average glyph is about 0.6 em in common sans-serif fonts).
import { SIBSHIP_RISE } from '../../layout/geometry.ts';
import type { LayoutMetrics } from '../../layout/types.ts';
import type { ChartTheme } from './theme.ts';

export interface ChartMetrics {
  size: number;
  fontSize: number;
  lineHeight: number;
  /** Each copy box: width, height, gap between the pair; top edge below the centre. */
  copyBox: number;
  copyGap: number;
  copiesTop: number;
  /** Baseline of the first text line below the symbol, with and without copy boxes. */
  textTop: (withCopies: boolean) => number;
  /** Space left of the symbol for the proband arrow and brackets. */
  leftReach: number;
  /** Width of the generation-numeral margin. */
  numeralWidth: number;
  /**
   * Each person's tap and click area (PersonHitArea.tsx): as wide as the layout's minimum
   * centre-to-centre spacing, so neighbours' areas meet but never overlap; reaching
   * `slotTop` above the centre, up to the row's sibship line, and at most `slotBottom`
   * below it, down to the next row's sibship line.
   */
  slotWidth: number;
  slotTop: number;
  slotBottom: number;
}

export const GLYPH_WIDTH_EM = 0.56;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_WIDTH_EM;
}

const metricsCache = new WeakMap<ChartTheme, Map<string, ChartMetrics>>();

/** Cached per theme and sizes, so memoised people see the same object after an edit. */
export function chartMetrics(layout: LayoutMetrics, theme: ChartTheme): ChartMetrics {
  const key = `${layout.symbolSize},${layout.horizontalGap},${layout.generationGap}`;
  let byTheme = metricsCache.get(theme);
  const hit = byTheme?.get(key);
  if (hit) return hit;
  const made = computeMetrics(layout, theme);
  if (!byTheme) metricsCache.set(theme, (byTheme = new Map()));
  byTheme.set(key, made);
  return made;
}

function computeMetrics(layout: LayoutMetrics, theme: ChartTheme): ChartMetrics {
  const size = layout.symbolSize;
  const fontSize = theme.fontSize;
  const copyBox = Math.max(size * 0.4, fontSize * 1.3);
  const copiesTop = size / 2 + fontSize * 0.5;
  const lineHeight = fontSize * 1.2;
  return {
    size,
    fontSize,
    lineHeight,
    copyBox,
    copyGap: Math.max(2, size * 0.05),
    copiesTop,
    textTop: (withCopies) => (withCopies ? copiesTop + copyBox : size / 2) + fontSize * 1.1,
    leftReach: size * 0.95 + fontSize * 0.6,
    numeralWidth: fontSize * 3.5,
    slotWidth: Math.max(size, layout.horizontalGap),
    // The layout draws a sibship line SIBSHIP_RISE of the generation gap above its row, and
    // chartLayoutMetrics keeps the row above's labels higher than that line.
    slotTop: Math.max(size / 2, layout.generationGap * SIBSHIP_RISE),
    slotBottom: Math.max(size / 2, layout.generationGap * (1 - SIBSHIP_RISE)),
  };
}

/** Height of a person's drawing below its centre. */
export function belowHeight(m: ChartMetrics, withCopies: boolean, lines: number): number {
  return m.textTop(withCopies) + (lines - 1) * m.lineHeight + m.fontSize * 0.3;
}

/** Most lines below a symbol: name, age or pregnancy, sex at birth, pedigree number (S12). */
export const MAX_LINES_BELOW = 4;

/**
 * Layout metrics that leave room for what the chart draws under each symbol: the copy
 * boxes and up to four text lines must end above the sibship line of the next row, which
 * the layout puts SIBSHIP_RISE of the generation gap above that row. Pass the result to
 * `layoutPedigree(doc, chartLayoutMetrics(theme))`.
 */
export function chartLayoutMetrics(theme: ChartTheme, symbolSize = theme.symbolSize): LayoutMetrics {
  const m = chartMetrics({ symbolSize, horizontalGap: 0, generationGap: 0 }, theme);
  const below = belowHeight(m, true, MAX_LINES_BELOW) + theme.fontSize * 0.6;
  return {
    symbolSize,
    horizontalGap: Math.max(symbolSize * 1.75, theme.fontSize * 0.56 * 12),
    generationGap: Math.ceil(below / (1 - SIBSHIP_RISE)),
  };
}

/** `text` cut with an ellipsis to fit `maxWidth` (names must not run into a neighbour's). */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH_EM)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}
