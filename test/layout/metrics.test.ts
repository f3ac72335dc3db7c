// The metric functions on hand-placed layouts, so each count is known exactly.
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/layout/defaults.ts';
import {
  childrenNotBelowParents,
  crossingCount,
  layoutWidth,
  meanChildOffset,
  overlapCount,
  partnersAdjacent,
  partnersOnOneRow,
  peopleMoved,
  peopleMovedLocally,
  sibshipContiguity,
  twinsApart,
  unnumberedReorders,
} from '../../src/layout/metrics.ts';
import type { PedigreeLayout } from '../../src/layout/types.ts';
import { child, doc, man, twins, union, woman } from '../fixtures/documents.ts';

/** A layout from [id, generation, x] triples. */
function placed(...people: [string, number, number, number?][]): PedigreeLayout {
  return {
    metrics: DEFAULT_METRICS,
    people: Object.fromEntries(
      people.map(([id, generation, x, birthOrder]) => [id, { id, generation, x, y: generation * 120, label: '', ...(birthOrder ? { birthOrder } : {}) }]),
    ),
    lines: [],
    generations: [],
    bounds: { minX: Math.min(...people.map((p) => p[2])) - 20, minY: -20, maxX: Math.max(...people.map((p) => p[2])) + 20, maxY: 140 },
  };
}

/**
 *   a ─┬─ b     c ─┬─ d
 *    ┌─┴─┐       ┌─┴─┐
 *    e   f       g   h
 */
const twoCouples = doc(
  [man('a'), woman('b'), man('c'), woman('d'), child(man('e'), 'u1'), child(woman('f'), 'u1'), child(man('g'), 'u2'), child(woman('h'), 'u2')],
  [union('u1', 'a', 'b'), union('u2', 'c', 'd')],
);
const rowI: [string, number, number][] = [['a', 0, 0], ['b', 0, 70], ['c', 0, 140], ['d', 0, 210]];

describe('layout metrics', () => {
  it('counts no crossing when each sibship sits under its own parents', () => {
    const l = placed(...rowI, ['e', 1, 0], ['f', 1, 70], ['g', 1, 140], ['h', 1, 210]);
    expect(crossingCount(twoCouples, l)).toBe(0);
    expect(sibshipContiguity(twoCouples, l)).toBe(1);
    expect(meanChildOffset(twoCouples, l)).toBe(0);
  });

  it('counts 1 crossing and two broken sibships when the middle children swap places', () => {
    // e, g, f, h: the straight lines a─b → f and c─d → g cross once.
    const l = placed(...rowI, ['e', 1, 0], ['g', 1, 70], ['f', 1, 140], ['h', 1, 210]);
    expect(crossingCount(twoCouples, l)).toBe(1);
    expect(sibshipContiguity(twoCouples, l)).toBe(0);
    expect(meanChildOffset(twoCouples, l)).toBe(35);
  });

  it('measures partners on one row and adjacent, ignoring nobody between them', () => {
    const apart = placed(['a', 0, 0], ['c', 0, 70], ['b', 0, 140], ['d', 1, 210]);
    expect(partnersOnOneRow(twoCouples, apart)).toBe(0.5);
    expect(partnersAdjacent(twoCouples, apart)).toBe(0);
    expect(partnersAdjacent(twoCouples, placed(...rowI))).toBe(1);
  });

  it('counts children on or above a parent’s row', () => {
    expect(childrenNotBelowParents(twoCouples, placed(...rowI, ['e', 0, 280], ['f', 1, 0], ['g', 1, 70], ['h', 2, 0]))).toBe(1);
  });

  it('counts a sibship drawn out of birth order unless it carries birth-order numbers', () => {
    const swapped = placed(...rowI, ['f', 1, 0], ['e', 1, 70], ['g', 1, 140], ['h', 1, 210]);
    expect(unnumberedReorders(twoCouples, swapped)).toBe(1);
    const numbered = placed(...rowI, ['f', 1, 0, 2], ['e', 1, 70, 1], ['g', 1, 140], ['h', 1, 210]);
    expect(unnumberedReorders(twoCouples, numbered)).toBe(0);
  });

  it('counts twins with someone between them', () => {
    const d = { ...twoCouples, twins: [twins('t1', 'DZ', 'e', 'f')] };
    expect(twinsApart(d, placed(...rowI, ['e', 1, 0], ['g', 1, 70], ['f', 1, 140]))).toBe(1);
    expect(twinsApart(d, placed(...rowI, ['e', 1, 0], ['f', 1, 70], ['g', 1, 140]))).toBe(0);
  });

  it('counts neighbours closer than one symbol as overlaps and measures width edge to edge', () => {
    const l = placed(['a', 0, 0], ['b', 0, 39], ['c', 0, 79], ['d', 0, 200]);
    expect(overlapCount(l)).toBe(1);
    expect(layoutWidth(l)).toBe(240);
  });

  it('counts people moved beyond a quarter symbol after discounting a pan of the whole drawing', () => {
    const before = placed(['a', 0, 0], ['b', 0, 70], ['c', 0, 140], ['d', 0, 210]);
    const panned = placed(['a', 0, 100], ['b', 0, 170], ['c', 0, 240], ['d', 0, 310]);
    const edited = placed(['a', 0, 100], ['b', 0, 170], ['c', 0, 255], ['d', 1, 310]);
    expect(peopleMoved(before, panned)).toBe(0);
    expect(peopleMoved(before, edited)).toBe(2);
    expect(peopleMoved(before, edited, 20)).toBe(1);
  });

  it('counts only the seam when one family slides over rigidly, and anyone whose gap to a neighbour or offset from parents changed', () => {
    const before = placed(['a', 0, 0], ['b', 0, 70], ['c', 0, 210], ['d', 0, 280], ['e', 1, 0], ['f', 1, 70], ['g', 1, 210], ['h', 1, 280]);
    const slid = placed(['a', 0, 0], ['b', 0, 70], ['c', 0, 280], ['d', 0, 350], ['e', 1, 0], ['f', 1, 70], ['g', 1, 280], ['h', 1, 350]);
    expect(peopleMoved(before, slid)).toBe(4);
    expect(peopleMovedLocally(twoCouples, before, slid)).toBe(2);
    const hMoved = placed(['a', 0, 0], ['b', 0, 70], ['c', 0, 280], ['d', 0, 350], ['e', 1, 0], ['f', 1, 70], ['g', 1, 280], ['h', 1, 370]);
    expect(peopleMovedLocally(twoCouples, before, hMoved)).toBe(3);
    const founderPanned = placed(['a', 0, 100], ['b', 0, 170], ['c', 0, 310], ['d', 0, 380], ['e', 1, 100], ['f', 1, 170], ['g', 1, 310], ['h', 2, 380]);
    expect(peopleMovedLocally(twoCouples, before, founderPanned)).toBe(1);
  });
});
