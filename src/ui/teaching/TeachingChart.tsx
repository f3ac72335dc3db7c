// A pedigree chart for a teaching view: lays the given document out with the theme's
// metrics and draws it with the app's chart (same symbols, legend and copy boxes).
import { useMemo } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import type { AlleleTags } from '../chart/copies.ts';
import { PedigreeChart } from '../chart/PedigreeChart.tsx';
import type { CopyRef } from '../chart/variantPath.ts';
import { DEFAULT_THEME, type ChartTheme } from '../chart/theme.ts';

export interface TeachingChartProps {
  doc: PedigreeDocument;
  label: string;
  theme?: ChartTheme;
  alleleTags?: AlleleTags;
  showGenotypes?: boolean;
  selectedId?: PersonId | null;
  onSelect?: (id: PersonId | null) => void;
  privacy?: boolean;
  /** A copy whose path to highlight (the copy a parent passes in a simulation step). */
  highlightedVariant?: CopyRef | null;
  /** Draw only part of the layout (presentation reveal); positions stay those of the whole. */
  crop?: (layout: PedigreeLayout) => PedigreeLayout;
}

export function TeachingChart(p: TeachingChartProps) {
  const theme = p.theme ?? DEFAULT_THEME;
  const full = useMemo(() => layoutPedigree(p.doc, chartLayoutMetrics(theme)), [p.doc, theme]);
  const { crop } = p;
  const layout = useMemo(() => (crop ? crop(full) : full), [full, crop]);
  return (
    <div className="teaching-chart">
      <PedigreeChart
        document={p.doc}
        layout={layout}
        theme={theme}
        label={p.label}
        showGenotypes={p.showGenotypes ?? true}
        selectedId={p.selectedId ?? null}
        privacy={p.privacy ?? false}
        {...(p.alleleTags ? { alleleTags: p.alleleTags } : {})}
        {...(p.highlightedVariant ? { highlightedVariant: p.highlightedVariant } : {})}
        {...(p.onSelect ? { onSelect: p.onSelect } : {})}
      />
    </div>
  );
}
