// Lines drawn at a union (NOMENCLATURE L1–L3, L7): the relationship line between partners at
// mid-height (double when consanguineous), two slashes when separated, and one or two bars
// below for no children by choice or infertility.
import type { LayoutLine } from './types.ts';
import type { Geometry } from './geometry.ts';

/** Where the union's line of descent starts. */
export function unionPoint(geo: Geometry, fi: number): [number, number] {
  const [a, b] = geo.g.families[fi]!.parents as [number, number];
  return [(geo.x[a]! + geo.x[b]!) / 2, (geo.yOf(a) + geo.yOf(b)) / 2];
}

export function unionLines(geo: Geometry, fi: number, consanguineous: boolean): LayoutLine[] {
  const { g, metrics } = geo;
  const f = g.families[fi]!;
  const u = g.unions[f.union]!;
  const [a, b] = f.parents as [number, number];
  const [left, right] = geo.x[a]! <= geo.x[b]! ? [a, b] : [b, a];
  const half = metrics.symbolSize / 2;
  const kind = consanguineous || u.consanguineous ? 'consanguineous-union' : 'union';
  const lx = geo.x[left]!;
  const rx = geo.x[right]!;
  const ly = geo.yOf(left);
  const ry = geo.yOf(right);
  let points: [number, number][];
  if (ly !== ry) points = [[lx, ly], [rx, ry]];
  else if (geo.adjacent(left, right)) points = [[lx + half, ly], [rx - half, ry]];
  else {
    // Partners apart (several partners, loops): route over the symbols in between.
    const over = ly - half - metrics.symbolSize * 0.4;
    points = [[lx, ly - half], [lx, over], [rx, over], [rx, ry - half]];
  }
  const lines: LayoutLine[] = [{ kind, points, union: u.id }];
  const [mx, my] = unionPoint(geo, fi);
  if (u.separated) {
    const s = metrics.symbolSize * 0.15;
    for (const dx of [-s * 0.6, s * 0.6]) {
      lines.push({ kind: 'separation', points: [[mx + dx - s / 2, my + s], [mx + dx + s / 2, my - s]], union: u.id });
    }
  }
  if (u.noChildren && f.children.length === 0) {
    const stub = metrics.generationGap * 0.3;
    const w = metrics.symbolSize * 0.4;
    const kindBar = u.noChildren === 'infertility' ? 'infertility' : 'no-children';
    lines.push({ kind: kindBar, points: [[mx, my], [mx, my + stub]], union: u.id });
    const bars = u.noChildren === 'infertility' ? [stub, stub + 6] : [stub];
    for (const h of bars) lines.push({ kind: kindBar, points: [[mx - w / 2, my + h], [mx + w / 2, my + h]], union: u.id });
  }
  return lines;
}
