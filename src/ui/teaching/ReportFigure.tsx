// The report's figure: the app's own drawing with its legend, as a static SVG sized to the
// page (print never depends on the editor's zoom).
import { useMemo } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import { PedigreeDrawing } from '../chart/PedigreeDrawing.tsx';
import { buildScene } from '../chart/scene.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';

export function ReportFigure({ doc, layout, privacy, title }: { doc: PedigreeDocument; layout: PedigreeLayout; privacy: boolean; title: string }) {
  const scene = useMemo(() => buildScene(doc, layout, { privacy, showGenotypes: true, theme: DEFAULT_THEME, legend: true }), [doc, layout, privacy]);
  const { box } = scene;
  const w = Math.ceil(box.maxX - box.minX);
  const h = Math.ceil(box.maxY - box.minY);
  return (
    <figure className="report-figure">
      <svg viewBox={`${box.minX} ${box.minY} ${w} ${h}`} width="100%" style={{ maxHeight: '60vh' }} role="img" aria-label={`Pedigree figure with legend: ${title}`}>
        <rect x={box.minX} y={box.minY} width={w} height={h} fill={DEFAULT_THEME.background} />
        <PedigreeDrawing doc={doc} layout={layout} model={scene.model} metrics={scene.metrics} theme={DEFAULT_THEME} content={scene.content} legend={scene.legend} interactive={false} />
      </svg>
      <figcaption>{title}. The key beside the pedigree defines every fill and mark.</figcaption>
    </figure>
  );
}
