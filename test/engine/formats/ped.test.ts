import { describe, expect, it } from 'vitest';
import { exportPed, exportPedReport } from '../../../src/engine/formats/ped/exportPed.ts';
import { importPed } from '../../../src/engine/formats/ped/importPed.ts';
import { importPedigreeFile } from '../../../src/engine/formats/importFile.ts';
import { parentsOf } from '../../../src/engine/document/queries.ts';
import { IMPORTED_CONDITION_ID } from '../../../src/engine/formats/importedCondition.ts';

/**
 *   1 ─┬─ 2          first cousins 5 and 6 marry
 *   ┌──┴──┐
 *   3─┬─7 4─┬─8
 *     5 ──┬── 6
 *         9 (affected)
 */
const COUSINS = ['F1 1 0 0 1 1', 'F1 2 0 0 2 1', 'F1 3 1 2 1 1', 'F1 4 1 2 2 0', 'F1 7 0 0 2 1', 'F1 8 0 0 1 1', 'F1 5 3 7 1 1', 'F1 6 8 4 2 1', 'F1 9 5 6 1 2'].join('\n');

const ok = (r: ReturnType<typeof importPed>) => {
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return r;
};

describe('PED import', () => {
  it('builds unions from father–mother pairs and reads sex and affection', () => {
    const r = ok(importPed(COUSINS));
    const d = r.document;
    expect(d.persons.map((p) => `${p.id}:${p.gender}`)).toEqual(['1:man', '2:woman', '3:man', '4:woman', '7:woman', '8:man', '5:man', '6:woman', '9:man']);
    expect(d.unions.map((u) => `${u.id}=${u.partners.join('+')}`)).toEqual(['u1=1+2', 'u2=3+7', 'u3=8+4', 'u4=5+6']);
    expect(parentsOf(d, '9')).toEqual({ father: '5', mother: '6', parents: ['5', '6'] });
    expect(d.persons[8]?.observations).toEqual({ [IMPORTED_CONDITION_ID]: { status: 'affected' } });
    expect(d.persons[3]?.observations).toEqual({});
    expect(d.activeConditionId).toBe(IMPORTED_CONDITION_ID);
    expect(r.notices).toEqual([]);
  });
  it('round-trips structure and status exactly', () => {
    const text = exportPed(ok(importPed(COUSINS)).document);
    expect(text).toBe(`${COUSINS.replace(/ /g, '\t')}\n`);
  });
  it('accepts blank lines, comments, tabs, CRLF, a header and ids with dashes', () => {
    const messy = '\uFEFF# exported from somewhere\r\nFID IID PAT MAT SEX PHEN\r\n\r\nfam-1\tID-1\t0\t0\t1\t2\r\nfam-1   ID-2  0 0   2  1\r\n  fam-1 ID-3 ID-1 ID-2 2 -9  \r\n';
    const r = ok(importPed(messy));
    expect(r.document.persons.map((p) => p.id)).toEqual(['ID-1', 'ID-2', 'ID-3']);
    expect(parentsOf(r.document, 'ID-3')).toEqual({ father: 'ID-1', mother: 'ID-2', parents: ['ID-1', 'ID-2'] });
    expect(r.notices).toEqual(['Line 2 was read as a column header and skipped.']);
  });
  it('keeps a child with one recorded parent and adds parents named but not listed', () => {
    const r = ok(importPed('A c1 0 m1 1 1\nA m1 0 0 2 1\nA c2 f9 0 2 0'));
    expect(parentsOf(r.document, 'c1')).toEqual({ mother: 'm1', parents: ['m1'] });
    expect(r.document.persons.map((p) => p.id)).toEqual(['c1', 'm1', 'c2', 'f9']);
    expect(r.notices).toEqual(['Family A: 1 parent named but not listed was added: f9.']);
  });
  it('ignores extra marker columns with a notice', () => {
    const r = ok(importPed('A 1 0 0 1 2 1 1 2 2\nA 2 0 0 2 1 1 2 1 1'));
    expect(r.notices).toEqual(['2 lines have more than 6 columns; columns 7–10 (such as marker genotypes) were ignored.']);
  });
  it('returns every family of a multi-family file and opens the first', () => {
    const r = ok(importPed('A 1 0 0 1 1\nB 1 0 0 2 2\nB 2 0 0 1 1\nC x 0 0 0 0'));
    expect(r.families?.map((f) => [f.name, f.doc.persons.length])).toEqual([['A', 1], ['B', 2], ['C', 1]]);
    expect(r.document).toBe(r.families?.[0]?.doc);
    expect(r.notices[0]).toBe('The file holds 3 families (A, B, C); family A was opened.');
  });
  it('reports every bad line with its number and changes nothing', () => {
    const r = importPed('A 1 0 0 1 1\nA 2 0\nA 3 1 4 2 7\nA 1 0 0 2 1\nA 4 0 0 1 1\nA 5 4 1 1 1');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        { line: 2, message: 'Expected at least 5 columns (family, individual, father, mother, sex), found 3: "A 2 0".' },
        { line: 3, person: '3', message: 'The affection column must be 2 (affected), 1 (unaffected) or 0 / -9 (unknown); found "7".' },
        { line: 4, person: '1', message: 'family A, 1 is listed twice (first on line 1).' },
        { line: 6, person: '5', message: 'family A, 5 has mother 1, who is listed as male (sex 1).' },
        {
          line: 6,
          person: '5',
          message: 'Family A: 4 and 1 both give sperm, yet are recorded as the genetic parents of 5. Record sex assigned at birth, or record the child with one parent.',
        },
      ]);
    }
  });
  it('reports a person who is their own ancestor with the line', () => {
    const r = importPed('A 1 2 0 1 1\nA 2 1 0 1 1');
    expect(r).toMatchObject({ ok: false, errors: [{ line: 1, person: '1', message: 'Family A: 1 is recorded as their own ancestor (1 → 2 → 1).' }] });
  });
  it('exports unknown-sex parents in union order and replaces spaces in ids', () => {
    const r = ok(importPed('A 1 0 0 0 0\nA 2 0 0 0 0\nA 3 1 2 1 1'));
    expect(exportPed(r.document, { family: 'A' })).toBe('A\t1\t0\t0\t0\t0\nA\t2\t0\t0\t0\t0\nA\t3\t1\t2\t1\t1\n');
    const spaced = { ...r.document, persons: r.document.persons.map((p) => (p.id === '3' ? { ...p, id: 'baby 3' } : p)) };
    expect(exportPedReport(spaced, { family: 'A' }).notices).toEqual(['1 id contained spaces, written with "_" instead: baby 3.']);
  });
  it('is chosen by importPedigreeFile for .ped files and for text without JSON', () => {
    expect(importPedigreeFile(COUSINS, 'family.ped')).toMatchObject({ ok: true, format: 'ped' });
    expect(importPedigreeFile(COUSINS)).toMatchObject({ ok: true, format: 'ped' });
    expect(importPedigreeFile('', 'x.ped')).toMatchObject({ ok: false, errors: [{ message: 'The file holds no pedigree lines.' }] });
  });
});

