// Who gives sperm and who gives eggs (DOMAIN.md §1, NOMENCLATURE 2022): the parent of origin
// is the gamete, not the symbol (gameteOf: sex assigned at birth, else gender). A partner
// whose gamete is still unknown gets the complement of a known partner in a union with children.
import type { Gamete, PedigreeDocument, Person, PersonId } from '../document/types.ts';
import { gameteOf } from '../document/queries.ts';

const complement = (g: Gamete): Gamete => (g === 'sperm' ? 'egg' : g === 'egg' ? 'sperm' : 'unknown');

/** Each person's gamete (aligned with doc.persons), with unknowns completed from partners in unions that have children. */
export function resolveGametes(doc: PedigreeDocument, index: ReadonlyMap<PersonId, number>): Gamete[] {
  const gametes = doc.persons.map((p) => gameteOf(p));
  if (!gametes.includes('unknown')) return gametes;
  const withChildren = new Set<string>();
  for (const p of doc.persons) if (p.parentUnion) withChildren.add(p.parentUnion);
  const unions = doc.unions.filter((u) => withChildren.has(u.id));
  let changed = true;
  while (changed) {
    changed = false;
    for (const u of unions) {
      const a = index.get(u.partners[0]);
      const b = index.get(u.partners[1]);
      if (a === undefined || b === undefined) continue;
      const ga = gametes[a]!;
      const gb = gametes[b]!;
      if (ga === 'unknown' && gb !== 'unknown') {
        gametes[a] = complement(gb);
        changed = true;
      } else if (gb === 'unknown' && ga !== 'unknown') {
        gametes[b] = complement(ga);
        changed = true;
      }
    }
  }
  return gametes;
}

/** A person's name for messages: the name when given, with the id when they differ. */
export function personLabel(person: Person): string {
  return person.name && person.name !== person.id ? `${person.name} (${person.id})` : person.id;
}
