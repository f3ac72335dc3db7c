// What the printer gets: the same standalone figure as "Export SVG" (chart and key,
// scaled to the page), made just before printing so screen zoom and pan do not matter
// and nothing is rendered twice while editing. Screen CSS hides it; print CSS shows only it.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';
import { renderPedigreeSvg } from '../export/renderSvg.tsx';

/**
 * The live chart (hidden when printing) defines the same pattern ids; a url(#id) resolves
 * to the first element with that id, whose subtree is not rendered, so the printed fills
 * would be empty. Prefixing the figure's own ids keeps its patterns its own.
 */
function withPrefixedIds(svg: string): string {
  return svg.replace(/\bid="([^"]+)"/g, 'id="print-$1"').replace(/url\(#([^)]+)\)/g, 'url(#print-$1)').replace(/href="#([^"]+)"/g, 'href="#print-$1"');
}

export function PrintFigure({ doc, showGenotypes }: { doc: PedigreeDocument; showGenotypes: boolean }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    const before = () => {
      const layout = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));
      const figure = renderPedigreeSvg(doc, layout, { showGenotypes, legend: true }).svg;
      // The browser lays the page out right after this event: render synchronously.
      flushSync(() => setSvg(withPrefixedIds(figure.replace(/^<\?xml[^>]*>\s*/, ''))));
    };
    const after = () => setSvg(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [doc, showGenotypes]);
  // The SVG comes from our own renderer (React escapes every text it contains).
  return svg === null ? null : <div className="print-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />;
}