describe('PED edge cases', () => {
  it('reads a 5-column file (no affection column) without inventing a condition', () => {
    const r = ok(importPed('A 1 0 0 1\nA 2 0 0 2\nA 3 1 2 0'));
    expect(r.document.conditions).toEqual([]);
    expect(r.document.activeConditionId).toBeNull();
    expect(r.document.persons[2]?.gender).toBe('unknown');
  });
  it('accepts children listed before their parents', () => {
    const r = ok(importPed('A kid dad mum 2 2\nA dad 0 0 1 1\nA mum 0 0 2 1'));
    expect(parentsOf(r.document, 'kid')).toEqual({ father: 'dad', mother: 'mum', parents: ['dad', 'mum'] });
    expect(r.notices).toEqual([]);
  });
  it('gives union ids that do not collide with person ids', () => {
    const r = ok(importPed('A u1 0 0 1 1\nA u2 0 0 2 1\nA c u1 u2 1 1'));
    expect(r.document.unions).toEqual([{ id: 'u3', partners: ['u1', 'u2'] }]);
  });
  it('refuses a file over the size limit before reading it', () => {
    const huge = 'x'.repeat(50_000_001);
    const start = performance.now();
    expect(importPedigreeFile(huge, 'huge.ped')).toEqual({
      ok: false,
      errors: [{ message: 'The file has 50,000,001 characters; files over 50,000,000 are not opened.' }],
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
