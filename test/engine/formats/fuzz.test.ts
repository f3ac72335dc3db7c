// Fuzz: random and mutated inputs thrown at every importer. Each must return, quickly,
// either a document that passes validation or a non-empty list of problems with
// messages — never throw, never hang. 8 properties × 400 runs = 3,200 inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validationErrors } from '../../../src/engine/document/validate.ts';
import { importPedigreeFile } from '../../../src/engine/formats/importFile.ts';
import { documentFromJson, parseDocument, serializeDocument } from '../../../src/engine/formats/native/native.ts';
import { importPed } from '../../../src/engine/formats/ped/importPed.ts';
import { importPedigreejs } from '../../../src/engine/formats/pedigreejs/importPedigreejs.ts';
import type { ImportResult } from '../../../src/engine/formats/problems.ts';
import { jsonErrorPosition } from '../../../src/engine/formats/jsonErrorPosition.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { child, firstCousinFamily, twins, woman } from '../../fixtures/documents.ts';

function wellFormed(run: () => ImportResult): boolean {
  const start = performance.now();
  const r = run();
  expect(performance.now() - start).toBeLessThan(2000);
  if (r.ok) {
    expect(validationErrors(r.document)).toEqual([]);
    for (const f of r.families ?? []) expect(validationErrors(f.doc)).toEqual([]);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e.message).toBe('string');
  }
  return true;
}

const VALID_PED = 'F1 1 0 0 1 1\nF1 2 0 0 2 1\nF1 3 1 2 1 2\nF1 4 1 2 2 1\nF1 5 0 0 1 0\nF1 6 5 4 2 2\nF2 a 0 0 1 1\n';
const VALID_PEDIGREEJS = JSON.stringify([
  { name: 'm', sex: 'M', top_level: true },
  { name: 'f', sex: 'F', top_level: true },
  { name: 'c', sex: 'F', mother: 'f', father: 'm', proband: true, mztwin: 1 },
  { name: 'd', sex: 'F', mother: 'f', father: 'm', mztwin: 1, status: 1, age: 40 },
  { name: 's', sex: 'M', mother: 'f', father: 'm', noparents: true },
  { name: 'g', sex: 'U', mother: 'c', father: 's', affected: true },
]);
const nativeDoc = () => {
  const d = firstCousinFamily();
  d.conditions = [conditionForMode('MAT')];
  d.activeConditionId = 'mode-MAT';
  d.persons.push(child(woman('p10'), 'u4'), child(woman('p11'), 'u4'));
  d.twins = [twins('t1', 'MZ', 'p10', 'p11')];
  return d;
};
const VALID_NATIVE = serializeDocument(nativeDoc());

/** Text mutations: delete, insert, duplicate or swap a slice. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12, unit: fc.constantFrom('0', '1', '2', ' ', '\t', '\n', '\r', '{', '}', '"', ',', ':', '[', ']', 'x', '-', '#') }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 60 }) }),
);
type Mutation = { kind: string; at: number; length?: number; text?: string };
function mutate(text: string, ops: Mutation[]): string {
  let t = text;
  for (const op of ops) {
    const at = t.length === 0 ? 0 : op.at % t.length;
    if (op.kind === 'delete') t = t.slice(0, at) + t.slice(at + (op.length ?? 0));
    else if (op.kind === 'insert') t = t.slice(0, at) + (op.text ?? '') + t.slice(at);
    else t = t.slice(0, at) + t.slice(at, at + (op.length ?? 0)) + t.slice(at);
  }
  return t;
}

const pedToken = fc.constantFrom('0', '1', '2', '-9', '3', 'F1', 'F2', 'a', 'b', 'x-1', '1', '2', '5', '6', '#', 'FID');
const pedLine = fc.array(pedToken, { minLength: 0, maxLength: 9 }).chain((tokens) =>
  fc.constantFrom(' ', '\t', '  ').map((sep) => tokens.join(sep)),
);
const pedText = fc.array(pedLine, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((nl) => lines.join(nl)));

const names = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'hidden_root', '');
const pedigreejsEntry = fc.record(
  {
    name: fc.oneof(names, fc.integer()),
    sex: fc.constantFrom('M', 'F', 'U', 'X', 1),
    mother: names,
    father: names,
    noparents: fc.boolean(),
    hidden: fc.boolean(),
    mztwin: fc.constantFrom('1', '2', 1),
    dztwin: fc.constantFrom('1', 'A'),
    status: fc.constantFrom(0, 1, '1', 'x'),
    age: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.string()),
    yob: fc.oneof(fc.integer({ min: 1800, max: 2030 }), fc.constant('-'), fc.double()),
    divorced: names,
    affected: fc.boolean(),
    breast_cancer_diagnosis_age: fc.oneof(fc.integer({ min: 0, max: 99 }), fc.string()),
    adopted_in: fc.boolean(),
    miscarriage: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Set a random value at a random path of a JSON value. */
function setAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key, inner] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as object) };
  (copy as Record<string, unknown>)[key] = setAt(inner, path.slice(1), replacement);
  return copy;
}

const RUNS = { numRuns: 400 };

describe('importers never throw and always answer', () => {
  it('PED: random token lines', () => {
    fc.assert(fc.property(pedText, (t) => wellFormed(() => importPed(t))), RUNS);
  });
  it('PED: mutations of a valid file', () => {
    fc.assert(fc.property(fc.array(mutation, { maxLength: 4 }), (ops) => wellFormed(() => importPed(mutate(VALID_PED, ops)))), RUNS);
  });
  it('pedigreejs: random entries', () => {
    fc.assert(fc.property(fc.array(pedigreejsEntry, { maxLength: 12 }), (entries) => wellFormed(() => importPedigreejs(entries))), RUNS);
  });
  it('pedigreejs: mutations of a valid file', () => {
    fc.assert(fc.property(fc.array(mutation, { maxLength: 4 }), (ops) => wellFormed(() => importPedigreeFile(mutate(VALID_PEDIGREEJS, ops), 'x.json'))), RUNS);
  });
  it('native: a random value placed anywhere in a valid document', () => {
    const base = JSON.parse(VALID_NATIVE) as unknown;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (path, v) => wellFormed(() => documentFromJson(setAt(base, path, v)))),
      RUNS,
    );
  });
  it('native: text mutations', () => {
    fc.assert(fc.property(fc.array(mutation, { maxLength: 4 }), (ops) => wellFormed(() => parseDocument(mutate(VALID_NATIVE, ops)))), RUNS);
  });
  it('importPedigreeFile: arbitrary strings and JSON values under any file name', () => {
    const input = fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? ''));
    fc.assert(fc.property(input, fc.constantFrom(undefined, 'a.json', 'a.ped', 'a.txt', 'noext'), (t, name) => wellFormed(() => importPedigreeFile(t, name))), RUNS);
  });
  it('locates a JSON syntax error exactly when JSON.parse rejects the text', () => {
    const text = fc.oneof(fc.json({ maxDepth: 3 }), fc.array(mutation, { maxLength: 3 }).map((ops) => mutate(VALID_PEDIGREEJS, ops)));
    fc.assert(
      fc.property(text, (t) => {
        let parses = true;
        try {
          JSON.parse(t);
        } catch {
          parses = false;
        }
        expect(jsonErrorPosition(t) === null).toBe(parses);
      }),
      RUNS,
    );
  });
  it('a valid document survives the fuzz harness (the harness is not vacuous)', () => {
    const r = parseDocument(VALID_NATIVE);
    expect(r.ok).toBe(true);
    expect(importPed(VALID_PED)).toMatchObject({ ok: true });
    expect(importPedigreejs(JSON.parse(VALID_PEDIGREEJS))).toMatchObject({ ok: true });
  });
});
