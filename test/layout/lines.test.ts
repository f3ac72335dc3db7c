// Connector geometry against NOMENCLATURE.md L1–L7 and S10, in drawing units
// (symbol 40, row gap 120, neighbour gap 70; sibship lines 42 above the child row).
import { describe, expect, it } from 'vitest';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import type { LayoutLine } from '../../src/layout/types.ts';
import { child, doc, firstCousinFamily, man, union, woman } from '../fixtures/documents.ts';
import * as F from './fixtures/pedigrees.ts';

const ofKind = (lines: LayoutLine[], kind: LayoutLine['kind']) => lines.filter((l) => l.kind === kind);

describe('connector lines', () => {
  it('draws a trio as a relationship line between the symbols and one straight line down to the child', () => {
    const { lines, people } = layoutPedigree(F.trio());
    expect([people.p1!.x, people.p2!.x, people.p3!.x]).toEqual([0, 70, 35]);
    expect(lines).toEqual([
      { kind: 'union', points: [[20, 0], [50, 0]], union: 'u1' },
      { kind: 'descent', points: [[35, 0], [35, 78]], union: 'u1' },
      { kind: 'child', points: [[35, 78], [35, 100]], union: 'u1', person: 'p3' },
    ]);
  });

  it('hangs every child of a sibship from one sibship line spanning first to last child', () => {
    const { lines } = layoutPedigree(F.nuclearWithPregnancies());
    expect(ofKind(lines, 'sibship')).toEqual([{ kind: 'sibship', points: [[0, 78], [210, 78]], union: 'u1' }]);
    expect(ofKind(lines, 'child').map((l) => l.points[0])).toEqual([[0, 78], [70, 78], [140, 78], [210, 78]]);
  });

  it('ends the line to a miscarriage at the top of its small triangle, and to an ongoing pregnancy at full size', () => {
    const { lines } = layoutPedigree(F.nuclearWithPregnancies());
    const end = (id: string) => lines.find((l) => l.person === id)!.points[1];
    expect(end('p5')).toEqual([140, 108]);
    expect(end('p6')).toEqual([210, 100]);
  });

  it('draws the union of first cousins as a double (consanguineous) line, detected from their shared grandparents', () => {
    const { lines } = layoutPedigree(firstCousinFamily());
    expect(ofKind(lines, 'consanguineous-union').map((l) => l.union)).toEqual(['u4']);
    expect(ofKind(lines, 'union').map((l) => l.union)).toEqual(['u1', 'u2', 'u3']);
  });

  it('draws a double line for a union asserted consanguineous even without recorded ancestors', () => {
    const d = doc([man('a'), woman('b')], [union('u1', 'a', 'b', { consanguineous: true })]);
    expect(layoutPedigree(d).lines.map((l) => l.kind)).toEqual(['consanguineous-union']);
  });

  it('crosses each separated union with two short slashes at its midpoint', () => {
    const { lines } = layoutPedigree(F.blendedFamily());
    expect(ofKind(lines, 'separation').map((l) => l.union)).toEqual(['u1', 'u1', 'u2', 'u2']);
    const union1 = lines.find((l) => l.kind === 'union' && l.union === 'u1')!;
    const mid = (union1.points[0]![0] + union1.points[1]![0]) / 2;
    const [s1, s2] = ofKind(lines, 'separation');
    expect(((s1!.points[0]![0] + s1!.points[1]![0]) / 2 + (s2!.points[0]![0] + s2!.points[1]![0]) / 2) / 2).toBeCloseTo(mid, 6);
  });

  it('starts twin lines from one point, bars monozygotic twins and marks unknown zygosity with "?"', () => {
    const { lines } = layoutPedigree(F.everyKindOfTwins());
    const twinLines = ofKind(lines, 'twin');
    expect(twinLines.map((l) => l.person)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
    expect(twinLines.map((l) => l.points[0])).toEqual([[105, 78], [105, 78], [245, 78], [245, 78], [385, 78], [385, 78]]);
    expect(ofKind(lines, 'mz-bar')).toEqual([{ kind: 'mz-bar', points: [[87.5, 89], [122.5, 89]], union: 'u1' }]);
    expect(twinLines.filter((l) => l.label === '?').map((l) => l.person)).toEqual(['t5']);
    expect(ofKind(lines, 'child').map((l) => l.person)).toEqual(['c1', 'c8']);
  });

  it('dashes the line of descent of a child adopted in, and only that one', () => {
    const { lines } = layoutPedigree(F.adoptedInAndOut());
    expect(lines.filter((l) => l.dashed).map((l) => [l.kind, l.person])).toEqual([['child', 'c2']]);
  });

  it('dashes the whole line of descent when every child was adopted in', () => {
    const d = doc([man('f'), woman('m'), child(woman('c', { adopted: 'in' }), 'u1')], [union('u1', 'f', 'm')]);
    expect(layoutPedigree(d).lines.filter((l) => l.dashed).map((l) => l.kind)).toEqual(['descent', 'child']);
  });

  it('draws one bar below a union childless by choice and two for infertility', () => {
    const byChoice = doc([man('a'), woman('b')], [union('u1', 'a', 'b', { noChildren: 'by-choice' })]);
    const infertile = doc([man('a'), woman('b')], [union('u1', 'a', 'b', { noChildren: 'infertility' })]);
    expect(ofKind(layoutPedigree(byChoice).lines, 'no-children').map((l) => l.points)).toEqual([
      [[35, 0], [35, 36]],
      [[27, 36], [43, 36]],
    ]);
    expect(ofKind(layoutPedigree(infertile).lines, 'infertility').map((l) => l.points)).toEqual([
      [[35, 0], [35, 36]],
      [[27, 36], [43, 36]],
      [[27, 42], [43, 42]],
    ]);
  });

  it('draws a single parent’s line of descent from the bottom of the parent’s symbol', () => {
    const { lines } = layoutPedigree(F.singleParentChild());
    expect(lines).toEqual([
      { kind: 'descent', points: [[0, 20], [0, 78]], person: 'm' },
      { kind: 'child', points: [[0, 78], [0, 100]], person: 'c' },
    ]);
  });

  it('carries the line to an uncle drawn a row lower through the row in between, clear of every symbol', () => {
    const layout = layoutPedigree(F.uncleNiece());
    const descents = layout.lines.filter((l) => l.kind === 'descent' && l.union === 'u1');
    expect(descents).toHaveLength(2);
    const [, through] = descents;
    const x = through!.points[0]![0];
    expect(through!.points.map((p) => p[1])).toEqual([78, 198]);
    const rowII = Object.values(layout.people).filter((p) => p.generation === 1);
    expect(Math.min(...rowII.map((p) => Math.abs(p.x - x)))).toBeGreaterThanOrEqual(35);
  });
});

describe('bounds', () => {
  it('cover the symbols and every line: a trio from its symbols’ edges', () => {
    expect(layoutPedigree(F.trio()).bounds).toEqual({ minX: -20, minY: -20, maxX: 90, maxY: 140 });
  });

  it('reach up to a union routed over a partner and down to an infertility bar', () => {
    expect(layoutPedigree(F.threePartners()).bounds.minY).toBe(-36);
    const infertile = doc([man('a'), woman('b')], [union('u1', 'a', 'b', { noChildren: 'infertility' })]);
    expect(layoutPedigree(infertile).bounds.maxY).toBe(42);
  });
});
