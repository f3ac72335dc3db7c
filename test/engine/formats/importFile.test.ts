import { describe, expect, it } from 'vitest';
import { importPedigreeFile } from '../../../src/engine/formats/importFile.ts';
import { serializeDocument } from '../../../src/engine/formats/native/native.ts';
import { firstCousinFamily } from '../../fixtures/documents.ts';

describe('importPedigreeFile picks the format', () => {
  const native = serializeDocument(firstCousinFamily());
  it('reads a native document whatever the extension, with a byte-order mark', () => {
    expect(importPedigreeFile(native, 'family.json')).toMatchObject({ ok: true, format: 'imprint-lab' });
    expect(importPedigreeFile(`\uFEFF${native}`)).toMatchObject({ ok: true, format: 'imprint-lab' });
    expect(importPedigreeFile(native, 'family.txt')).toMatchObject({ ok: true, format: 'imprint-lab' });
  });
  it('reads a pedigreejs list, bare or wrapped in { dataset }', () => {
    const list = [{ name: 'a', sex: 'M' }, { name: 'b', sex: 'F' }, { name: 'c', sex: 'U', mother: 'b', father: 'a' }];
    expect(importPedigreeFile(JSON.stringify(list), 'p.json')).toMatchObject({ ok: true, format: 'pedigreejs' });
    expect(importPedigreeFile(JSON.stringify({ dataset: list }))).toMatchObject({ ok: true, format: 'pedigreejs' });
  });
  it('names what is wrong with JSON that is neither', () => {
    expect(importPedigreeFile('{"format":"gedcom","version":1}', 'x.json')).toMatchObject({
      ok: false,
      errors: [{ message: 'This is not an Imprint Lab document (its "format" field is not "imprint-lab").' }],
    });
    expect(importPedigreeFile('{"hello":1}', 'x.json')).toMatchObject({ ok: false, errors: [{ message: 'A pedigreejs file is a JSON list of people.' }] });
    expect(importPedigreeFile('[]', 'x.json')).toMatchObject({ ok: false, errors: [{ message: 'The file lists no people.' }] });
    expect(importPedigreeFile('{"a": 1,\n"b": }', 'x.json')).toMatchObject({ ok: false, errors: [{ line: 2, message: expect.stringMatching(/^The file is not valid JSON \(column 6\): /) }] });
  });
  it('says an empty or blank file is empty', () => {
    expect(importPedigreeFile('  \n\n')).toEqual({ ok: false, errors: [{ message: 'The file is empty.' }] });
  });
});
