// The small picture beside each legend entry, drawn with the chart's own components so
// the key shows exactly what the chart shows.
import { CopyBox } from './CopyBoxes.tsx';
import { fillPaint } from './FillPatterns.tsx';
import type { FillKey } from './fillKeys.ts';
import type { Swatch } from './legendItems.ts';
import { AdoptionBrackets, ProbandArrow } from './PersonMarks.tsx';
import { PersonSymbol } from './PersonSymbol.tsx';
import type { ChartTheme } from './theme.ts';

interface SwatchProps {
  swatch: Swatch;
  size: number;
  theme: ChartTheme;
  fills: ReadonlyMap<string, FillKey>;
}

function LineSwatch({ line, size, theme }: { line: Extract<Swatch, { kind: 'line' }>['line']; size: number; theme: ChartTheme }) {
  const s = { stroke: theme.ink, strokeWidth: theme.strokeWidth, fill: 'none' };
  const h = size / 2;
  switch (line) {
    case 'consanguineous':
      return <path d={`M${-h},-2.5 H${h} M${-h},2.5 H${h}`} {...s} />;
    case 'separation':
      return <path d={`M${-h},0 H${h} M-5,6 L1,-6 M-1,6 L5,-6`} {...s} />;
    case 'mz':
      return <path d={`M0,${-h} L${-h * 0.8},${h} M0,${-h} L${h * 0.8},${h} M${-h * 0.4},0 H${h * 0.4}`} {...s} />;
    case 'twin':
      return <path d={`M0,${-h} L${-h * 0.8},${h} M0,${-h} L${h * 0.8},${h}`} {...s} />;
    case 'dashed':
      return <path d={`M0,${-h} V${h}`} {...s} strokeDasharray="4 3" />;
    case 'no-children':
      return <path d={`M0,${-h} V0 M${-h * 0.6},0 H${h * 0.6}`} {...s} />;
    case 'infertility':
      return <path d={`M0,${-h} V0 M${-h * 0.6},0 H${h * 0.6} M${-h * 0.6},4 H${h * 0.6}`} {...s} />;
  }
}

export function LegendSwatch({ swatch, size, theme, fills }: SwatchProps) {
  const sym = size * 0.8;
  switch (swatch.kind) {
    case 'fill': {
      const fill = fills.get(swatch.fillKey);
      return <PersonSymbol shape="square" size={sym} theme={theme} parts={[fill ? fillPaint(theme, fill.styleIndex) : null]} />;
    }
    case 'parts':
      return <PersonSymbol shape="square" size={sym} theme={theme} parts={Array.from({ length: swatch.parts }, () => null)} />;
    case 'shape':
      return <PersonSymbol shape={swatch.shape} size={sym * 1.3} theme={theme} parts={[null]} slash={swatch.slash ?? false} />;
    case 'mark': {
      const base = { shape: 'circle' as const, size: sym, theme, parts: [null] };
      switch (swatch.mark) {
        case 'carrier':
          return <PersonSymbol {...base} marks={['carrier']} />;
        case 'presymptomatic':
          return <PersonSymbol {...base} marks={['presymptomatic']} />;
        case 'unknown':
          return <PersonSymbol {...base} marks={['unknown']} />;
        case 'slash':
          return <PersonSymbol {...base} slash />;
        case 'inside':
          return <PersonSymbol {...base} inside={swatch.text ?? null} />;
        case 'brackets':
          return (
            <g transform="scale(0.8)">
              <PersonSymbol {...base} />
              <AdoptionBrackets size={sym} theme={theme} />
            </g>
          );
        case 'proband':
        case 'consultand':
          return (
            <g transform={`translate(${sym * 0.3},${-sym * 0.2}) scale(0.9)`}>
              <PersonSymbol {...base} />
              <ProbandArrow size={sym} theme={theme} proband={swatch.mark === 'proband'} />
            </g>
          );
      }
      return null;
    }
    case 'line':
      return <LineSwatch line={swatch.line} size={sym} theme={theme} />;
    case 'copy':
      return <CopyBox copy={swatch.copy} x={-sym * 0.35} y={-sym * 0.35} box={sym * 0.7} theme={theme} />;
    case 'copies': {
      const box = sym * 0.55;
      return (
        <g fontSize={box * 0.7} fill={theme.muted}>
          <text x={-box - 3} y={0} textAnchor="end" dominantBaseline="central">F</text>
          <rect x={-box - 1} y={-box / 2} width={box} height={box} fill={theme.background} stroke={theme.ink} />
          <rect x={1} y={-box / 2} width={box} height={box} fill={theme.background} stroke={theme.ink} />
          <text x={box + 3} y={0} dominantBaseline="central">M</text>
        </g>
      );
    }
    case 'highlight':
      return <path d={`M${-sym / 2},0 H${sym / 2}`} stroke={theme.highlight} strokeWidth={theme.strokeWidth * 3} />;
    case 'text':
      return (
        <text textAnchor="middle" dominantBaseline="central" fontSize={theme.fontSize} fontWeight="bold" fill={theme.ink}>
          {swatch.text}
        </text>
      );
  }
}
