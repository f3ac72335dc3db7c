// Swap the sexes of a union's two partners in one step: each takes the other's gender
// (symbol shape) and sex assigned at birth, so the one who gave sperm now gives the egg.
// Everything else — names, statuses, known copies, children, the drawing order of the
// couple — stays. This is the GNAS lesson in one move: the same variant passed through a
// father and through a mother gives different children (DOMAIN.md §1: parent of origin
// is the gamete).
//
// Refused, with a typed error, when the swapped document would be invalid or would
// silently lose evidence:
// - `impossible-role`: a partner has children with someone else who gives the same
//   gamete the partner would now give (two egg-givers for one child);
// - `twin-sex-mismatch`: a partner is a monozygotic twin whose co-twin's sex at birth is
//   known (MZ twins share it; we do not change the co-twin behind the user's back);
// - `impossible-genotype`: the partner who would become the man has a known paternal copy
//   for an X-linked condition — a man has no paternal X, so that tested copy would be
//   dropped. Clear it first; the reverse direction loses nothing and is allowed;
// - `nothing-to-swap`: both partners have the same sex, so the swap would change nothing.
import type { Condition } from '../../genetics/condition.ts';
import { gameteOf, twinGroupOf } from '../queries.ts';
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, Person, UnionId } from '../types.ts';
import { describeUnion, findPerson, findUnion } from './guards.ts';
import { failAbout, succeed, type EditResult } from './result.ts';
import { roleConflict } from './setPersonFields.ts';

type SexFields = Pick<Person, 'gender' | 'sexAssignedAtBirth'>;

function sexOf(p: Person): SexFields {
  return p.sexAssignedAtBirth === undefined ? { gender: p.gender } : { gender: p.gender, sexAssignedAtBirth: p.sexAssignedAtBirth };
}

function withSex(p: Person, sex: SexFields): Person {
  const { sexAssignedAtBirth: _old, ...rest } = p;
  return { ...rest, ...sex };
}

/** The first X-linked condition for which `p`, as a man, would hold a known paternal copy. */
function lostPaternalX(p: Person, conditions: readonly Condition[]): Condition | undefined {
  return conditions.find((c) => c.chromosome === 'X' && (p.genotypes?.[c.id]?.paternal ?? '?') !== '?');
}

export function swapPartnerSexes(doc: PedigreeDocument, args: { union: UnionId }): EditResult {
  const found = findUnion(doc, args.union);
  if (!found.ok) return found;
  const [aId, bId] = found.value.partners;
  const a = findPerson(doc, aId);
  if (!a.ok) return a;
  const b = findPerson(doc, bId);
  if (!b.ok) return b;
  const sexA = sexOf(a.value);
  const sexB = sexOf(b.value);
  if (sexA.gender === sexB.gender && sexA.sexAssignedAtBirth === sexB.sexAssignedAtBirth) {
    return failAbout(doc, 'nothing-to-swap', words`${describeUnion(found.value)} have the same sex, so swapping changes nothing.`);
  }
  const swapped = new Map([
    [aId, withSex(a.value, sexB)],
    [bId, withSex(b.value, sexA)],
  ]);
  for (const p of swapped.values()) {
    const group = twinGroupOf(doc, p.id);
    const coTwin = group?.zygosity === 'MZ' ? group.members.find((m) => m !== p.id && !swapped.has(m)) : undefined;
    const twin = coTwin === undefined ? undefined : doc.persons.find((x) => x.id === coTwin);
    if (twin && gameteOf(twin) !== 'unknown' && gameteOf(twin) !== gameteOf(p)) {
      return failAbout(
        doc,
        'twin-sex-mismatch',
        words`${who(p.id)} is a monozygotic twin of ${who(twin.id)}, and monozygotic twins share their sex at birth; change the twins' sex in the inspector instead.`,
      );
    }
    const condition = gameteOf(p) === 'sperm' ? lostPaternalX(p, doc.conditions) : undefined;
    if (condition) {
      return failAbout(
        doc,
        'impossible-genotype',
        words`${who(p.id)} has a known paternal copy for ${condition.name}, which is X-linked; as a man they would have no paternal X copy. Clear that copy first.`,
      );
    }
  }
  const next = { ...doc, persons: doc.persons.map((p) => swapped.get(p.id) ?? p) };
  const conflict = roleConflict(next, [aId, bId]);
  if (conflict) return failAbout(doc, 'impossible-role', conflict);
  return succeed(next);
}
