// Monozygotic twins carry the same genotype: they share one variable (their evidence multiplies).
// Members are merged only when they have the same recorded parents and the same sex at birth.
import type { Gamete, PedigreeDocument, PersonId } from '../document/types.ts';

/** Maps each MZ twin to the representative of their group (the member first in doc.persons). */
export function mzRepresentatives(doc: PedigreeDocument, index: ReadonlyMap<PersonId, number>, gametes: readonly Gamete[], notices: string[]): Map<PersonId, PersonId> {
  const rep = new Map<PersonId, PersonId>();
  if (!doc.twins.some((t) => t.zygosity === 'MZ')) return rep;
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  const gameteOfId = (id: PersonId) => gametes[index.get(id)!];
  for (const group of doc.twins) {
    if (group.zygosity !== 'MZ') continue;
    // The representative is the member listed first in the document, so it gets its variable first.
    const members = group.members
      .map((id) => byId.get(id))
      .filter((p) => p !== undefined)
      .sort((a, b) => index.get(a.id)! - index.get(b.id)!);
    const first = members[0];
    if (!first || members.length < 2) continue;
    const same = members.every(
      (p) => p.parentUnion === first.parentUnion && p.singleParent === first.singleParent && gameteOfId(p.id) === gameteOfId(first.id),
    );
    if (!same) {
      notices.push(`Twin group ${group.id} is marked monozygotic but its members differ in parents or sex; treated as ordinary siblings.`);
      continue;
    }
    for (const p of members) rep.set(p.id, first.id);
  }
  return rep;
}
