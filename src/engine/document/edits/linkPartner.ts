// Record a union between two people already in the pedigree: remarriage, first
// cousins, uncle and niece. Consanguinity is not refused (it is detected and drawn
// with a double line); a person with themselves and a repeated union are refused.
// Created ids: [union].
import { unionBetween } from '../queries.ts';
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { nextId } from './ids.ts';
import { failAbout, succeed, type EditResult } from './result.ts';

export interface LinkPartnerArgs {
  person: PersonId;
  partner: PersonId;
}

export function linkPartner(doc: PedigreeDocument, args: LinkPartnerArgs): EditResult {
  const a = findPerson(doc, args.person);
  if (!a.ok) return a;
  const b = findPerson(doc, args.partner);
  if (!b.ok) return b;
  if (args.person === args.partner) {
    return failAbout(doc, 'same-person', words`${who(args.person)} cannot be their own partner.`);
  }
  const existing = unionBetween(doc, args.person, args.partner);
  if (existing) {
    return failAbout(
      doc,
      'already-partners',
      words`${who(args.person)} and ${who(args.partner)} are already partners (${existing.id}).`,
    );
  }
  const unionId = nextId(doc, 'u');
  return succeed({ ...doc, unions: [...doc.unions, { id: unionId, partners: [args.person, args.partner] }] }, [unionId]);
}
