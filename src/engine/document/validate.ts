// Every problem in a document, each with a message naming the people involved.
// Errors make a document unusable (an import with errors is refused); warnings are
// shown but accepted. Structure of untrusted JSON is checked before this, in
// formats/native/shape.ts; this checks the relations between records.
import { ancestryCycles } from './cycles.ts';
import { checkPersonFields } from './personFields.ts';
import { describePerson, gameteOf, indexDocument } from './queries.ts';
import type { PedigreeDocument, PersonId } from './types.ts';
import { count } from '../words/count.ts';

export type ValidationCode =
  | 'duplicate-id'
  | 'dangling-reference'
  | 'both-parent-links'
  | 'self-union'
  | 'duplicate-union'
  | 'cycle'
  | 'impossible-role'
  | 'twin-sex-mismatch'
  | 'twin-not-siblings'
  | 'twin-group-size'
  | 'twin-in-two-groups'
  | 'invalid-value';

export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: ValidationCode;
  message: string;
  person?: PersonId;
}

export function validateDocument(doc: PedigreeDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (code: ValidationCode, message: string, person?: PersonId) =>
    issues.push(person === undefined ? { severity: 'error', code, message } : { severity: 'error', code, message, person });
  const warn = (code: ValidationCode, message: string, person?: PersonId) =>
    issues.push(person === undefined ? { severity: 'warning', code, message } : { severity: 'warning', code, message, person });
  const index = indexDocument(doc);
  const name = (id: PersonId) => describePerson(doc, id);

  // Ids: unique within and across persons, unions and twin groups.
  const seen = new Map<string, string>();
  const kinds: [string, { id: string }[]][] = [['person', doc.persons], ['partnership', doc.unions], ['twin group', doc.twins]];
  for (const [kind, records] of kinds) {
    for (const r of records) {
      const before = seen.get(r.id);
      if (before) error('duplicate-id', `The id "${r.id}" is used by more than one record (a ${before} and a ${kind}).`, kind === 'person' ? r.id : undefined);
      else seen.set(r.id, kind);
    }
  }

  for (const p of doc.persons) {
    if (p.parentUnion !== undefined && p.singleParent !== undefined) {
      error('both-parent-links', `${name(p.id)} is recorded both as a child of partnership ${p.parentUnion} and of single parent ${p.singleParent}; keep one.`, p.id);
    }
    if (p.parentUnion !== undefined && !index.unions.has(p.parentUnion)) {
      error('dangling-reference', `${name(p.id)} is a child of partnership "${p.parentUnion}", which does not exist.`, p.id);
    }
    if (p.singleParent !== undefined && !index.persons.has(p.singleParent)) {
      error('dangling-reference', `${name(p.id)} has parent "${p.singleParent}", who does not exist.`, p.id);
    }
    for (const c of Object.keys(p.observations)) {
      if (!doc.conditions.some((x) => x.id === c)) warn('dangling-reference', `${name(p.id)} has a status for condition "${c}", which is not in this pedigree.`, p.id);
    }
    const bad = checkPersonFields(p);
    if (bad) error('invalid-value', `${name(p.id)}: ${bad}`, p.id);
  }
  if (doc.activeConditionId !== null && !doc.conditions.some((c) => c.id === doc.activeConditionId)) {
    error('dangling-reference', `The active condition "${doc.activeConditionId}" is not in this pedigree.`);
  }

  const pairs = new Map<string, string>();
  for (const u of doc.unions) {
    const [a, b] = u.partners;
    for (const x of [a, b]) {
      if (!index.persons.has(x)) error('dangling-reference', `Partnership ${u.id} names partner "${x}", who does not exist.`);
    }
    if (a === b) error('self-union', `Partnership ${u.id} has ${name(a)} as both partners; a partnership needs two people.`, a);
    const key = [a, b].sort().join('\u0000');
    const other = pairs.get(key);
    if (other) warn('duplicate-union', `${name(a)} and ${name(b)} have two partnerships (${other} and ${u.id}).`, a);
    else pairs.set(key, u.id);
    const kids = index.childrenByUnion.get(u.id) ?? [];
    const ga = index.persons.has(a) ? gameteOf(index.persons.get(a)!) : 'unknown';
    const gb = index.persons.has(b) ? gameteOf(index.persons.get(b)!) : 'unknown';
    if (a !== b && kids.length > 0 && ga !== 'unknown' && ga === gb) {
      error(
        'impossible-role',
        `${name(a)} and ${name(b)} both give ${ga === 'sperm' ? 'sperm' : 'an egg'}, yet are recorded as the genetic parents of ${kids.map(name).join(', ')}. Record sex assigned at birth, or record the child with one parent.`,
        kids[0],
      );
    }
  }

  for (const cycle of ancestryCycles(doc)) {
    const first = cycle[0]!;
    error('cycle', `${name(first)} is recorded as their own ancestor (${[...cycle, first].map(name).join(' → ')}).`, first);
  }

  const groupOf = new Map<PersonId, string>();
  for (const t of doc.twins) {
    if (t.members.length < 2) error('twin-group-size', `Twin group ${t.id} has ${count(t.members.length, 'member')}; twins need at least two.`);
    for (const m of t.members) {
      if (!index.persons.has(m)) error('dangling-reference', `Twin group ${t.id} names "${m}", who does not exist.`);
      const other = groupOf.get(m);
      if (other) error('twin-in-two-groups', `${name(m)} is in two twin groups (${other} and ${t.id}).`, m);
      else groupOf.set(m, t.id);
    }
    const present = t.members.filter((m) => index.persons.has(m));
    const sibship = (id: PersonId) => {
      const p = index.persons.get(id)!;
      return p.parentUnion ?? (p.singleParent !== undefined ? `single:${p.singleParent}` : undefined);
    };
    const first = present[0];
    if (first !== undefined) {
      for (const m of present.slice(1)) {
        if (sibship(m) !== sibship(first)) {
          error('twin-not-siblings', `${name(first)} and ${name(m)} are twins (${t.id}) but do not have the same recorded parents.`, m);
        }
      }
      if (t.zygosity === 'MZ') {
        const gametes = new Map(present.map((m) => [m, gameteOf(index.persons.get(m)!)]));
        const known = present.filter((m) => gametes.get(m) !== 'unknown');
        const differ = known.find((m) => gametes.get(m) !== gametes.get(known[0]!));
        if (differ !== undefined) {
          error('twin-sex-mismatch', `${name(known[0]!)} and ${name(differ)} are monozygotic twins but have different sex assigned at birth.`, differ);
        }
      }
    }
  }
  return issues;
}

export function validationErrors(doc: PedigreeDocument): ValidationIssue[] {
  return validateDocument(doc).filter((i) => i.severity === 'error');
}

