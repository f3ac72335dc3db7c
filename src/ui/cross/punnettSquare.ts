// The parent-of-origin Punnett square as data: rows are the father's sperm, columns the
// mother's eggs, each cell the child's ordered genotype (father's copy first) with its
// probability per conception and what it means. X-linked: the father's sperm carries his
// X (a daughter) or his Y (a son, hemizygous for the mother's allele).
import type { Condition } from '../../engine/genetics/condition.ts';
import { outcomePhrase, percent } from '../../engine/genetics/explainWords.ts';
import { orderedGenotype, type Genotype, type HemizygousGenotype } from '../../engine/genetics/genotype.ts';
import { isViable, phenotypeProbabilities, probabilityAffected } from '../../engine/genetics/penetrance.ts';
import type { Sex } from '../../engine/genetics/sex.ts';
import { gametes, type Gamete } from '../../engine/genetics/transmission.ts';

export interface PunnettHeader {
  label: string;
  probability: number;
}

export interface PunnettCell {
  genotype: Genotype;
  childSex: Sex | undefined;
  probability: number;
  viable: boolean;
  affected: number;
  /** "PHP1a 100%" or "PPHP 80%, POH 10%, osteoma cutis 10%"; empty when unaffected. */
  phenotypes: string;
  /** "has PHP1a", "is an unaffected carrier (…)". */
  meaning: string;
}

export interface PunnettSquare {
  rows: PunnettHeader[];
  columns: PunnettHeader[];
  cells: PunnettCell[][];
}

const alleleWord = (a: string) => (a === 'd' ? 'variant d' : 'normal +');

function cell(condition: Condition, genotype: Genotype, childSex: Sex | undefined, probability: number): PunnettCell {
  const viable = isViable(condition, genotype);
  const phenotypes = viable ? phenotypeProbabilities(condition, genotype, childSex) : {};
  return {
    genotype,
    childSex,
    probability,
    viable,
    affected: viable ? probabilityAffected(condition, genotype, childSex) : 0,
    phenotypes: Object.entries(phenotypes)
      .map(([label, p]) => `${label} ${percent(p)}`)
      .join(', '),
    meaning: outcomePhrase(condition, genotype, childSex),
  };
}

export function punnettSquare(condition: Condition, father: Genotype, mother: Genotype): PunnettSquare {
  const eggs = gametes(condition, mother, 'female');
  const columns = eggs.map((e) => ({ label: `Egg: ${alleleWord(e.allele)}`, probability: e.probability }));
  if (condition.chromosome === 'X') {
    const xSperm = gametes(condition, father, 'male');
    // Half the sperm carry the X (its allele may be a new variant), half the Y.
    const sperm: { gamete: Gamete | null; probability: number }[] = [
      ...xSperm.map((g) => ({ gamete: g, probability: g.probability / 2 })),
      { gamete: null, probability: 0.5 },
    ];
    return {
      rows: sperm.map((s) => ({ label: s.gamete ? `Sperm with X: ${alleleWord(s.gamete.allele)} (daughter)` : 'Sperm with Y (son)', probability: s.probability })),
      columns,
      cells: sperm.map((s) =>
        eggs.map((e) =>
          s.gamete
            ? cell(condition, orderedGenotype(s.gamete.allele, e.allele), 'female', s.probability * e.probability)
            : cell(condition, e.allele as HemizygousGenotype, 'male', s.probability * e.probability),
        ),
      ),
    };
  }
  const sperm = gametes(condition, father, 'male');
  return {
    rows: sperm.map((s) => ({ label: `Sperm: ${alleleWord(s.allele)}`, probability: s.probability })),
    columns,
    cells: sperm.map((s) => eggs.map((e) => cell(condition, orderedGenotype(s.allele, e.allele), undefined, s.probability * e.probability))),
  };
}
