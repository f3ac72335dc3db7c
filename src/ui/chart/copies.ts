// The two copies of the gene a person carries, as the chart shows them: which allele
// each copy holds, where it came from, and whether the active condition's expression
// silences it (DOMAIN.md §1: "say what is expressed"). Sources, most specific first:
// a simulation's allele tags, else the person's known (tested) genotype, else unknown.
import type { Condition } from '../../engine/genetics/condition.ts';
import type { Allele, ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { Person, PersonId } from '../../engine/document/types.ts';
import { gameteOf } from '../../engine/document/queries.ts';

/**
 * One copy from a simulation: the allele and where it descends from. `origin` is a stable
 * key of that source (a founder's copy, or one de novo event), e.g. "p1:maternal".
 */
export interface AlleleTag {
  allele: Allele;
  origin?: string;
  founderId?: PersonId;
  founderCopy?: ParentOfOrigin;
}

export interface PersonAlleleTags {
  /** Null for an X-linked man, who got a Y from his father. */
  paternal: AlleleTag | null;
  maternal: AlleleTag;
}

export type AlleleTags = Record<PersonId, PersonAlleleTags>;

/**
 * 'expressed': the copy is read; 'silenced': expression share 0 while the other copy is
 * read; 'reduced': a smaller share than the other copy (partial imprinting).
 */
export type CopyExpression = 'expressed' | 'silenced' | 'reduced';

export interface CopyView {
  /** '?' unknown; 'Y' for an X-linked man's paternal slot (he got a Y from his father). */
  allele: Allele | '?' | 'Y';
  expression: CopyExpression;
  tag?: AlleleTag;
}

export interface CopiesView {
  paternal: CopyView;
  maternal: CopyView;
}

export function copyExpression(condition: Condition | null, copy: ParentOfOrigin): CopyExpression {
  if (!condition || condition.chromosome === 'X') return 'expressed';
  const own = condition.expression[copy];
  const other = condition.expression[copy === 'paternal' ? 'maternal' : 'paternal'];
  if (own === 0 && other > 0) return 'silenced';
  if (own < other) return 'reduced';
  return 'expressed';
}

/** An X-linked condition in someone who got a Y from their father (AMAB, or a man without a recorded sex). */
export function isHemizygous(person: Person, condition: Condition | null): boolean {
  return condition?.chromosome === 'X' && gameteOf(person) === 'sperm';
}

export function copiesOf(person: Person, condition: Condition | null, tags: PersonAlleleTags | undefined): CopiesView {
  const known = condition ? person.genotypes?.[condition.id] : undefined;
  const view = (copy: ParentOfOrigin): CopyView => {
    const tag = tags?.[copy] ?? undefined;
    const allele = tag?.allele ?? known?.[copy] ?? '?';
    return tag ? { allele, expression: copyExpression(condition, copy), tag } : { allele, expression: copyExpression(condition, copy) };
  };
  const paternal: CopyView = isHemizygous(person, condition) ? { allele: 'Y', expression: 'expressed' } : view('paternal');
  return { paternal, maternal: view('maternal') };
}

const PRONOUN: Record<Person['gender'], string> = { man: 'his', woman: 'her', nonbinary: 'their', unknown: 'their' };

/** Words for an accessible name: "variant on the copy from her mother (silenced)". */
export function describeCopies(person: Person, copies: CopiesView): string | null {
  const own = PRONOUN[person.gender];
  const { paternal, maternal } = copies;
  const silenced = (c: CopyView) => (c.expression === 'silenced' ? ' (silenced)' : c.expression === 'reduced' ? ' (partly silenced)' : '');
  if (paternal.allele === 'd' && maternal.allele === 'd') return 'variant on both copies';
  if (paternal.allele === 'd') return `variant on the copy from ${own} father${silenced(paternal)}`;
  if (maternal.allele === 'd') return `variant on the copy from ${own} mother${silenced(maternal)}`;
  if (maternal.allele === '+' && (paternal.allele === '+' || paternal.allele === 'Y')) return 'no variant';
  return null;
}
