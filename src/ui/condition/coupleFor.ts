// The couple the Punnett square is about: the selected person and their (first)
// partner, or, for a selected child, their parents. Roles come from the gamete each
// gives (queries.parentsOf / gameteOf), not from the drawn shape (DOMAIN.md §1).
import { gameteOf, parentsOf, personById, unionBetween, unionsOf, partnerIn } from '../../engine/document/queries.ts';
import type { KnownGenotype, PedigreeDocument, PersonId, Union } from '../../engine/document/types.ts';
import type { Allele, Genotype } from '../../engine/genetics/genotype.ts';

export interface Couple {
  father: PersonId;
  mother: PersonId;
}

export function coupleFor(doc: PedigreeDocument, selected: PersonId | null): Couple | null {
  if (selected === null) return null;
  const person = personById(doc, selected);
  if (!person) return null;
  for (const u of unionsOf(doc, selected)) {
    const other = personById(doc, partnerIn(u, selected));
    if (!other || other.id === person.id) continue;
    const mine = gameteOf(person);
    const theirs = gameteOf(other);
    if (mine === 'sperm' && theirs !== 'sperm') return { father: person.id, mother: other.id };
    if (mine === 'egg' && theirs !== 'egg') return { father: other.id, mother: person.id };
    if (theirs === 'sperm') return { father: other.id, mother: person.id };
    if (theirs === 'egg') return { father: person.id, mother: other.id };
  }
  const { father, mother } = parentsOf(doc, selected);
  return father && mother ? { father, mother } : null;
}

/**
 * The partnership of that couple (what "swap the parents' sexes" acts on): the couple's
 * union, else the selected person's first partnership even if neither sex is known.
 */
export function coupleUnionFor(doc: PedigreeDocument, selected: PersonId | null): Union | undefined {
  const couple = coupleFor(doc, selected);
  if (couple) return unionBetween(doc, couple.father, couple.mother);
  return selected === null ? undefined : unionsOf(doc, selected)[0];
}

/**
 * The genotype to cross for a parent: the known copies, an unknown copy taken as `+`
 * (the usual assumption for a family member not tested), X-linked men hemizygous.
 */
export function crossGenotype(known: KnownGenotype | undefined, hemizygous: boolean): Genotype {
  const copy = (c: Allele | '?' | undefined): Allele => (c === 'd' ? 'd' : '+');
  if (hemizygous) return copy(known?.maternal);
  return `${copy(known?.paternal)}/${copy(known?.maternal)}` as Genotype;
}
