// The six textbook modes as full Condition models (DOMAIN.md §2, penetrance table).
// Each is fully penetrant, without de novo variants and with Mendelian transmission,
// so a mode is the plain reference against which presets and custom models are compared.
import type { Condition, Expression, HemizygousPenetrances, Penetrances } from './condition.ts';

export type ModeName = 'AD' | 'AR' | 'XD' | 'XR' | 'PAT' | 'MAT';

export const MODE_NAMES: readonly ModeName[] = ['AD', 'AR', 'XD', 'XR', 'PAT', 'MAT'];

export function isModeName(value: unknown): value is ModeName {
  return typeof value === 'string' && (MODE_NAMES as readonly string[]).includes(value);
}

interface ModeSpec {
  name: string;
  chromosome: 'autosomal' | 'X';
  penetrance: Penetrances;
  /** Expression as the share from each copy; biallelic genes split it evenly. */
  expression: Expression;
  expressedCopy: string;
  description: string;
}

const BIALLELIC: Expression = { paternal: 0.5, maternal: 0.5 };

const SPECS: Record<ModeName, ModeSpec> = {
  AD: {
    name: 'Autosomal dominant',
    chromosome: 'autosomal',
    penetrance: { '+/+': 0, 'd/+': 1, '+/d': 1, 'd/d': 1 },
    expression: BIALLELIC,
    expressedCopy: 'Expressed from both copies; one variant copy is enough to cause the condition.',
    description: 'One variant copy from either parent causes the condition; the parent of origin does not matter.',
  },
  AR: {
    name: 'Autosomal recessive',
    chromosome: 'autosomal',
    penetrance: { '+/+': 0, 'd/+': 0, '+/d': 0, 'd/d': 1 },
    expression: BIALLELIC,
    expressedCopy: 'Expressed from both copies; one working copy is enough, so only two variant copies cause the condition.',
    description: 'Only people with two variant copies are affected; carriers with one copy are healthy.',
  },
  XD: {
    name: 'X-linked dominant',
    chromosome: 'X',
    penetrance: { '+/+': 0, 'd/+': 1, '+/d': 1, 'd/d': 1 },
    expression: BIALLELIC,
    expressedCopy: 'Expressed from the X chromosome; in women each X is active in about half of the cells.',
    description: 'One variant X causes the condition in women and in men; a father passes it to every daughter and to no son.',
  },
  XR: {
    name: 'X-linked recessive',
    chromosome: 'X',
    penetrance: { '+/+': 0, 'd/+': 0, '+/d': 0, 'd/d': 1 },
    expression: BIALLELIC,
    expressedCopy: 'Expressed from the X chromosome; a woman’s second X compensates, a man has only one X.',
    description: 'Men with the variant on their only X are affected; women need it on both X chromosomes.',
  },
  PAT: {
    name: 'Paternal expression (maternal copy silenced)',
    chromosome: 'autosomal',
    penetrance: { '+/+': 0, 'd/+': 1, '+/d': 0, 'd/d': 1 },
    expression: { paternal: 1, maternal: 0 },
    expressedCopy: 'Expressed from the father’s copy only; the copy from the mother is silenced.',
    description:
      'Only a variant on the copy received from the father causes the condition (HPO HP:0012274, “autosomal dominant with maternal imprinting”).',
  },
  MAT: {
    name: 'Maternal expression (paternal copy silenced)',
    chromosome: 'autosomal',
    penetrance: { '+/+': 0, 'd/+': 0, '+/d': 1, 'd/d': 1 },
    expression: { paternal: 0, maternal: 1 },
    expressedCopy: 'Expressed from the mother’s copy only; the copy from the father is silenced.',
    description:
      'Only a variant on the copy received from the mother causes the condition (HPO HP:0012275, “autosomal dominant with paternal imprinting”).',
  },
};

/** X-linked males are hemizygous: the one maternal X decides (DOMAIN.md §2). */
const HEMIZYGOUS_FULL: HemizygousPenetrances = { '+': 0, d: 1 };

/** A generic, fully penetrant condition following `mode`, with founder allele frequency `q`. */
export function conditionForMode(mode: ModeName, q = 0.01): Condition {
  const spec = SPECS[mode];
  const condition: Condition = {
    id: `mode-${mode}`,
    name: spec.name,
    shortName: mode,
    gene: 'generic',
    chromosome: spec.chromosome,
    q,
    penetrance: { ...spec.penetrance },
    deNovo: { paternal: 0, maternal: 0 },
    transmissionRatio: { paternal: 0.5, maternal: 0.5 },
    expression: { ...spec.expression },
    expressedCopy: spec.expressedCopy,
    mode,
    description: spec.description,
    references: [
      {
        citation: 'Strauch K, et al. Parametric and nonparametric multipoint linkage analysis with imprinting and two-locus-trait models. Am J Hum Genet 2000;66:1945–57.',
        note: 'Four-penetrance model with two heterozygote penetrances.',
      },
    ],
  };
  if (spec.chromosome === 'X') condition.malePenetrance = { ...HEMIZYGOUS_FULL };
  return condition;
}
