// Record an existing person as a parent of another: how loops, consanguinity and
// remarriage into the family are built. A parentless child gets the person as single
// parent; a child with a single parent gets both in a union (the existing union of the
// two if they have one, else a new one, created id [union]).
// Refused: a person as their own parent or ancestor (cycle), a third parent, and two
// parents who give the same gamete (two sperm-givers cannot both be genetic parents).
import { gameteOf, unionBetween } from '../queries.ts';
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, PersonId } from '../types.ts';
import { findPerson, isSelfOrDescendant } from './guards.ts';
import { nextId } from './ids.ts';
import { updatePerson, withParentUnion, withSingleParent } from './mutate.ts';
import { failAbout, succeed, type EditResult } from './result.ts';

export interface LinkParentArgs {
  child: PersonId;
  parent: PersonId;
}

export function linkParent(doc: PedigreeDocument, args: LinkParentArgs): EditResult {
  const c = findPerson(doc, args.child);
  if (!c.ok) return c;
  const p = findPerson(doc, args.parent);
  if (!p.ok) return p;
  const childName = who(args.child);
  const parentName = who(args.parent);
  if (args.child === args.parent) return failAbout(doc, 'same-person', words`${childName} cannot be their own parent.`);
  if (isSelfOrDescendant(doc, args.child, args.parent)) {
    return failAbout(doc, 'cycle', words`${parentName} is a descendant of ${childName}, so cannot be their parent: ${childName} would become their own ancestor.`);
  }
  const child = c.value;
  if (child.parentUnion !== undefined) {
    return failAbout(doc, 'already-has-parents', words`${childName} already has two recorded parents.`);
  }
  if (child.singleParent === undefined) {
    return succeed(updatePerson(doc, child.id, (x) => withSingleParent(x, args.parent)));
  }
  const other = child.singleParent;
  if (other === args.parent) return failAbout(doc, 'already-linked', words`${parentName} is already recorded as a parent of ${childName}.`);
  const o = findPerson(doc, other);
  if (!o.ok) return o;
  const g1 = gameteOf(o.value);
  const g2 = gameteOf(p.value);
  if (g1 !== 'unknown' && g1 === g2) {
    return failAbout(
      doc,
      'impossible-role',
      words`${parentName} and ${who(other)} would both give ${g1 === 'sperm' ? 'sperm' : 'an egg'}, so they cannot both be genetic parents of ${childName}.`,
    );
  }
  const existing = unionBetween(doc, other, args.parent);
  if (existing) return succeed(updatePerson(doc, child.id, (x) => withParentUnion(x, existing.id)));
  const unionId = nextId(doc, 'u');
  const withUnion = { ...doc, unions: [...doc.unions, { id: unionId, partners: [other, args.parent] as [string, string] }] };
  return succeed(updatePerson(withUnion, child.id, (x) => withParentUnion(x, unionId)), [unionId]);
}
