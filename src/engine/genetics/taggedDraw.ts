// Random draws of founders and children in which every allele carries a tag naming the
// founder copy it descends from (or the meiosis where it arose de novo), so the UI can
// colour one copy's path through a family. Same rules as the exact cross (transmission.ts):
// a heterozygous parent passes d with the transmission ratio for its sex, a passed `+` may
// mutate at the de novo rate for that sex, and the copy a child receives is set by the
// transmitting parent's sex (DOMAIN.md §1–2). The shape of `AlleleOrigin` matches the
// teaching simulation's founder / de-novo origins.
import type { Condition } from './condition.ts';
import { orderedGenotype, type Allele, type Genotype, type ParentOfOrigin } from './genotype.ts';
import type { Random } from './random.ts';
import { copyGivenBy, type Sex } from './sex.ts';

export type AlleleOrigin =
  | { kind: 'founder'; person: string; copy: ParentOfOrigin }
  | { kind: 'de-novo'; parent: string; child: string };

export interface TaggedAllele {
  allele: Allele;
  origin: AlleleOrigin;
}

/** A person's copies; `paternal` is null for an X-linked man (his only X is his mother's). */
export interface TaggedGenotype {
  paternal: TaggedAllele | null;
  maternal: TaggedAllele;
}

export function genotypeOfTagged(g: TaggedGenotype): Genotype {
  return g.paternal ? orderedGenotype(g.paternal.allele, g.maternal.allele) : g.maternal.allele;
}

function founderCopy(person: string, copy: ParentOfOrigin, allele: Allele): TaggedAllele {
  return { allele, origin: { kind: 'founder', person, copy } };
}

/**
 * A founder with copies drawn independently from the allele frequency q (Hardy–Weinberg,
 * DOMAIN.md §2). `alleles` fixes copies instead of drawing them (e.g. a founder chosen to carry).
 */
export function drawFounder(
  condition: Condition,
  person: string,
  sex: Sex,
  random: Random,
  alleles: { paternal?: Allele; maternal?: Allele } = {},
): TaggedGenotype {
  const draw = (): Allele => (random.next() < condition.q ? 'd' : '+');
  const hemizygous = condition.chromosome === 'X' && sex === 'male';
  const paternal = hemizygous ? null : founderCopy(person, 'paternal', alleles.paternal ?? draw());
  return { paternal, maternal: founderCopy(person, 'maternal', alleles.maternal ?? draw()) };
}

/** One meiosis: the copy `parent` passes to `child`, tagged with where it came from. */
export function transmitTagged(
  condition: Condition,
  parent: { id: string; sex: Sex; genotype: TaggedGenotype },
  child: string,
  random: Random,
): TaggedAllele {
  return passCopy(condition, parent.id, parent.sex, parent.genotype, child, random);
}

function passCopy(condition: Condition, parentId: string, parentSex: Sex, genotype: TaggedGenotype, child: string, random: Random): TaggedAllele {
  const transmitting = copyGivenBy(parentSex);
  const { paternal, maternal } = genotype;
  let passed: TaggedAllele;
  if (paternal === null) passed = maternal;
  else if (paternal.allele === maternal.allele) passed = random.next() < 0.5 ? paternal : maternal;
  else {
    const [variant, normal] = paternal.allele === 'd' ? [paternal, maternal] : [maternal, paternal];
    passed = random.next() < condition.transmissionRatio[transmitting] ? variant : normal;
  }
  if (passed.allele === '+' && random.next() < condition.deNovo[transmitting]) {
    return { allele: 'd', origin: { kind: 'de-novo', parent: parentId, child } };
  }
  return passed;
}

/** A child of `father` and `mother`; an X-linked son receives no copy from his father. */
export function drawChild(
  condition: Condition,
  child: { id: string; sex: Sex },
  father: { id: string; genotype: TaggedGenotype },
  mother: { id: string; genotype: TaggedGenotype },
  random: Random,
): TaggedGenotype {
  const xSon = condition.chromosome === 'X' && child.sex === 'male';
  const paternal = xSon ? null : passCopy(condition, father.id, 'male', father.genotype, child.id, random);
  const maternal = passCopy(condition, mother.id, 'female', mother.genotype, child.id, random);
  return { paternal, maternal };
}
