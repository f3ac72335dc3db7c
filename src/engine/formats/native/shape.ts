// Structural check of an untrusted native document (after migration): every field has
// the type and allowed values of src/engine/document/types.ts. Every problem is
// reported, naming the person (or partnership, twin group, condition) it is in.
// Unknown extra fields are kept untouched, so a round trip loses nothing.
import { validateCondition } from '../../genetics/validateCondition.ts';
import type { ImportProblem } from '../problems.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

const GENDERS = ['man', 'woman', 'nonbinary', 'unknown'];
const SAAB = ['AMAB', 'AFAB', 'UAAB'];
const STATUS = ['affected', 'unaffected', 'unknown'];
const CARRIER = ['presymptomatic', 'carrier'];
const OUTCOMES = ['ongoing', 'miscarriage', 'termination', 'ectopic', 'stillbirth'];
const COPIES = ['+', 'd', '?'];
const NO_CHILDREN = ['by-choice', 'infertility'];
const ZYGOSITY = ['MZ', 'DZ', 'unknown'];

class Checker {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly where: string,
    private readonly person?: string,
  ) {}
  private report(field: string, expected: string, value: unknown): void {
    const message = `${this.where}: "${field}" must be ${expected} (got ${show(value)}).`;
    this.problems.push(this.person === undefined ? { message } : { person: this.person, message });
  }
  optional(o: Json, field: string, test: (v: unknown) => boolean, expected: string): void {
    if (field in o && o[field] !== undefined && !test(o[field])) this.report(field, expected, o[field]);
  }
  required(o: Json, field: string, test: (v: unknown) => boolean, expected: string): void {
    if (!test(o[field])) this.report(field, expected, o[field]);
  }
}

const isString = (v: unknown) => typeof v === 'string';
const isId = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const isBool = (v: unknown) => typeof v === 'boolean';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const oneOf = (values: string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const list = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

function checkPerson(p: unknown, i: number): ImportProblem[] {
  if (!isRecord(p)) return [{ message: `persons[${i}] must be an object (got ${show(p)}).` }];
  const id = typeof p.id === 'string' ? p.id : undefined;
  const c = new Checker(id ? `Person ${id}` : `persons[${i}]`, id);
  c.required(p, 'id', isId, 'a non-empty text');
  c.required(p, 'gender', oneOf(GENDERS), `one of ${list(GENDERS)}`);
  c.optional(p, 'sexAssignedAtBirth', oneOf(SAAB), `one of ${list(SAAB)}`);
  for (const f of ['name', 'notes']) c.optional(p, f, isString, 'a text');
  for (const f of ['parentUnion', 'singleParent']) c.optional(p, f, isId, 'a non-empty id');
  for (const f of ['age', 'birthYear']) c.optional(p, f, isNumber, 'a number');
  for (const f of ['proband', 'consultand']) c.optional(p, f, isBool, 'true or false');
  c.optional(p, 'adopted', oneOf(['in', 'out']), '"in" or "out"');
  c.optional(p, 'count', (v) => isNumber(v) || v === 'n', 'a number or "n"');
  c.optional(p, 'deceased', isRecord, 'an object');
  if (isRecord(p.deceased)) {
    c.optional(p.deceased, 'age', isNumber, 'a number (deceased.age)');
    c.optional(p.deceased, 'cause', isString, 'a text (deceased.cause)');
  }
  c.optional(p, 'pregnancy', isRecord, 'an object');
  if (isRecord(p.pregnancy)) {
    c.required(p.pregnancy, 'outcome', oneOf(OUTCOMES), `one of ${list(OUTCOMES)}`);
    c.optional(p.pregnancy, 'gestationWeeks', isNumber, 'a number');
  }
  c.required(p, 'observations', isRecord, 'an object keyed by condition id');
  if (isRecord(p.observations)) {
    for (const [cond, o] of Object.entries(p.observations)) {
      if (!isRecord(o)) {
        c.required(p.observations, cond, isRecord, `an observation object (observations.${cond})`);
        continue;
      }
      c.required(o, 'status', oneOf(STATUS), `one of ${list(STATUS)} (observations.${cond}.status)`);
      c.optional(o, 'age', isNumber, `a number (observations.${cond}.age)`);
      c.optional(o, 'phenotype', isString, `a text (observations.${cond}.phenotype)`);
      c.optional(o, 'carrierMark', oneOf(CARRIER), `one of ${list(CARRIER)}`);
    }
  }
  c.optional(p, 'genotypes', isRecord, 'an object keyed by condition id');
  if (isRecord(p.genotypes)) {
    for (const [cond, g] of Object.entries(p.genotypes)) {
      const ok = isRecord(g) && oneOf(COPIES)(g.paternal) && oneOf(COPIES)(g.maternal);
      if (!ok) c.required(p.genotypes, cond, () => false, `{ paternal, maternal } with copies "+", "d" or "?" (genotypes.${cond})`);
    }
  }
  return c.problems;
}

function checkUnion(u: unknown, i: number): ImportProblem[] {
  if (!isRecord(u)) return [{ message: `unions[${i}] must be an object (got ${show(u)}).` }];
  const c = new Checker(typeof u.id === 'string' ? `Partnership ${u.id}` : `unions[${i}]`);
  c.required(u, 'id', isId, 'a non-empty text');
  c.required(u, 'partners', (v) => Array.isArray(v) && v.length === 2 && v.every(isId), 'a list of two person ids');
  for (const f of ['consanguineous', 'separated', 'swapSides', 'pinSiblingOrder']) c.optional(u, f, isBool, 'true or false');
  c.optional(u, 'noChildren', oneOf(NO_CHILDREN), `one of ${list(NO_CHILDREN)}`);
  return c.problems;
}

function checkTwins(t: unknown, i: number): ImportProblem[] {
  if (!isRecord(t)) return [{ message: `twins[${i}] must be an object (got ${show(t)}).` }];
  const c = new Checker(typeof t.id === 'string' ? `Twin group ${t.id}` : `twins[${i}]`);
  c.required(t, 'id', isId, 'a non-empty text');
  c.required(t, 'zygosity', oneOf(ZYGOSITY), `one of ${list(ZYGOSITY)}`);
  c.required(t, 'members', (v) => Array.isArray(v) && v.every(isId), 'a list of person ids');
  return c.problems;
}

function checkCondition(cond: unknown, i: number): ImportProblem[] {
  const name = isRecord(cond) && typeof cond.id === 'string' ? `Condition ${cond.id}` : `conditions[${i}]`;
  return validateCondition(cond).map((p) => ({ message: `${name}: ${p.message}` }));
}

/** Every structural problem of a migrated native document (empty = well formed). */
export function checkDocumentShape(doc: Json): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const top = new Checker('The document');
  top.required(doc, 'activeConditionId', (v) => v === null || isId(v), 'a condition id or null');
  top.required(doc, 'meta', isRecord, 'an object');
  problems.push(...top.problems);
  const arrays: [string, (x: unknown, i: number) => ImportProblem[]][] = [
    ['persons', checkPerson],
    ['unions', checkUnion],
    ['twins', checkTwins],
    ['conditions', checkCondition],
  ];
  for (const [field, check] of arrays) {
    const value = doc[field];
    if (!Array.isArray(value)) problems.push({ message: `The document: "${field}" must be a list (got ${show(value)}).` });
    else value.forEach((x, i) => problems.push(...check(x, i)));
  }
  return problems;
}
