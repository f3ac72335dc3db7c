import { describe, expect, it } from 'vitest';
import { importPedigreeFile } from '../../../src/engine/formats/importFile.ts';
import { IMPORTED_CONDITION_ID } from '../../../src/engine/formats/importedCondition.ts';
import { parentsOf } from '../../../src/engine/document/queries.ts';

/**
 * pedigreejs's own default family grown by one generation:
 *   m21 ─┬─ f21
 *       ch1 ─┬─ sp1 (married in: mother/father point at m21/f21 with noparents)
 *       ┌────┴────┐
 *      tw1       tw2   (MZ twins, label 1), tw1 affected with breast cancer at 41
 */
const dataset = [
  { famid: 'XYZ', name: 'm21', display_name: 'father', sex: 'M', top_level: true, status: '1', age: 80, yob: 1931 },
  { famid: 'XYZ', name: 'f21', display_name: 'mother', sex: 'F', top_level: true },
  { famid: 'XYZ', name: 'ch1', display_name: 'me', sex: 'F', mother: 'f21', father: 'm21', proband: true, age: 50, yob: 1975, divorced: 'sp1' },
  { famid: 'XYZ', name: 'sp1', sex: 'M', mother: 'f21', father: 'm21', noparents: true },
  { famid: 'XYZ', name: 'tw1', sex: 'F', mother: 'ch1', father: 'sp1', mztwin: 1, breast_cancer_diagnosis_age: 41, brca1_gene_test: { type: 'S', result: 'P' } },
  { famid: 'XYZ', name: 'tw2', sex: 'F', mother: 'ch1', father: 'sp1', mztwin: 1, adopted_out: true },
  { famid: 'XYZ', name: 'mc', sex: 'U', mother: 'ch1', father: 'sp1', miscarriage: true },
];

describe('pedigreejs import', () => {
  it('reads people, parents, twins, status, divorce and disease', () => {
    const r = importPedigreeFile(JSON.stringify(dataset), 'canrisk.json');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const d = r.document;
    expect(r.format).toBe('pedigreejs');
    expect(d.persons.map((p) => p.id)).toEqual(['m21', 'f21', 'ch1', 'sp1', 'tw1', 'tw2', 'mc']);
    expect(d.persons[0]).toEqual({ id: 'm21', name: 'father', gender: 'man', observations: {}, deceased: { age: 80 }, birthYear: 1931 });
    expect(d.persons[2]).toMatchObject({ name: 'me', gender: 'woman', proband: true, age: 50, birthYear: 1975 });
    expect(parentsOf(d, 'sp1')).toEqual({ parents: [] });
    expect(parentsOf(d, 'tw1')).toEqual({ father: 'sp1', mother: 'ch1', parents: ['sp1', 'ch1'] });
    expect(d.unions).toEqual([
      { id: 'u1', partners: ['m21', 'f21'] },
      { id: 'u2', partners: ['sp1', 'ch1'], separated: true },
    ]);
    expect(d.twins).toEqual([{ id: 't1', zygosity: 'MZ', members: ['tw1', 'tw2'] }]);
    expect(d.persons[4]?.observations).toEqual({ [IMPORTED_CONDITION_ID]: { status: 'affected', age: 41 } });
    expect(d.persons[5]?.adopted).toBe('out');
    expect(d.persons[6]?.pregnancy).toEqual({ outcome: 'miscarriage' });
    expect(r.notices).toEqual([
      '1 person marked "noparents" (married in) was read without parents, as pedigreejs intends.',
      'These pedigreejs fields were not imported: brca1_gene_test.',
      'Affected status was taken from: breast_cancer.',
    ]);
  });
  it('turns a hidden child into a childless couple', () => {
    const r = importPedigreeFile(
      JSON.stringify([
        { name: 'a', sex: 'M', top_level: true },
        { name: 'b', sex: 'F', top_level: true },
        { name: 'h', sex: 'U', mother: 'b', father: 'a', hidden: true },
      ]),
    );
    expect(r.ok && r.document.persons.map((p) => p.id)).toEqual(['a', 'b']);
    expect(r.ok && r.document.unions).toEqual([{ id: 'u1', partners: ['a', 'b'] }]);
  });
  it('reports every bad person by name', () => {
    const r = importPedigreeFile(
      JSON.stringify([
        { name: 'a', sex: 'X' },
        { sex: 'M' },
        { name: 'c', sex: 'F', mother: 'ghost', father: 'd' },
        { name: 'd', sex: 'F' },
        { name: 'd', sex: 'F' },
        { name: 'e', sex: 'M', age: 'old' },
      ]),
      'bad.json',
    );
    expect(r).toEqual({
      ok: false,
      format: 'pedigreejs',
      errors: [
        { person: 'a', message: 'a: "sex" must be M, F or U (got "X").' },
        { message: 'Entry 2 has no "name" (the pedigreejs id).' },
        { person: 'd', message: 'The name "d" is used by more than one person.' },
        { person: 'e', message: 'e: "age" must be a number of years from 0 to 150 (got "old").' },
        { person: 'c', message: 'c\'s mother "ghost" is not in the file.' },
        { person: 'c', message: 'c\'s father "d" has sex F.' },
      ],
    });
  });
});
