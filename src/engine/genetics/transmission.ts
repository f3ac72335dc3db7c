// What one parent passes on (DOMAIN.md §2 "Transmission"). The parent's sex decides the
// copy the child receives: a man's sperm always gives the child's paternal copy, whichever
// grandparent the allele came from, because imprints are reset in the germline (DOMAIN.md §1).
import type { Condition } from './condition.ts';
import { isHemizygousGenotype, variantCount, type Allele, type Genotype } from './genotype.ts';
import { copyGivenBy, type Sex } from './sex.ts';

/**
 * P(the gamete carries d). A heterozygous parent passes d with the transmission ratio for its
 * sex (Mendel 0.5; GNAS mothers 0.59, Snanoudj et al. 2020); a `+` that is passed on may
 * mutate to d with the de novo rate for the parent's sex. No back-mutation d → +.
 * An X-linked father has one X (hemizygous `+` or `d`), which is what he gives a daughter.
 */
export function probabilityTransmitsVariant(condition: Condition, genotype: Genotype, parentSex: Sex): number {
  const copy = copyGivenBy(parentSex);
  const deNovo = condition.deNovo[copy];
  if (isHemizygousGenotype(genotype)) return genotype === 'd' ? 1 : deNovo;
  switch (variantCount(genotype)) {
    case 0:
      return deNovo;
    case 2:
      return 1;
    default: {
      const ratio = condition.transmissionRatio[copy];
      return ratio + (1 - ratio) * deNovo;
    }
  }
}

export interface Gamete {
  allele: Allele;
  probability: number;
}

/** The two possible gametes with their probabilities (`+` first), for a Punnett square. */
export function gametes(condition: Condition, genotype: Genotype, parentSex: Sex): [Gamete, Gamete] {
  const p = probabilityTransmitsVariant(condition, genotype, parentSex);
  return [
    { allele: '+', probability: 1 - p },
    { allele: 'd', probability: p },
  ];
}
