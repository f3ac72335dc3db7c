// <defs> for the fills in use: each fill style is a colour plus a texture (hatching,
// dots, cross-hatch …) so conditions stay distinct in greyscale and for colour-blind
// viewers (NOMENCLATURE S3). Ids are derived from the style, so two charts on one page
// that define the same id define identical content.
import type { ChartTheme, FillStyle } from './theme.ts';

export const fillId = (styleIndex: number): string => `il-fill-${styleIndex}`;
export const SILENCED_ID = 'il-silenced';
export const SILENCED_BACKGROUND = '#D9D9D9';

const TILE = 6;

function marks(style: FillStyle) {
  const stroke = { stroke: style.markColor, strokeWidth: 1.3 };
  switch (style.pattern) {
    case 'solid':
      return null;
    case 'hatch':
      return <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" {...stroke} />;
    case 'cross':
      return <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" {...stroke} strokeWidth={1} />;
    case 'dots':
      return <circle cx={3} cy={3} r={1.4} fill={style.markColor} />;
    case 'horizontal':
      return <path d="M0,3 h6" {...stroke} />;
    case 'vertical':
      return <path d="M3,0 v6" {...stroke} />;
    case 'checker':
      return <path d="M0,0 h3 v3 h-3 Z M3,3 h3 v3 h-3 Z" fill={style.markColor} />;
  }
}

export function FillPatterns({ theme, styleIndices }: { theme: ChartTheme; styleIndices: readonly number[] }) {
  return (
    <defs>
      {styleIndices.map((i) => {
        const style = theme.fills[i % theme.fills.length]!;
        return (
          <pattern key={i} id={fillId(i)} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
            <rect width={TILE} height={TILE} fill={style.color} />
            {marks(style)}
          </pattern>
        );
      })}
      <pattern id={SILENCED_ID} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
        <rect width={TILE} height={TILE} fill={SILENCED_BACKGROUND} />
        <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#FFFFFF" strokeWidth={1.6} />
      </pattern>
    </defs>
  );
}

/** Paint for a fill style: the pattern for textured styles, the plain colour for solid ones. */
export function fillPaint(theme: ChartTheme, styleIndex: number): string {
  const style = theme.fills[styleIndex % theme.fills.length]!;
  return style.pattern === 'solid' ? style.color : `url(#${fillId(styleIndex)})`;
}
