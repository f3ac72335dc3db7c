import { describe, expect, it } from 'vitest';
import { documentFromJson, parseDocument, serializeDocument } from '../../../src/engine/formats/native/native.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { child, doc, man, twins, union, unknownSex, woman } from '../../fixtures/documents.ts';

/** A document using every field of the model at least once. */
function everything(): PedigreeDocument {
  const c = conditionForMode('PAT');
  return doc(
    [
      man('p1', { name: 'Al', sexAssignedAtBirth: 'AMAB', age: 70, birthYear: 1950, deceased: { age: 71, cause: 'stroke' }, notes: 'grandfather' }),
      woman('p2', { consultand: true, observations: { [c.id]: { status: 'unaffected', age: 65 } } }),
      child(man('p3', { proband: true, observations: { [c.id]: { status: 'affected', age: 30, phenotype: 'PGL1', carrierMark: 'presymptomatic' } }, genotypes: { [c.id]: { paternal: 'd', maternal: '?' } } }), 'u1'),
      child(man('p4', { adopted: 'in' }), 'u1'),
      child(unknownSex('p5', { pregnancy: { outcome: 'miscarriage', gestationWeeks: 10 } }), 'u1'),
      child(woman('p6', { count: 'n' }), 'p2', false),
      child(woman('p7', { count: 3, adopted: 'out' }), 'p2', false),
    ],
    [union('u1', 'p1', 'p2', { consanguineous: true, separated: true, noChildren: 'by-choice', swapSides: true, pinSiblingOrder: true })],
    [twins('t1', 'DZ', 'p3', 'p4')],
    { conditions: [c], activeConditionId: c.id, meta: { title: 'Everything', notes: 'n', created: '2026-01-01', modified: '2026-01-02' } },
  );
}

describe('native JSON', () => {
  it('round-trips every field exactly', () => {
    const original = everything();
    const text = serializeDocument(original);
    const back = parseDocument(text);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.document).toEqual(original);
    expect(serializeDocument(back.document)).toBe(text);
    expect(back.notices).toEqual([]);
  });
  it('keeps unknown extra fields written by a later tool', () => {
    const value = { ...everything(), futureField: { x: 1 } };
    const back = documentFromJson(JSON.parse(JSON.stringify(value)));
    expect(back.ok && (back.document as unknown as { futureField: unknown }).futureField).toEqual({ x: 1 });
  });
  it('migrates a version-0 prototype document', () => {
    const v0 = {
      format: 'imprint-lab',
      version: 0,
      people: [
        { id: 'a', sex: 'male', name: 'Al', deceased: true, status: { c: 'affected' } },
        { id: 'b', sex: 'female' },
        { id: 'c1', sex: 'unknown', parentUnion: 'u1' },
      ],
      unions: [{ id: 'u1', partners: ['a', 'b'] }],
      conditions: [{ ...conditionForMode('AD'), id: 'c' }],
      activeCondition: 'c',
    };
    const r = documentFromJson(v0);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.notices).toEqual(['Converted from document version 0.']);
    expect(r.document.persons).toEqual([
      { id: 'a', name: 'Al', gender: 'man', observations: { c: { status: 'affected' } }, deceased: {} },
      { id: 'b', gender: 'woman', observations: {} },
      { id: 'c1', gender: 'unknown', parentUnion: 'u1', observations: {} },
    ]);
    expect(r.document.activeConditionId).toBe('c');
    expect(r.document.twins).toEqual([]);
    expect(r.document.version).toBe(1);
  });
  it('reports a JSON syntax error with its line', () => {
    const r = parseDocument('{\n  "format": "imprint-lab",\n  "version": 1,\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.line).toBe(4);
  });
  it('refuses foreign and newer files with a clear message', () => {
    expect(parseDocument('{"format":"gedcom"}')).toMatchObject({ ok: false, errors: [{ message: 'This is not an Imprint Lab document (its "format" field is not "imprint-lab").' }] });
    expect(parseDocument('{"format":"imprint-lab","version":7}')).toMatchObject({
      ok: false,
      errors: [{ message: 'This file was saved by a newer Imprint Lab (document version 7; this one reads up to 1).' }],
    });
  });
  it('reports every structural problem, naming the person', () => {
    const bad = { ...everything() } as unknown as Record<string, unknown>;
    const persons = JSON.parse(JSON.stringify(bad.persons)) as Record<string, unknown>[];
    persons[0]!.gender = 'male';
    persons[1]!.observations = { 'mode-PAT': { status: 'ill' } };
    persons[2]!.age = 'old';
    bad.persons = persons;
    const r = documentFromJson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        { person: 'p1', message: 'Person p1: "gender" must be one of "man", "woman", "nonbinary", "unknown" (got "male").' },
        { person: 'p2', message: 'Person p2: "status" must be one of "affected", "unaffected", "unknown" (observations.mode-PAT.status) (got "ill").' },
        { person: 'p3', message: 'Person p3: "age" must be a number (got "old").' },
      ]);
    }
  });
  it('refuses a document whose relations are invalid, e.g. a cycle', () => {
    const d = doc([man('p1', { singleParent: 'p2' }), woman('p2', { singleParent: 'p1' })]);
    const r = parseDocument(serializeDocument(d));
    expect(r).toMatchObject({ ok: false, errors: [{ person: 'p1', message: 'p1 is recorded as their own ancestor (p1 → p2 → p1).' }] });
  });
});
