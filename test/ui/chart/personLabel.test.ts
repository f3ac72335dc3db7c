import { describe, expect, it } from 'vitest';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { personLabeller } from '../../../src/ui/chart/personLabel.ts';
import { chartNames } from '../../../src/ui/teaching/chartNames.ts';
import { pedigree } from '../../engine/inference/pedigreeBuilder.ts';

/** A couple and two children, named the ways people get typed in: padded, blank, missing. */
function family() {
  const doc = pedigree(
    [
      { id: 'dad', sex: 'M' },
      { id: 'mum', sex: 'F' },
      { id: 'anna', sex: 'F' },
      { id: 'ben', sex: 'M' },
    ],
    [['dad', 'mum', ['anna', 'ben']]],
  );
  const names: Record<string, string> = { dad: 'Bernd', mum: '   ', anna: ' Anna ' };
  return { ...doc, persons: doc.persons.map((p) => (names[p.id] === undefined ? p : { ...p, name: names[p.id] })) };
}

describe('naming a person as the chart does', () => {
  it('says the pedigree number, then the trimmed name when there is one', () => {
    const doc = family();
    const layout = layoutPedigree(doc);
    expect(['dad', 'mum', 'anna', 'ben'].map((id) => layout.people[id]!.label)).toEqual(['I-1', 'I-2', 'II-1', 'II-2']);
    const labelOf = personLabeller(doc, layout.people);
    expect(['dad', 'mum', 'anna', 'ben'].map(labelOf)).toEqual(['I-1 Bernd', 'I-2', 'II-1 Anna', 'II-2']);
  });

  it('falls back to the id only for someone the layout does not place', () => {
    expect(personLabeller(family(), {})('ben')).toBe('ben');
  });

  it('names people in teaching sentences exactly as in the editor’s panels', () => {
    const doc = family();
    const editor = personLabeller(doc, layoutPedigree(doc).people);
    const teaching = chartNames(doc);
    expect(doc.persons.map((p) => teaching(p.id))).toEqual(doc.persons.map((p) => editor(p.id)));
  });
});
