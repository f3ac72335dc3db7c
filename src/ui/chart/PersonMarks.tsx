// Marks drawn around a symbol: proband/consultand arrow at the lower left (S7) and
// adoption brackets (S10). Arrowheads are plain polygons, so no <marker> ids are needed.
import type { ChartTheme } from './theme.ts';

export function ProbandArrow({ size, theme, proband }: { size: number; theme: ChartTheme; proband: boolean }) {
  // A short, shallow shaft from the lower left: it must stay clear of the copy boxes under
  // the symbol and of a partner's line of descent, which drops about one gap/2 to the left.
  const tip: [number, number] = [-size * 0.5, size * 0.32];
  const tail: [number, number] = [-size * 0.85, size * 0.56];
  const len = Math.hypot(tip[0] - tail[0], tip[1] - tail[1]);
  const [ux, uy] = [(tip[0] - tail[0]) / len, (tip[1] - tail[1]) / len];
  const head = size * 0.22;
  const back = [tip[0] - ux * head, tip[1] - uy * head] as const;
  const spread = head * 0.45;
  const headPath = `M${tip[0]},${tip[1]} L${back[0] - uy * spread},${back[1] + ux * spread} L${back[0] + uy * spread},${back[1] - ux * spread} Z`;
  return (
    <g>
      <line x1={tail[0]} y1={tail[1]} x2={back[0]} y2={back[1]} stroke={theme.ink} strokeWidth={theme.strokeWidth} />
      <path d={headPath} fill={theme.ink} />
      {proband && (
        <text x={tail[0] + size * 0.05} y={tail[1] + theme.fontSize * 0.95} textAnchor="middle" fontSize={theme.fontSize * 1.05} fontWeight="bold" fill={theme.ink}>
          P
        </text>
      )}
    </g>
  );
}

export function AdoptionBrackets({ size, theme }: { size: number; theme: ChartTheme }) {
  const r = size / 2 + size * 0.12;
  const arm = size * 0.12;
  const stroke = { stroke: theme.ink, strokeWidth: theme.strokeWidth, fill: 'none' };
  return (
    <g>
      <path d={`M${-r + arm},${-r} h${-arm} v${2 * r} h${arm}`} {...stroke} />
      <path d={`M${r - arm},${-r} h${arm} v${2 * r} h${-arm}`} {...stroke} />
    </g>
  );
}
