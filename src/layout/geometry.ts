// What the line builders need to know about a finished placement.
import type { PedigreeGraph } from './graph.ts';
import type { Layers } from './layers.ts';
import type { LayoutMetrics } from './types.ts';

export interface Geometry {
  g: PedigreeGraph;
  l: Layers;
  metrics: LayoutMetrics;
  /** Centre x of every node (persons, then virtual nodes). */
  x: Float64Array;
  /** Position of every node in its row. */
  pos: Int32Array;
  yOf: (node: number) => number;
  /** Height of the sibship line hanging above row r. */
  sibshipY: (row: number) => number;
  /** True when nothing is drawn between two nodes of one row. */
  adjacent: (a: number, b: number) => boolean;
}

/**
 * Height of a sibship line above its children's row, as a share of the generation gap: low
 * enough to leave the row above room for its labels (the chart sizes the gap from this,
 * ui/chart/chartMetrics.ts), high enough that the line reads as hanging over the children.
 */
export const SIBSHIP_RISE = 0.35;

export function rowY(metrics: LayoutMetrics, row: number): number {
  return row * metrics.generationGap;
}
