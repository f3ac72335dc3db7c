// Remove a person, by one stated rule that the UI shows before it happens
// (previewRemoval). The rule keeps everyone else the user entered:
//
//  1. The person is removed, and taken out of their twin group; a group left with
//     fewer than two members is removed.
//  2. Every union the person was a partner in is removed. Children of such a union
//     keep the other partner as their single recorded parent.
//  3. Children who had the person as single parent become parentless (founders).
//  4. A partner left with no connection at all — no recorded parents, no other union,
//     no children — is removed too (someone who only married in would float alone).
//  Descendants are never removed.
import { indexDocument, partnerIn, unionsOf } from '../queries.ts';
import { wordByName, words, who, type Sentence } from '../sentence.ts';
import type { PedigreeDocument, PersonId, TwinGroupId, UnionId } from '../types.ts';
import { findPerson } from './guards.ts';
import { withoutParents, withSingleParent } from './mutate.ts';
import { fail, succeed, type EditResult } from './result.ts';

export interface RemovalPreview {
  /** Removed people, the chosen person first. */
  persons: PersonId[];
  unions: UnionId[];
  /** Twin groups removed entirely (fewer than two members left). */
  twinGroups: TwinGroupId[];
  /** Children who keep only their other parent. */
  becomeSingleParent: { child: PersonId; parent: PersonId }[];
  /** Children who lose their only recorded parent. */
  becomeParentless: PersonId[];
  /** The same, in sentences naming people by name and id, for a confirmation dialog. */
  summary: string[];
  /** The summary's sentences with people as ids, for a dialog that names them as its chart does. */
  sentences: Sentence[];
}

export function previewRemoval(doc: PedigreeDocument, id: PersonId): RemovalPreview | null {
  const index = indexDocument(doc);
  if (!index.persons.has(id)) return null;
  const unions = unionsOf(doc, id);
  const becomeSingleParent: RemovalPreview['becomeSingleParent'] = [];
  const persons: PersonId[] = [id];
  for (const u of unions) {
    const other = partnerIn(u, id);
    const kids = index.childrenByUnion.get(u.id) ?? [];
    for (const child of kids) if (child !== id) becomeSingleParent.push({ child, parent: other });
    if (other === id) continue;
    const o = index.persons.get(other);
    const otherUnions = (index.unionsByPerson.get(other) ?? []).filter((x) => partnerIn(index.unions.get(x)!, other) !== id);
    const hasParents = o?.parentUnion !== undefined || o?.singleParent !== undefined;
    const hasChildren = kids.length > 0 || (index.childrenBySingleParent.get(other)?.length ?? 0) > 0;
    if (!hasParents && otherUnions.length === 0 && !hasChildren && !persons.includes(other)) persons.push(other);
  }
  const becomeParentless = [...(index.childrenBySingleParent.get(id) ?? [])];
  const gone = new Set(persons);
  const twinGroups = doc.twins
    .filter((t) => t.members.some((m) => gone.has(m)) && t.members.filter((m) => !gone.has(m)).length < 2)
    .map((t) => t.id);
  const sentences: Sentence[] = [words`${who(id)} will be removed.`];
  for (const u of unions) sentences.push(words`The partnership of ${who(u.partners[0])} and ${who(u.partners[1])} will be removed.`);
  for (const p of persons.slice(1)) sentences.push(words`${who(p)}, who has no other connection in the pedigree, will be removed.`);
  for (const { child, parent } of becomeSingleParent) sentences.push(words`${who(child)} will keep ${who(parent)} as their only recorded parent.`);
  for (const c of becomeParentless) sentences.push(words`${who(c)} will have no recorded parents.`);
  if (twinGroups.length > 0) sentences.push([`The twin group ${twinGroups.join(', ')} will be dissolved.`]);
  const summary = sentences.map((s) => wordByName(doc, s));
  return { persons, unions: unions.map((u) => u.id), twinGroups, becomeSingleParent, becomeParentless, summary, sentences };
}

export function removePerson(doc: PedigreeDocument, args: { id: PersonId }): EditResult {
  const found = findPerson(doc, args.id);
  if (!found.ok) return found;
  const preview = previewRemoval(doc, args.id);
  if (!preview) return fail('not-found', `There is no person with id "${args.id}".`);
  const gonePersons = new Set(preview.persons);
  const goneUnions = new Set(preview.unions);
  const goneTwins = new Set(preview.twinGroups);
  const singleParent = new Map(preview.becomeSingleParent.map((x) => [x.child, x.parent]));
  const parentless = new Set(preview.becomeParentless);
  const persons = doc.persons
    .filter((p) => !gonePersons.has(p.id))
    .map((p) => {
      const parent = singleParent.get(p.id);
      if (parent !== undefined) return withSingleParent(p, parent);
      if (parentless.has(p.id)) return withoutParents(p);
      return p;
    });
  const twins = doc.twins
    .filter((t) => !goneTwins.has(t.id))
    .map((t) => (t.members.some((m) => gonePersons.has(m)) ? { ...t, members: t.members.filter((m) => !gonePersons.has(m)) } : t));
  return succeed({ ...doc, persons, unions: doc.unions.filter((u) => !goneUnions.has(u.id)), twins });
}
