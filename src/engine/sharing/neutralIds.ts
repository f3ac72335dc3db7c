// Ids that say nothing about anyone. A person's id is often a name or a clinic number
// (PED and pedigreejs files use whatever the family's file used, e.g. "ben" or "MRN0042"),
// so a de-identified share link cannot keep them. People become p1, p2, … in document
// order (which is birth order among siblings), unions u1, …, twin groups t1, …; every
// reference is renamed with them, so the family and its drawing are unchanged.
import type { PedigreeDocument, PersonId } from '../document/types.ts';

export interface NeutralIdResult {
  document: PedigreeDocument;
  /** Old person id → new person id. */
  personIds: Map<PersonId, PersonId>;
}

function renamer(ids: string[], prefix: string): Map<string, string> {
  return new Map(ids.map((id, i) => [id, `${prefix}${i + 1}`]));
}

export function withNeutralIds(doc: PedigreeDocument): NeutralIdResult {
  const person = renamer(doc.persons.map((p) => p.id), 'p');
  const union = renamer(doc.unions.map((u) => u.id), 'u');
  const twin = renamer(doc.twins.map((t) => t.id), 't');
  // Every id is in its map (the validated document refers only to its own records).
  const p = (id: string) => person.get(id) ?? id;
  const u = (id: string) => union.get(id) ?? id;
  const pedigree: PedigreeDocument = {
    ...doc,
    persons: doc.persons.map((x) => ({
      ...x,
      id: p(x.id),
      ...(x.parentUnion !== undefined && { parentUnion: u(x.parentUnion) }),
      ...(x.singleParent !== undefined && { singleParent: p(x.singleParent) }),
    })),
    unions: doc.unions.map((x) => ({ ...x, id: u(x.id), partners: [p(x.partners[0]), p(x.partners[1])] })),
    twins: doc.twins.map((x) => ({ ...x, id: twin.get(x.id) ?? x.id, members: x.members.map(p) })),
  };
  return { document: pedigree, personIds: person };
}
