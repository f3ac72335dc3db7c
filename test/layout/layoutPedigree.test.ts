// The named fixture pedigrees against the layout guarantees of NOMENCLATURE.md.
import { describe, expect, it } from 'vitest';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { firstCousinFamily } from '../fixtures/documents.ts';
import * as F from './fixtures/pedigrees.ts';
import { guarantees, PERFECT, rowsOf } from './fixtures/guarantees.ts';

describe('layoutPedigree on the named fixture pedigrees', () => {
  const perfect: [string, () => ReturnType<typeof F.trio>, string[][]][] = [
    ['trio', F.trio, [['p1', 'p2'], ['p3']]],
    ['nuclear family with a miscarriage and a pregnancy', F.nuclearWithPregnancies, [['p1', 'p2'], ['p3', 'p4', 'p5', 'p6']]],
    ['two founder couples joining in the middle', F.twoFounderCouples, [['a1', 'a2', 'b1', 'b2'], ['a3', 'b3'], ['c1', 'c2']]],
    ['half-siblings via two partners', F.halfSiblings, [['f1', 'm', 'f2'], ['c1', 'c2', 'c3']]],
    ['first-cousin marriage', firstCousinFamily, [['p1', 'p2'], ['p5', 'p3', 'p4', 'p6'], ['p7', 'p8'], ['p9']]],
    ['uncle–niece union', F.uncleNiece, [['g1', 'g2'], ['sp', 'pa'], ['n', 'un'], ['k']]],
    ['twins of every kind in one sibship', F.everyKindOfTwins, [['f', 'm'], ['c1', 't1', 't2', 't3', 't4', 't5', 't6', 'c8']]],
    ['adopted in and out', F.adoptedInAndOut, [['f', 'm'], ['c1', 'c2', 'c3']]],
    ['blended family', F.blendedFamily, [['e1', 'w', 'h', 'e2'], ['c1', 'c2', 'c4', 'c3']]],
    [
      '5-generation paternal-expression pedigree',
      () => F.fiveGenerations('paternal'),
      [['a1', 'a2'], ['b2', 'b1', 'b3', 'b4'], ['c2', 'c1', 'c3', 'c4', 'c5'], ['d1', 'd2', 'd3'], ['e1', 'e2']],
    ],
    [
      'its maternal mirror (men and women swapped: the man stays on the left of each couple)',
      () => F.fiveGenerations('maternal'),
      [['a2', 'a1'], ['b2', 'b1', 'b3', 'b4'], ['c2', 'c1', 'c3', 'c5', 'c4'], ['d2', 'd1', 'd3'], ['e1', 'e2']],
    ],
    [
      'two families joining late',
      F.twoFamiliesJoiningLate,
      [['a1', 'a2', 'x1', 'x2'], ['s1', 'a3', 'a4', 'x3', 'x4'], ['b5', 'a5'], ['a6', 'y'], ['k1']],
    ],
    ['a single-parent child', F.singleParentChild, [['m'], ['c']]],
  ];

  it.each(perfect)('draws the %s with every guarantee met and the expected rows', (_name, make, rows) => {
    const doc = make();
    const layout = layoutPedigree(doc);
    expect(rowsOf(layout)).toEqual(rows);
    expect(guarantees(doc, layout)).toEqual(PERFECT);
  });

  it('keeps two of a man’s three partners beside him and routes the third union over the second partner', () => {
    const doc = F.threePartners();
    const layout = layoutPedigree(doc);
    expect(rowsOf(layout)).toEqual([['w2', 'm', 'w1', 'w3'], ['c2', 'c1', 'c3']]);
    expect(guarantees(doc, layout)).toEqual({ ...PERFECT, partnersAdjacent: 2 / 3 });
    const routed = layout.lines.find((l) => l.union === 'u3' && l.kind === 'union')!;
    const { x: mx } = layout.people.m!;
    const { x: wx } = layout.people.w3!;
    expect(routed.points).toEqual([[mx, -20], [mx, -36], [wx, -36], [wx, -20]]);
  });

  it('puts one couple of double first cousins' + "' parents side by side, numbering the reordered sisters", () => {
    // Sibships stay contiguous, so only the inner couple (b2, s2) can stand together.
    const doc = F.doubleFirstCousins();
    const layout = layoutPedigree(doc);
    expect(rowsOf(layout)).toEqual([['g1', 'g2', 'h1', 'h2'], ['b1', 'b2', 's2', 's1'], ['x', 'y'], ['z']]);
    expect(guarantees(doc, layout)).toEqual({ ...PERFECT, partnersAdjacent: 4 / 5 });
    expect([layout.people.s1!.birthOrder, layout.people.s2!.birthOrder]).toEqual([1, 2]);
    expect(layout.people.b1!.birthOrder).toBeUndefined();
  });
});
