// One pedigreejs entry → a Person plus the links resolved later (parents, twins,
// divorce). Every unusable field is an error naming the person; fields with no place
// in the document are listed so the importer can say what was left out.
import type { ConditionId } from '../../genetics/condition.ts';
import type { Gender, Person } from '../../document/types.ts';
import type { ImportProblem } from '../problems.ts';

type Json = Record<string, unknown>;

export interface Entry {
  person: Person;
  sex: 'M' | 'F' | 'U';
  mother?: unknown;
  father?: unknown;
  noparents: boolean;
  mztwin?: string;
  dztwin?: string;
  divorced?: string;
  /** pedigreejs CanRisk flag on a child: the parents are related. */
  consanguineousParents: boolean;
  diseases: string[];
  ignoredFields: string[];
}

const GENDER: Record<string, Gender> = { M: 'man', F: 'woman', U: 'unknown' };
/** Fields read here or purely about pedigreejs's own drawing. */
const KNOWN = new Set([
  'name', 'display_name', 'sex', 'mother', 'father', 'noparents', 'proband', 'status', 'age', 'yob',
  'mztwin', 'dztwin', 'adopted_in', 'adopted_out', 'divorced', 'miscarriage', 'termination', 'terminated',
  'stillbirth', 'affected', 'famid', 'top_level', 'id', 'parent_node', 'children', 'hidden', 'exclude',
  'consanguineous_parents',
]);
const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 'true';
const number = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

export function readPedigreejsPerson(
  raw: Json,
  index: number,
  conditionId: ConditionId,
): { ok: true; entry: Entry } | { ok: false; errors: ImportProblem[] } {
  const name = typeof raw.name === 'string' || typeof raw.name === 'number' ? String(raw.name).trim() : '';
  if (name === '') return { ok: false, errors: [{ message: `Entry ${index + 1} has no "name" (the pedigreejs id).` }] };
  const errors: ImportProblem[] = [];
  const sex = raw.sex === undefined ? 'U' : String(raw.sex);
  if (!(sex in GENDER)) errors.push({ person: name, message: `${name}: "sex" must be M, F or U (got ${JSON.stringify(raw.sex)}).` });
  const person: Person = { id: name, gender: GENDER[sex] ?? 'unknown', observations: {} };
  if (typeof raw.display_name === 'string' && raw.display_name.trim() !== '') person.name = raw.display_name.trim();
  if (truthy(raw.proband)) person.proband = true;
  const age = number(raw.age);
  if (raw.age !== undefined && raw.age !== '' && (age === undefined || age < 0 || age > 150)) {
    errors.push({ person: name, message: `${name}: "age" must be a number of years from 0 to 150 (got ${JSON.stringify(raw.age)}).` });
  }
  const deceased = truthy(raw.status);
  if (deceased) person.deceased = age !== undefined && age >= 0 && age <= 150 ? { age } : {};
  else if (age !== undefined && age >= 0 && age <= 150) person.age = age;
  const yob = number(raw.yob);
  if (yob !== undefined && Number.isInteger(yob)) person.birthYear = yob;
  else if (raw.yob !== undefined && raw.yob !== '' && raw.yob !== '-') {
    errors.push({ person: name, message: `${name}: "yob" must be a year (got ${JSON.stringify(raw.yob)}).` });
  }
  if (truthy(raw.adopted_in)) person.adopted = 'in';
  else if (truthy(raw.adopted_out)) person.adopted = 'out';
  if (truthy(raw.miscarriage)) person.pregnancy = { outcome: 'miscarriage' };
  else if (truthy(raw.termination) || truthy(raw.terminated)) person.pregnancy = { outcome: 'termination' };
  else if (truthy(raw.stillbirth)) person.pregnancy = { outcome: 'stillbirth' };

  // Disease: `affected`, or any `<disease>_diagnosis_age` / `<disease>` flag (pedigreejs
  // opts.diseases, e.g. breast_cancer). The earliest diagnosis age is kept as onset.
  const diseases: string[] = [];
  let onset: number | undefined;
  const ignoredFields: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const diagnosis = /^(.+)_diagnosis_age$/.exec(key);
    if (diagnosis && value !== undefined && value !== '' && value !== null) {
      diseases.push(diagnosis[1]!);
      const a = number(value);
      if (a !== undefined) onset = onset === undefined ? a : Math.min(onset, a);
    } else if (/(cancer|disease)\d*$/.test(key) && truthy(value)) {
      diseases.push(key);
    } else if (!KNOWN.has(key)) {
      ignoredFields.push(key);
    }
  }
  if (truthy(raw.affected) || diseases.length > 0) {
    person.observations[conditionId] = onset !== undefined ? { status: 'affected', age: onset } : { status: 'affected' };
  }
  if (errors.length > 0) return { ok: false, errors };
  const entry: Entry = { person, sex: sex as Entry['sex'], noparents: truthy(raw.noparents), consanguineousParents: truthy(raw.consanguineous_parents), diseases: [...new Set(diseases)], ignoredFields };
  if (raw.mother !== undefined) entry.mother = raw.mother;
  if (raw.father !== undefined) entry.father = raw.father;
  if (raw.mztwin !== undefined && raw.mztwin !== null && raw.mztwin !== '') entry.mztwin = String(raw.mztwin);
  if (raw.dztwin !== undefined && raw.dztwin !== null && raw.dztwin !== '') entry.dztwin = String(raw.dztwin);
  if (typeof raw.divorced === 'string' && raw.divorced !== '') entry.divorced = raw.divorced;
  return { ok: true, entry };
}
