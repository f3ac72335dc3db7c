// Where everything sits: the extent of people, labels and lines; the numeral margin to
// its left; the legend to its right. Placing the legend and numerals outside the content
// box is what guarantees no overlap between them and the pedigree (NOMENCLATURE
// guarantee 5) without measuring any text in the DOM.
import type { PedigreeLayout } from '../../layout/types.ts';
import type { ChartModel } from './chartModel.ts';
import { belowHeight, textWidth, type ChartMetrics } from './chartMetrics.ts';
import type { LegendItem } from './legendItems.ts';
import type { PersonView } from './personView.ts';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LegendBox extends Box {
  rowHeight: number;
  swatch: number;
}

/** A person's reach around their centre; depends only on content, so cached per content token. */
interface Reach {
  metrics: ChartMetrics;
  left: number;
  right: number;
  down: number;
}
const reachCache = new WeakMap<object, Reach>();

function reachOf(v: PersonView, m: ChartMetrics): Reach {
  const cached = reachCache.get(v.token);
  if (cached?.metrics === m) return cached;
  const copiesHalf = m.copyBox + m.copyGap / 2 + m.fontSize;
  const text = Math.max(0, ...v.below.map((t) => textWidth(t, m.fontSize))) / 2;
  const half = Math.max(m.size / 2 + m.size * 0.25, text, v.copies ? copiesHalf : 0);
  const left = v.proband || v.consultand ? Math.max(half, m.leftReach + m.fontSize) : half;
  const reach = { metrics: m, left, right: half, down: belowHeight(m, v.copies !== null, v.below.length) };
  reachCache.set(v.token, reach);
  return reach;
}

export function contentExtent(model: ChartModel, layout: PedigreeLayout, m: ChartMetrics): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    box.minX = Math.min(box.minX, x0);
    box.minY = Math.min(box.minY, y0);
    box.maxX = Math.max(box.maxX, x1);
    box.maxY = Math.max(box.maxY, y1);
  };
  for (const v of model.people) {
    const r = reachOf(v, m);
    grow(v.x - r.left, v.y - m.size / 2 - m.fontSize, v.x + r.right, v.y + r.down);
  }
  for (const l of layout.lines) for (const [x, y] of l.points) grow(x, y, x, y);
  if (box.minX === Infinity) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return box;
}

/** Right edge of the Roman numerals, left of the content (L8). */
export function numeralX(content: Box, m: ChartMetrics): number {
  return content.minX - m.fontSize;
}

export function placeLegend(items: readonly LegendItem[], content: Box, m: ChartMetrics): LegendBox | null {
  if (items.length === 0) return null;
  const swatch = Math.max(m.fontSize * 2.2, 22);
  const rowHeight = swatch + m.fontSize * 0.5;
  const widest = Math.max(textWidth('Key', m.fontSize), ...items.map((i) => textWidth(i.text, m.fontSize)));
  const pad = m.fontSize;
  const minX = content.maxX + m.size;
  const minY = content.minY;
  return {
    minX,
    minY,
    maxX: minX + pad * 2 + swatch * 2 + pad + widest,
    maxY: minY + pad * 2 + rowHeight * (items.length + 1),
    rowHeight,
    swatch,
  };
}

/** The whole drawing, with a margin: numerals, content and legend. */
export function drawingBox(content: Box, legend: LegendBox | null, m: ChartMetrics): Box {
  const margin = m.fontSize;
  return {
    minX: numeralX(content, m) - m.numeralWidth - margin,
    minY: content.minY - margin,
    maxX: Math.max(content.maxX, legend?.maxX ?? -Infinity) + margin,
    maxY: Math.max(content.maxY, legend?.maxY ?? -Infinity) + margin,
  };
}
