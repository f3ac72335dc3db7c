// One plain sentence per simulation step, naming the parent of origin the way DOMAIN.md §1
// asks: say which copy is passed, how the transmitting parent's sex resets the imprint,
// and whether that copy is expressed or silenced under the condition.
import type { Condition } from '../../genetics/condition.ts';
import type { Allele, Genotype, ParentOfOrigin } from '../../genetics/genotype.ts';
import type { Sex } from '../../genetics/sex.ts';
import type { PersonId } from '../../document/types.ts';
import type { TaggedCopy } from './types.ts';

/** How a sentence names a person: "Anna (anna)" by default, a pedigree number such as "II-3" on screen. */
export type NameOf = (id: PersonId) => string;

export function alleleWords(allele: Allele): string {
  return allele === 'd' ? 'the variant (d)' : 'a working copy (+)';
}

function expressionWords(condition: Condition, copy: ParentOfOrigin): string {
  const share = condition.expression[copy];
  // GNAS-like genes are silenced only in some tissues: say where, rather than "silenced".
  const where = condition.imprintedTissues;
  if (share === 0) return where ? `a copy silenced in the ${where}` : 'a copy this gene keeps silenced';
  if (share === 1) return where ? `the copy used in the ${where}` : 'the only copy this gene expresses';
  return 'a copy this gene expresses';
}

function copyList(pat: TaggedCopy | null, mat: TaggedCopy): string {
  return pat ? `${pat.allele}/${mat.allele} (paternal/maternal)` : `${mat.allele} (one X, from the mother)`;
}

export function founderText(
  name: NameOf,
  id: PersonId,
  pat: TaggedCopy | null,
  mat: TaggedCopy,
  known: boolean,
  marriesIn: boolean,
): string {
  const how = known ? 'as recorded in the pedigree' : 'drawn from the population allele frequency q';
  const role = marriesIn ? 'marries into the family' : 'starts the family line';
  return `${name(id)} ${role} with copies ${copyList(pat, mat)}, ${how}.`;
}

export interface MeiosisWords {
  child: PersonId;
  parent: PersonId | null;
  parentSex: Sex;
  fromCopy: ParentOfOrigin | null;
  grandparent: PersonId | null;
  copy: TaggedCopy | null;
  becomes: ParentOfOrigin;
  deNovo: boolean;
}

export function meiosisText(name: NameOf, condition: Condition, m: MeiosisWords): string {
  const child = name(m.child);
  const giver = m.parent ? name(m.parent) : `${child}'s unrecorded ${m.parentSex === 'male' ? 'father' : 'mother'}`;
  const gamete = m.parentSex === 'male' ? 'sperm' : 'an egg';
  if (!m.copy) return `${giver} passes his Y chromosome to ${child}, so no copy of this X-linked gene comes from the father.`;
  const from =
    m.fromCopy === null
      ? ''
      : ` the copy ${m.parentSex === 'male' ? 'he received from his' : 'she received from her'} ${m.fromCopy === 'paternal' ? 'father' : 'mother'}${
          m.grandparent ? ` (${name(m.grandparent)})` : ''
        },`;
  const mutation = m.deNovo ? ' A new variant arises in this meiosis: the working copy becomes d.' : '';
  const becomes = m.becomes === 'paternal' ? 'paternal' : 'maternal';
  return (
    `${giver} passes${from} carrying ${alleleWords(m.copy.allele)}.${mutation} ` +
    `Passed in ${gamete}, it becomes ${child}'s ${becomes} copy — ${expressionWords(condition, m.becomes)}.`
  );
}

export function phenotypeText(
  name: NameOf,
  id: PersonId,
  genotype: Genotype,
  penetrance: number,
  viable: boolean,
  affected: boolean,
  phenotype: string | undefined,
): string {
  const who = name(id);
  if (!viable) return `${who} has genotype ${genotype}, which does not survive to birth under this condition.`;
  const chance = `P(affected | ${genotype}) = ${Number(penetrance.toFixed(4))}`;
  if (affected) return `${who} has genotype ${genotype} (${chance}) and is affected${phenotype ? `: ${phenotype}` : ''}.`;
  return `${who} has genotype ${genotype} (${chance}) and is unaffected.`;
}
