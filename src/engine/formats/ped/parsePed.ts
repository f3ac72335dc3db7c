// LINKAGE / PED text → rows. Columns (whitespace separated, tabs or spaces): family,
// individual, father, mother, sex (1 male, 2 female, 0 or other unknown), affection
// (2 affected, 1 unaffected, 0 or -9 unknown); further columns (marker genotypes) are
// ignored with a notice. Blank lines, `#` comments, CRLF and a header line are accepted.
// Every malformed line is reported with its number; parsing never stops at the first.
import type { ImportProblem } from '../problems.ts';
import { agree, count } from '../../words/count.ts';

export interface PedRow {
  line: number;
  family: string;
  id: string;
  /** null = missing (0). */
  father: string | null;
  mother: string | null;
  sex: 'male' | 'female' | 'unknown';
  affection: 'affected' | 'unaffected' | 'unknown' | null;
}

export interface ParsedPed {
  rows: PedRow[];
  problems: ImportProblem[];
  notices: string[];
}

const SEX: Record<string, PedRow['sex']> = { '1': 'male', '2': 'female', '0': 'unknown', M: 'male', F: 'female', m: 'male', f: 'female' };
const AFFECTION: Record<string, PedRow['affection']> = { '2': 'affected', '1': 'unaffected', '0': 'unknown', '-9': 'unknown' };
const HEADER = /^(fam|family|fid|ped|pedigree)/i;

export function parsePed(text: string): ParsedPed {
  const rows: PedRow[] = [];
  const problems: ImportProblem[] = [];
  const notices: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let extraColumns = 0;
  let extraLines = 0;
  let unknownSexCodes = 0;
  let sawData = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const cols = raw.split(/\s+/);
    if (!sawData && HEADER.test(cols[0]!) && cols.length >= 4 && !(cols[4]! in SEX)) {
      notices.push(`Line ${lineNo} was read as a column header and skipped.`);
      sawData = true;
      continue;
    }
    sawData = true;
    if (cols.length < 5) {
      problems.push({
        line: lineNo,
        message: `Expected at least 5 columns (family, individual, father, mother, sex), found ${cols.length}: "${raw.slice(0, 80)}".`,
      });
      continue;
    }
    const [family, id, father, mother, sexCode, affectionCode] = cols as [string, string, string, string, string, string?];
    let sex = SEX[sexCode];
    if (sex === undefined) {
      // PLINK and LINKAGE treat any other code as unknown; say so once.
      unknownSexCodes++;
      sex = 'unknown';
    }
    let affection: PedRow['affection'] = null;
    if (affectionCode !== undefined) {
      affection = AFFECTION[affectionCode] ?? null;
      if (affection === null) {
        problems.push({
          line: lineNo,
          person: id,
          message: `The affection column must be 2 (affected), 1 (unaffected) or 0 / -9 (unknown); found "${affectionCode}".`,
        });
        continue;
      }
    }
    if (id === '0') {
      problems.push({ line: lineNo, message: 'The individual id "0" means "missing" in PED files and cannot name a person.' });
      continue;
    }
    if (cols.length > 6) {
      extraLines++;
      extraColumns = Math.max(extraColumns, cols.length);
    }
    rows.push({
      line: lineNo,
      family,
      id,
      father: father === '0' ? null : father,
      mother: mother === '0' ? null : mother,
      sex,
      affection,
    });
  }
  if (extraLines > 0) {
    notices.push(`${count(extraLines, 'line')} ${agree(extraLines, 'has', 'have')} more than 6 columns; columns 7–${extraColumns} (such as marker genotypes) were ignored.`);
  }
  if (unknownSexCodes > 0) notices.push(`${count(unknownSexCodes, 'line')} ${agree(unknownSexCodes, 'has', 'have')} a sex code other than 1 or 2; ${agree(unknownSexCodes, 'that person was', 'those people were')} read as of unknown sex.`);
  if (rows.length === 0 && problems.length === 0) problems.push({ message: 'The file holds no pedigree lines.' });
  return { rows, problems, notices };
}
