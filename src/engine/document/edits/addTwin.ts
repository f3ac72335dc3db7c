// Add a twin to a person: a new sibling in the same sibship, placed next to the twins,
// joining the person's twin group or starting one. Monozygotic twins share the sex
// assigned at birth, so an MZ twin copies the person's gender and sex at birth.
// Created ids: [twin] or [twin, twin group].
import { twinGroupOf } from '../queries.ts';
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, PersonId, Zygosity } from '../types.ts';
import { findPerson } from './guards.ts';
import { nextId } from './ids.ts';
import { insertPersons } from './mutate.ts';
import { newPerson, type NewPersonSex } from './newPerson.ts';
import { failAbout, succeed, type EditResult } from './result.ts';

export interface AddTwinArgs {
  person: PersonId;
  /** Zygosity of a new group; an existing group keeps its own. */
  zygosity: Zygosity;
  /** Ignored for MZ twins (they copy the person). Defaults to unknown. */
  sex?: NewPersonSex;
  name?: string;
}

export function addTwin(doc: PedigreeDocument, args: AddTwinArgs): EditResult {
  const found = findPerson(doc, args.person);
  if (!found.ok) return found;
  const person = found.value;
  if (person.parentUnion === undefined && person.singleParent === undefined) {
    return failAbout(doc, 'no-parents', words`${who(person.id)} has no recorded parents: add parents before adding a twin.`);
  }
  const group = twinGroupOf(doc, person.id);
  const zygosity = group?.zygosity ?? args.zygosity;
  const id = nextId(doc, 'p');
  const twin = newPerson(id, args.sex ?? 'unknown', args.name);
  if (zygosity === 'MZ') {
    twin.gender = person.gender;
    if (person.sexAssignedAtBirth) twin.sexAssignedAtBirth = person.sexAssignedAtBirth;
  }
  if (person.parentUnion !== undefined) twin.parentUnion = person.parentUnion;
  else twin.singleParent = person.singleParent;
  // Next to the last twin in birth order, so twins stay adjacent (layout guarantee 4).
  const members = group?.members ?? [person.id];
  const position = new Map(doc.persons.map((p, i) => [p.id, i]));
  const last = members.reduce((a, b) => ((position.get(b) ?? -1) > (position.get(a) ?? -1) ? b : a));
  const withTwin = insertPersons(doc, [twin], last);
  if (group) {
    const twins = withTwin.twins.map((t) => (t.id === group.id ? { ...t, members: [...t.members, id] } : t));
    return succeed({ ...withTwin, twins }, [id]);
  }
  const groupId = nextId(doc, 't');
  return succeed(
    { ...withTwin, twins: [...withTwin.twins, { id: groupId, zygosity, members: [person.id, id] }] },
    [id, groupId],
  );
}
