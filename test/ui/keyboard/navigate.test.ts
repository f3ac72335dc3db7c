import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import type { PedigreeLayout, PersonPlacement } from '../../../src/layout/types.ts';
import { neighbourOf } from '../../../src/ui/keyboard/navigate.ts';
import { shortcutFor } from '../../../src/ui/keyboard/shortcuts.ts';

// Three generations, drawn by hand:
//   I     PGF(0)──PGM(1)      MGF(3)──MGM(4)
//   II          father(1.5)──mother(3.5)
//   III             son(2)  daughter(3)
const doc = starterDocument('three-generations');
const rows: [string, number, number][] = [
  ['paternal-grandfather', 0, 0], ['paternal-grandmother', 0, 1], ['maternal-grandfather', 0, 3], ['maternal-grandmother', 0, 4],
  ['father', 1, 1.5], ['mother', 1, 3.5], ['son', 2, 2], ['daughter', 2, 3],
];
const people: Record<string, PersonPlacement> = {};
for (const [id, generation, x] of rows) people[id] = { id, generation, x: x * 60, y: generation * 100, label: id };
const layout: PedigreeLayout = {
  metrics: { symbolSize: 40, horizontalGap: 60, generationGap: 100 },
  people,
  lines: [],
  generations: [],
  bounds: { minX: 0, minY: 0, maxX: 240, maxY: 200 },
};

describe('arrow-key navigation between relatives', () => {
  it('goes up to the leftmost parent and down to the leftmost child', () => {
    expect(neighbourOf(doc, layout, 'son', 'up')).toBe('father');
    expect(neighbourOf(doc, layout, 'father', 'up')).toBe('paternal-grandfather');
    expect(neighbourOf(doc, layout, 'mother', 'down')).toBe('son');
    expect(neighbourOf(doc, layout, 'maternal-grandmother', 'down')).toBe('mother');
  });

  it('moves left and right to the nearest person in the same row, across families', () => {
    expect(neighbourOf(doc, layout, 'father', 'right')).toBe('mother');
    expect(neighbourOf(doc, layout, 'paternal-grandmother', 'right')).toBe('maternal-grandfather');
    expect(neighbourOf(doc, layout, 'daughter', 'left')).toBe('son');
  });

  it('stays put at the edges: no parent above a founder, nobody left of the first in a row', () => {
    expect(neighbourOf(doc, layout, 'paternal-grandfather', 'up')).toBeNull();
    expect(neighbourOf(doc, layout, 'paternal-grandfather', 'left')).toBeNull();
    expect(neighbourOf(doc, layout, 'son', 'down')).toBeNull();
  });
});

describe('shortcut keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    shortcutFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('maps single letters to actions, in either case', () => {
    expect([key('s'), key('D'), key('p'), key('x'), key('Delete'), key('?')]).toEqual(['add-son', 'add-daughter', 'add-partner', 'swap-sexes', 'remove', 'help']);
  });

  it('maps Ctrl/Cmd+Z to undo and Shift+Z or Ctrl+Y to redo', () => {
    expect([key('z', { ctrlKey: true }), key('z', { metaKey: true }), key('Z', { ctrlKey: true, shiftKey: true }), key('y', { ctrlKey: true })]).toEqual([
      'undo',
      'undo',
      'redo',
      'redo',
    ]);
  });

  it('leaves browser shortcuts alone: Ctrl+S, Alt+D and Ctrl+X are not actions', () => {
    expect([key('s', { ctrlKey: true }), key('d', { altKey: true }), key('x', { ctrlKey: true }), key('q')]).toEqual([null, null, null, null]);
  });
});
