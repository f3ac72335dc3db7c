// Change a twin group: its zygosity, or take one person out of it (a group left with
// one member is removed). Monozygotic twins share their sex at birth, so making a
// group MZ is refused while its members give different gametes.
import { gameteOf, indexDocument, twinGroupOf } from '../queries.ts';
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, PersonId, TwinGroupId, Zygosity } from '../types.ts';
import { fail, failAbout, succeed, type EditResult } from './result.ts';

export function setTwinZygosity(doc: PedigreeDocument, args: { id: TwinGroupId; zygosity: Zygosity }): EditResult {
  const group = doc.twins.find((t) => t.id === args.id);
  if (!group) return fail('not-found', `There is no twin group with id "${args.id}".`);
  if (args.zygosity === 'MZ') {
    const index = indexDocument(doc);
    const known = group.members.filter((m) => index.persons.has(m) && gameteOf(index.persons.get(m)!) !== 'unknown');
    const first = known[0];
    const other = known.find((m) => gameteOf(index.persons.get(m)!) !== gameteOf(index.persons.get(first!)!));
    if (first !== undefined && other !== undefined) {
      return failAbout(
        doc,
        'impossible-role',
        words`${who(first)} and ${who(other)} have different sex at birth, so they cannot be monozygotic twins.`,
      );
    }
  }
  return succeed({ ...doc, twins: doc.twins.map((t) => (t.id === args.id ? { ...t, zygosity: args.zygosity } : t)) });
}

export function leaveTwinGroup(doc: PedigreeDocument, args: { person: PersonId }): EditResult {
  const group = twinGroupOf(doc, args.person);
  if (!group) return failAbout(doc, 'not-found', words`${who(args.person)} is not in a twin group.`);
  const members = group.members.filter((m) => m !== args.person);
  const twins =
    members.length < 2 ? doc.twins.filter((t) => t.id !== group.id) : doc.twins.map((t) => (t.id === group.id ? { ...t, members } : t));
  return succeed({ ...doc, twins });
}
