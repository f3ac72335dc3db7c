// Which facts the reasoning weighs and how it names the people who hold them.
//
//   [GF] ── (GM)
//         │
//   (Ann) ── [Bob]     [Uncle] ── (Aunt)
//          │                   │
//        (Kid)               [Cousin]
import { describe, expect, it } from 'vitest';
import { nearestEvidence, relationWord, withoutEvidence } from '../../../src/ui/risk/evidence.ts';
import { pedigree } from '../../engine/inference/pedigreeBuilder.ts';

const family = () =>
  pedigree(
    [
      { id: 'GF', sex: 'M', status: 'affected' },
      { id: 'GM', sex: 'F' },
      { id: 'Bob', sex: 'M' },
      { id: 'Ann', sex: 'F', status: 'unaffected' },
      { id: 'Uncle', sex: 'M' },
      { id: 'Aunt', sex: 'F', status: 'unaffected' },
      { id: 'Kid', sex: 'F' },
      { id: 'Cousin', sex: 'M', genotype: 'd/+' },
    ],
    [['GF', 'GM', ['Bob', 'Uncle']], ['Bob', 'Ann', ['Kid']], ['Uncle', 'Aunt', ['Cousin']]],
  );

describe('evidence for the reasoning', () => {
  it('finds the nearest people with a status or test result, nearest first, with the steps to them', () => {
    const found = nearestEvidence(family(), 'c', ['Kid'], 10);
    expect(found.map((h) => [h.id, h.path.join(',')])).toEqual([
      ['Ann', 'up'],
      ['GF', 'up,up'],
      ['Cousin', 'up,up,down,down'],
      ['Aunt', 'up,up,down,down,up'],
    ]);
  });

  it('stops at the limit', () => {
    expect(nearestEvidence(family(), 'c', ['Kid'], 2).map((h) => h.id)).toEqual(['Ann', 'GF']);
  });

  it('names relations by the relative’s gender, and falls back to "relative" for distant ones', () => {
    const doc = family();
    const byId = (id: string) => doc.persons.find((p) => p.id === id)!;
    expect(relationWord(['up'], byId('Ann'))).toBe('mother');
    expect(relationWord(['up', 'up'], byId('GF'))).toBe('grandfather');
    expect(relationWord(['up', 'up', 'down', 'down'], byId('Cousin'))).toBe('cousin');
    expect(relationWord(['down'], { ...byId('Kid'), gender: 'nonbinary' })).toBe('child');
    expect(relationWord(['up', 'up', 'down', 'down', 'up'], byId('Aunt'))).toBe('relative');
  });

  it('leaves out one person’s status and test result and nobody else’s', () => {
    const doc = withoutEvidence(family(), 'c', 'Cousin');
    expect(doc.persons.find((p) => p.id === 'Cousin')!.genotypes).toEqual({});
    expect(doc.persons.find((p) => p.id === 'GF')!.observations).toEqual({ c: { status: 'affected' } });
    expect(nearestEvidence(doc, 'c', ['Kid'], 10).map((h) => h.id)).toEqual(['Ann', 'GF', 'Aunt']);
  });
});
