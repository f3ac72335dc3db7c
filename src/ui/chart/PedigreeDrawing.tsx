// The pedigree drawn as SVG elements, without the outer <svg>: lines, generation
// numerals, people, the highlighted variant path and the key. The live chart wraps it
// in a zoomable <svg>; the export renders the same component to a standalone file.
import type { ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import { ChartLines } from './ChartLines.tsx';
import type { ChartMetrics } from './chartMetrics.ts';
import type { ChartModel } from './chartModel.ts';
import { numeralX, type Box, type LegendBox } from './drawingExtent.ts';
import { FillPatterns } from './FillPatterns.tsx';
import { GenerationNumerals } from './GenerationNumerals.tsx';
import { Legend } from './Legend.tsx';
import type { LegendItem } from './legendItems.ts';
import { PersonNode } from './PersonNode.tsx';
import type { ChartTheme } from './theme.ts';
import type { VariantPath } from './variantPath.ts';
import { VariantPathOverlay } from './VariantPathOverlay.tsx';

export interface PedigreeDrawingProps {
  doc: PedigreeDocument;
  layout: PedigreeLayout;
  model: ChartModel;
  metrics: ChartMetrics;
  theme: ChartTheme;
  content: Box;
  legend: { items: readonly LegendItem[]; box: LegendBox } | null;
  selectedId?: string | null;
  path?: VariantPath | null;
  interactive: boolean;
  /** Draw only people whose centre lies in this box (culling for large pedigrees). */
  visible?: Box | null;
  /** False draws symbols only (far zoomed out on a large pedigree). Default true. */
  detailed?: boolean;
  onSelect?: (id: string) => void;
  onCopyHover?: (personId: string, copy: ParentOfOrigin | null) => void;
}

function onPath(path: VariantPath | null | undefined, id: string): string | null {
  if (!path || !path.people.has(id)) return null;
  return (['paternal', 'maternal'] as const).filter((c) => path.copies.has(`${id}:${c}`)).join(',');
}

/** Whether a line's bounding box meets the box (a long sibship line may cross it with both ends outside). */
function spans(points: readonly [number, number][], box: Box): boolean {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.min(...xs) <= box.maxX && Math.max(...xs) >= box.minX && Math.min(...ys) <= box.maxY && Math.max(...ys) >= box.minY;
}

export function PedigreeDrawing(p: PedigreeDrawingProps) {
  const { model, theme, metrics, visible } = p;
  const styleIndices = [...new Set([...model.fills.values()].map((f) => f.styleIndex))];
  const people = visible
    ? model.people.filter((v) => v.x >= visible.minX && v.x <= visible.maxX && v.y >= visible.minY && v.y <= visible.maxY)
    : model.people;
  const lines = visible
    ? p.layout.lines.filter((l) => spans(l.points, visible))
    : p.layout.lines;
  return (
    <g fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">
      <FillPatterns theme={theme} styleIndices={styleIndices} />
      <ChartLines lines={lines} theme={theme} />
      {p.path && <VariantPathOverlay doc={p.doc} layout={p.layout} path={p.path} theme={theme} />}
      <GenerationNumerals rows={p.layout.generations} x={numeralX(p.content, metrics)} theme={theme} />
      <g>
        {people.map((v) => (
          <PersonNode
            key={v.key}
            view={v}
            metrics={metrics}
            theme={theme}
            fills={model.fills}
            selected={p.selectedId === v.id}
            pathCopies={onPath(p.path, v.id)}
            interactive={p.interactive}
            detailed={p.detailed ?? true}
            {...(p.onSelect ? { onSelect: p.onSelect } : {})}
            {...(p.onCopyHover ? { onCopyHover: p.onCopyHover } : {})}
          />
        ))}
      </g>
      {p.legend && <Legend items={p.legend.items} box={p.legend.box} theme={theme} fills={model.fills} />}
    </g>
  );
}
