// Everything needed to draw one pedigree, computed once per input: the chart model, fixed
// metrics, content extent, legend and the highlighted variant path. Shared by the live
// chart and the SVG export so both draw the same figure.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import { chartMetrics, type ChartMetrics } from './chartMetrics.ts';
import { buildChartModel, type ChartModel, type ChartOptions } from './chartModel.ts';
import { contentExtent, drawingBox, placeLegend, type Box, type LegendBox } from './drawingExtent.ts';
import { legendItems, type LegendItem } from './legendItems.ts';
import type { ChartTheme } from './theme.ts';
import { copyKey, variantPath, type CopyRef, type VariantPath } from './variantPath.ts';

export interface Scene {
  model: ChartModel;
  metrics: ChartMetrics;
  content: Box;
  legend: { items: LegendItem[]; box: LegendBox } | null;
  /** The whole drawing: numerals, content and legend. */
  box: Box;
}

export function buildScene(
  doc: PedigreeDocument,
  layout: PedigreeLayout,
  options: Omit<ChartOptions, 'fontSize'> & { theme: ChartTheme; legend: boolean; highlighting?: boolean },
  prebuilt?: ChartModel,
): Scene {
  const model = prebuilt ?? buildChartModel(doc, layout, { ...options, fontSize: options.theme.fontSize });
  const metrics = chartMetrics(layout.metrics, options.theme);
  const content = contentExtent(model, layout, metrics);
  const items = options.legend ? legendItems(model, layout.lines, options.highlighting ?? false) : [];
  const legendBox = placeLegend(items, content, metrics);
  const legend = legendBox ? { items, box: legendBox } : null;
  return { model, metrics, content, legend, box: drawingBox(content, legendBox, metrics) };
}

/** Merge several paths (a person with the variant on both copies has two). */
function mergePaths(paths: VariantPath[]): VariantPath | null {
  const [first, ...rest] = paths;
  if (!first) return null;
  for (const p of rest) {
    p.copies.forEach((c) => first.copies.add(c));
    p.people.forEach((id) => first.people.add(id));
    first.edges.push(...p.edges.filter((e) => !first.edges.some((f) => f.parent === e.parent && f.child === e.child)));
  }
  return first;
}

export interface HighlightInput {
  doc: PedigreeDocument;
  model: ChartModel;
  /** Hovered or explicitly requested copy wins over the selection. */
  copy: CopyRef | null;
  selectedId: string | null;
}

/**
 * The variant path to highlight: the requested copy's, else every variant copy of the
 * selected person. None when copies are hidden ("predict first" must not give it away).
 */
export function highlightedPath({ doc, model, copy, selectedId }: HighlightInput, tags?: Parameters<typeof variantPath>[3]): VariantPath | null {
  const shown = model.people.some((v) => v.copies !== null);
  if (!shown) return null;
  const conditionId = model.active?.id ?? null;
  // A hovered normal copy has no path: the selection's path stays on screen instead.
  const requested = copy ? variantPath(doc, conditionId, copy, tags) : null;
  if (requested) return requested;
  if (!selectedId) return null;
  const view = model.people.find((v) => v.id === selectedId);
  if (!view?.copies) return null;
  const starts = (['paternal', 'maternal'] as const).filter((c) => view.copies![c].allele === 'd');
  const paths = starts.map((c) => variantPath(doc, conditionId, { personId: selectedId, copy: c }, tags)).filter((p): p is VariantPath => p !== null);
  const merged = mergePaths(paths);
  if (merged) starts.forEach((c) => merged.copies.add(copyKey({ personId: selectedId, copy: c })));
  return merged;
}
