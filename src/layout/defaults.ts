// Default drawing sizes, in drawing units (one SVG user unit at zoom 1).
import type { LayoutMetrics } from './types.ts';

export const DEFAULT_METRICS: LayoutMetrics = {
  symbolSize: 40,
  horizontalGap: 70,
  generationGap: 120,
};
