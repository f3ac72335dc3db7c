// Lines from parents to children (NOMENCLATURE L4, L6, S10): a line of descent from the
// union (or the single parent) down to a sibship line, one short line per child, twins from
// one point with a bar for monozygotic and "?" for unknown zygosity, and dashed lines for a
// child adopted in. A line of descent that must cross rows goes through its virtual nodes.
import type { LayoutLine } from './types.ts';
import type { Geometry } from './geometry.ts';
import { unionPoint } from './unionLines.ts';

const SMALL_TRIANGLE = 0.3;

function childTop(geo: Geometry, c: number): number {
  const p = geo.g.persons[c]!.pregnancy;
  const small = p !== undefined && p.outcome !== 'ongoing' && p.outcome !== 'stillbirth';
  return geo.yOf(c) - geo.metrics.symbolSize * (small ? SMALL_TRIANGLE : 0.5);
}

/** Where the line of descent to `group` starts: a union, a single parent, or a virtual node. */
function origin(geo: Geometry, anchorFamily: number, anchorNode: number): [number, number] {
  if (anchorNode >= 0) return [geo.x[anchorNode]!, geo.sibshipY(geo.l.row[anchorNode]!)];
  const f = geo.g.families[anchorFamily]!;
  if (f.union >= 0) return unionPoint(geo, anchorFamily);
  const p = f.parents[0]!;
  return [geo.x[p]!, geo.yOf(p) + geo.metrics.symbolSize / 2];
}

function twinLines(geo: Geometry, members: number[], ys: number, zygosity: string, unionId?: string): LayoutLine[] {
  const apex = (geo.x[members[0]!]! + geo.x[members[members.length - 1]!]!) / 2;
  const lines: LayoutLine[] = members.map((c) => ({
    kind: 'twin',
    points: [[apex, ys], [geo.x[c]!, childTop(geo, c)]],
    person: geo.g.persons[c]!.id,
    ...(unionId ? { union: unionId } : {}),
    ...(geo.g.persons[c]!.adopted === 'in' ? { dashed: true } : {}),
  }));
  if (zygosity === 'unknown') lines[0]!.label = '?';
  if (zygosity === 'MZ') {
    const at = (c: number): [number, number] => {
      const top = childTop(geo, c);
      return [(apex + geo.x[c]!) / 2, (ys + top) / 2];
    };
    lines.push({ kind: 'mz-bar', points: [at(members[0]!), at(members[members.length - 1]!)], ...(unionId ? { union: unionId } : {}) });
  }
  return lines;
}

/** Lines from one anchor to the nodes hanging from it on the next row (sorted by x). */
export function descentLines(geo: Geometry, group: number[], anchorFamily: number, anchorNode: number): LayoutLine[] {
  const { g, l } = geo;
  const family = anchorFamily >= 0 ? anchorFamily : l.virtualFamily[anchorNode]!;
  const f = g.families[family]!;
  const unionId = f.union >= 0 ? g.unions[f.union]!.id : undefined;
  // A single parent's lines name the parent; a union's name the union.
  const withUnion = unionId ? { union: unionId } : { person: g.persons[f.parents[0]!]!.id };
  const [ox, oy] = origin(geo, anchorFamily, anchorNode);
  const ys = geo.sibshipY(l.row[group[0]!]!);
  const real = group.filter((c) => c < l.personCount);
  const allAdoptedIn = real.length > 0 && real.every((c) => g.persons[c]!.adopted === 'in');
  const lines: LayoutLine[] = [
    { kind: 'descent', points: [[ox, oy], [ox, ys]], ...withUnion, ...(allAdoptedIn ? { dashed: true } : {}) },
  ];
  const xs = group.map((c) => geo.x[c]!);
  const lo = Math.min(ox, ...xs);
  const hi = Math.max(ox, ...xs);
  // Under one unit apart is the same point on screen: no sibship line.
  if (hi - lo >= 1) lines.push({ kind: 'sibship', points: [[lo, ys], [hi, ys]], ...withUnion });
  for (let i = 0; i < group.length; i++) {
    const c = group[i]!;
    if (c >= l.personCount) continue;
    const t = g.twinGroup[c]!;
    if (t >= 0) {
      const twins = [c];
      while (i + 1 < group.length && group[i + 1]! < l.personCount && g.twinGroup[group[i + 1]!] === t) twins.push(group[++i]!);
      if (twins.length > 1) {
        lines.push(...twinLines(geo, twins, ys, g.doc.twins[t]!.zygosity, unionId));
        continue;
      }
    }
    const dashed = g.persons[c]!.adopted === 'in';
    lines.push({
      kind: 'child',
      points: [[geo.x[c]!, ys], [geo.x[c]!, childTop(geo, c)]],
      ...withUnion,
      person: g.persons[c]!.id,
      ...(dashed ? { dashed: true } : {}),
    });
  }
  return lines;
}
