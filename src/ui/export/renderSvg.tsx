// A standalone SVG file of a pedigree: the same PedigreeDrawing the app shows, rendered
// to a string with react-dom/server, so the CLI (no browser) and the app's "Export SVG"
// produce the same figure. Every style is an SVG attribute, so the file needs no CSS.
import { renderToStaticMarkup } from 'react-dom/server';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import type { AlleleTags } from '../chart/copies.ts';
import { PedigreeDrawing } from '../chart/PedigreeDrawing.tsx';
import { buildScene } from '../chart/scene.ts';
import { DEFAULT_THEME, type ChartTheme } from '../chart/theme.ts';

export interface SvgExportOptions {
  /** Hide names and dates (NOMENCLATURE L10). */
  privacy?: boolean;
  /** Draw the key beside the pedigree. Default true. */
  legend?: boolean;
  /** Draw each person's two copies. Default true. */
  showGenotypes?: boolean;
  theme?: ChartTheme;
  /** Multiplies width and height (the viewBox stays), e.g. 2 for a sharper PNG. */
  scale?: number;
  title?: string;
  alleleTags?: AlleleTags;
}

export interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

export function renderPedigreeSvg(doc: PedigreeDocument, layout: PedigreeLayout, options: SvgExportOptions = {}): SvgExport {
  const theme = options.theme ?? DEFAULT_THEME;
  const scene = buildScene(doc, layout, {
    privacy: options.privacy ?? false,
    showGenotypes: options.showGenotypes ?? true,
    theme,
    legend: options.legend ?? true,
    ...(options.alleleTags ? { alleleTags: options.alleleTags } : {}),
  });
  const { box } = scene;
  const w = Math.ceil(box.maxX - box.minX);
  const h = Math.ceil(box.maxY - box.minY);
  const scale = options.scale ?? 1;
  const title = options.title ?? doc.meta.title ?? 'Pedigree';
  const body = renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${box.minX} ${box.minY} ${w} ${h}`}
      width={Math.round(w * scale)}
      height={Math.round(h * scale)}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <rect x={box.minX} y={box.minY} width={w} height={h} fill={theme.background} />
      <PedigreeDrawing doc={doc} layout={layout} model={scene.model} metrics={scene.metrics} theme={theme} content={scene.content} legend={scene.legend} interactive={false} />
    </svg>,
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, width: Math.round(w * scale), height: Math.round(h * scale) };
}
