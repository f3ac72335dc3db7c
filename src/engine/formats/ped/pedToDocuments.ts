// PED rows → one document per family, in order of first appearance. Parents are
// turned into unions (one per father–mother pair); a row with only one parent gives a
// single-parent child; a parent named but not listed is added, with a notice. Role
// conflicts (a father listed as female) are problems naming the line.
import type { Condition } from '../../genetics/condition.ts';
import { emptyDocument } from '../../document/create.ts';
import type { Gender, PedigreeDocument, Person } from '../../document/types.ts';
import type { ImportProblem } from '../problems.ts';
import type { PedRow } from './parsePed.ts';
import { agree, count } from '../../words/count.ts';

const GENDER: Record<PedRow['sex'], Gender> = { male: 'man', female: 'woman', unknown: 'unknown' };

export interface PedFamily {
  name: string;
  doc: PedigreeDocument;
  /** Line of each person, for validation messages. */
  lines: Map<string, number>;
}

export function pedToDocuments(
  rows: PedRow[],
  condition: Condition,
): { families: PedFamily[]; problems: ImportProblem[]; notices: string[] } {
  const byFamily = new Map<string, PedRow[]>();
  for (const r of rows) {
    const list = byFamily.get(r.family);
    if (list) list.push(r);
    else byFamily.set(r.family, [r]);
  }
  const families: PedFamily[] = [];
  const problems: ImportProblem[] = [];
  const notices: string[] = [];
  const hasAffection = rows.some((r) => r.affection !== null);
  for (const [name, famRows] of byFamily) {
    const built = buildFamily(name, famRows, hasAffection ? condition : null, problems, notices);
    families.push(built);
  }
  return { families, problems, notices };
}

function buildFamily(
  family: string,
  rows: PedRow[],
  condition: Condition | null,
  problems: ImportProblem[],
  notices: string[],
): PedFamily {
  const where = (id: string) => `family ${family}, ${id}`;
  const persons = new Map<string, Person>();
  const lines = new Map<string, number>();
  for (const r of rows) {
    if (persons.has(r.id)) {
      problems.push({ line: r.line, person: r.id, message: `${where(r.id)} is listed twice (first on line ${lines.get(r.id)}).` });
      continue;
    }
    const p: Person = { id: r.id, gender: GENDER[r.sex], observations: {} };
    if (condition && r.affection && r.affection !== 'unknown') p.observations[condition.id] = { status: r.affection };
    persons.set(r.id, p);
    lines.set(r.id, r.line);
  }
  const added: string[] = [];
  const addMissing = (id: string, gender: Gender) => {
    if (persons.has(id)) return;
    persons.set(id, { id, gender, observations: {} });
    added.push(id);
  };
  const unionOfPair = new Map<string, string>();
  const unions: PedigreeDocument['unions'] = [];
  let unionCounter = 0;
  const freshUnionId = () => {
    let id: string;
    do id = `u${++unionCounter}`;
    while (persons.has(id));
    return id;
  };
  const seenRows = new Set<string>();
  for (const r of rows) {
    if (seenRows.has(r.id)) continue;
    seenRows.add(r.id);
    if (r.father !== null) addMissing(r.father, 'man');
    if (r.mother !== null) addMissing(r.mother, 'woman');
    if (r.father !== null && persons.get(r.father)!.gender === 'woman') {
      problems.push({ line: r.line, person: r.id, message: `${where(r.id)} has father ${r.father}, who is listed as female (sex 2).` });
    }
    if (r.mother !== null && persons.get(r.mother)!.gender === 'man') {
      problems.push({ line: r.line, person: r.id, message: `${where(r.id)} has mother ${r.mother}, who is listed as male (sex 1).` });
    }
    if (r.father !== null && r.father === r.mother) {
      problems.push({ line: r.line, person: r.id, message: `${where(r.id)} has ${r.father} as both father and mother.` });
      continue;
    }
    const child = persons.get(r.id)!;
    if (r.father !== null && r.mother !== null) {
      const key = `${r.father}\u0000${r.mother}`;
      let unionId = unionOfPair.get(key);
      if (!unionId) {
        unionId = freshUnionId();
        unionOfPair.set(key, unionId);
        unions.push({ id: unionId, partners: [r.father, r.mother] });
      }
      child.parentUnion = unionId;
    } else if (r.father !== null || r.mother !== null) {
      child.singleParent = (r.father ?? r.mother)!;
    }
  }
  if (added.length > 0) {
    notices.push(`Family ${family}: ${count(added.length, 'parent')} named but not listed ${agree(added.length, 'was', 'were')} added: ${added.slice(0, 10).join(', ')}${added.length > 10 ? ', …' : ''}.`);
  }
  const doc: PedigreeDocument = {
    ...emptyDocument(),
    persons: [...persons.values()],
    unions,
    conditions: condition ? [condition] : [],
    activeConditionId: condition ? condition.id : null,
    meta: { title: `Family ${family}`, familyId: family },
  };
  return { name: family, doc, lines };
}
