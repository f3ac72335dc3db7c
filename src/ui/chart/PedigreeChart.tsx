// The interactive pedigree: a zoomable <svg> around the shared drawing. Presentational:
// the editor feeds it the document, layout and view state, and hears about selection.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import type { AlleleTags } from './copies.ts';
import { CHART_CSS } from './chartCss.ts';
import { PedigreeDrawing } from './PedigreeDrawing.tsx';
import { buildScene, highlightedPath } from './scene.ts';
import { DEFAULT_THEME, type ChartTheme } from './theme.ts';
import { useZoom, type ZoomControls } from './useZoom.ts';
import type { CopyRef } from './variantPath.ts';
import { CULL_THRESHOLD, visibleBox } from './visibleBox.ts';

export interface PedigreeChartProps {
  document: PedigreeDocument;
  layout: PedigreeLayout;
  selectedId?: string | null;
  /** A person id when a person is clicked or activated; null when the background is clicked. */
  onSelect?: (id: string | null) => void;
  /** A copy whose variant path to highlight; else the selected person's variant copies. */
  highlightedVariant?: CopyRef | null;
  /** False hides both copies and variant paths ("predict first"). Default true. */
  showGenotypes?: boolean;
  /** Hide names and dates (NOMENCLATURE L10). Default false. */
  privacy?: boolean;
  legend?: boolean;
  theme?: ChartTheme;
  /** Simulated copies with their founder origin; override known genotypes when given. */
  alleleTags?: AlleleTags;
  /** Extra text under each person by id (e.g. "carrier 50%"), also read out in the person's name. */
  annotations?: Readonly<Record<string, string>>;
  /** Receives zoomIn / zoomOut / fit for toolbar buttons and keyboard shortcuts. */
  controlsRef?: Ref<ZoomControls>;
  label?: string;
}

const EMPTY_BOX = { minX: 0, minY: 0, maxX: -1, maxY: -1 };

export function PedigreeChart(props: PedigreeChartProps) {
  const { document: doc, layout, theme = DEFAULT_THEME, showGenotypes = true, privacy = false, legend = true } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [hovered, setHovered] = useState<CopyRef | null>(null);
  const selectedId = props.selectedId ?? null;
  const requested = hovered ?? props.highlightedVariant ?? null;

  const base = useMemo(
    () =>
      buildScene(doc, layout, {
        privacy,
        showGenotypes,
        theme,
        legend: false,
        ...(props.alleleTags ? { alleleTags: props.alleleTags } : {}),
        ...(props.annotations ? { annotations: props.annotations } : {}),
      }),
    [doc, layout, privacy, showGenotypes, theme, props.alleleTags, props.annotations],
  );
  const path = useMemo(
    () => highlightedPath({ doc, model: base.model, copy: requested, selectedId }, props.alleleTags),
    [doc, base.model, requested, selectedId, props.alleleTags],
  );
  const scene = useMemo(
    () => (legend ? buildScene(doc, layout, { privacy, showGenotypes, theme, legend, highlighting: path !== null }, base.model) : base),
    [base, doc, layout, privacy, showGenotypes, theme, legend, path],
  );
  const { transform, viewport, controls } = useZoom(svgRef, scene.box);
  useImperativeHandle(props.controlsRef, () => controls, [controls]);

  const cull = scene.model.people.length > CULL_THRESHOLD;
  const grid = layout.metrics.horizontalGap * 4;
  // Before the viewport is measured a large pedigree draws no one rather than everyone.
  const visible = cull ? (visibleBox(transform, viewport[0], viewport[1], grid) ?? EMPTY_BOX) : null;
  const visibleKey = visible ? `${visible.minX},${visible.minY},${visible.maxX},${visible.maxY}` : '';
  // Text smaller than about 4 screen pixels cannot be read: skip it on large pedigrees.
  const detailed = !cull || transform.k * theme.fontSize >= 4;
  const onCopyHover = useCallback((personId: string, copy: ParentOfOrigin | null) => setHovered(copy ? { personId, copy } : null), []);
  // A stable callback, so a parent passing a new function each render redraws no one.
  const onSelectRef = useRef(props.onSelect);
  useEffect(() => {
    onSelectRef.current = props.onSelect;
  }, [props.onSelect]);
  const onSelect = useCallback((id: string | null) => onSelectRef.current?.(id), []);
  const drawing = useMemo(
    () => (
      <PedigreeDrawing
        doc={doc}
        layout={layout}
        model={scene.model}
        metrics={scene.metrics}
        theme={theme}
        content={scene.content}
        legend={scene.legend}
        selectedId={selectedId}
        path={path}
        interactive
        visible={visible}
        detailed={detailed}
        onSelect={onSelect}
        onCopyHover={onCopyHover}
      />
    ),
    // `visible` is represented by visibleKey so a pan inside one grid cell re-renders nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, layout, scene, theme, selectedId, path, visibleKey, detailed, onSelect, onCopyHover],
  );
  return (
    <svg
      ref={svgRef}
      role="group"
      aria-label={props.label ?? 'Pedigree chart'}
      width="100%"
      height="100%"
      style={{ display: 'block', touchAction: 'none', background: theme.background }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onSelect(null);
      }}
    >
      <style>{CHART_CSS}</style>
      <g transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}>{drawing}</g>
    </svg>
  );
}
