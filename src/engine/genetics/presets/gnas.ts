// GNAS (20q13.3): the same inactivating variant gives a different disease by parent of
// origin (DOMAIN.md §3). Maternal copy → PHP1a; paternal copy → PPHP, POH or osteoma cutis.
import type { Condition } from '../condition.ts';

/**
 * Shares of PPHP / POH / osteoma cutis among people with the variant on the paternal copy.
 * NOT PUBLISHED (DOMAIN.md §3): these are teaching defaults, meant to be changed by the user.
 */
export const GNAS_PATERNAL_SUBTYPE_DEFAULTS = { PPHP: 0.8, POH: 0.1, 'osteoma cutis': 0.1 } as const;

export const GNAS: Condition = {
  id: 'gnas',
  name: 'GNAS inactivation (PHP1a vs PPHP / POH)',
  shortName: 'GNAS',
  gene: 'GNAS',
  chromosome: 'autosomal',
  // Illustrative allele frequency for a rare disorder; not an estimate from a study.
  q: 0.0001,
  penetrance: { '+/+': 0, 'd/+': 1, '+/d': 1, 'd/d': 1 },
  phenotypes: {
    'd/+': [
      {
        label: 'PPHP',
        probability: GNAS_PATERNAL_SUBTYPE_DEFAULTS.PPHP,
        description:
          'Pseudopseudohypoparathyroidism: Albright hereditary osteodystrophy (short stature, round face, short fingers, ossification under the skin) without hormone resistance, with marked growth restriction before birth. Unpublished default share — set your own.',
      },
      {
        label: 'POH',
        probability: GNAS_PATERNAL_SUBTYPE_DEFAULTS.POH,
        description:
          'Progressive osseous heteroplasia: bone forms in the skin and spreads into muscle and tendon, usually from infancy. Unpublished default share — set your own.',
      },
      {
        label: 'osteoma cutis',
        probability: GNAS_PATERNAL_SUBTYPE_DEFAULTS['osteoma cutis'],
        description: 'Bone limited to the skin. Unpublished default share — set your own.',
      },
    ],
    '+/d': [
      {
        label: 'PHP1a',
        probability: 1,
        description:
          'Pseudohypoparathyroidism type 1a: Albright hereditary osteodystrophy plus resistance to PTH, TSH, GHRH and often gonadotropins, and early obesity.',
      },
    ],
  },
  // Both copies null: embryonic lethal in mice (DOMAIN.md §3).
  nonViable: ['d/d'],
  // Most POH is de novo, but no per-meiosis rate is published: 0 by default, set it to explore.
  deNovo: { paternal: 0, maternal: 0 },
  // Mothers transmit inactivating GNAS variants to ~59% of children, fathers to 50%.
  transmissionRatio: { paternal: 0.5, maternal: 0.59 },
  // Describes the imprinted tissues; elsewhere both copies are used.
  expression: { paternal: 0, maternal: 1 },
  expressedCopy:
    'Gsα is made from both copies in most tissues, but mainly from the mother’s copy in the kidney (proximal tubule), thyroid, pituitary and gonads.',
  imprintedTissues: 'kidney, thyroid, pituitary and gonads',
  mode: 'custom',
  description:
    'An inactivating GNAS variant on the mother’s copy causes PHP1a: the hormone-handling tissues that use only the maternal copy lose Gsα, so PTH and TSH stop working. The same variant on the father’s copy leaves those tissues their working maternal copy, so there is no hormone resistance; losing one of the two copies elsewhere gives PPHP, POH or osteoma cutis. The carrier parent’s own diagnosis says nothing about the child’s: only the sex of the transmitting parent does.',
  references: [
    { citation: 'Hayward BE, et al. Proc Natl Acad Sci USA 1998;95:10038.', note: 'Gsα expressed mainly from the maternal copy in pituitary.' },
    { citation: 'Yu S, et al. Proc Natl Acad Sci USA 1998;95:8715.', note: 'Tissue-specific imprinting of Gsα (mouse).' },
    { citation: 'Chen M, et al. Cell Metab 2009;9:548.', note: 'Maternal Gsα expression in parts of the hypothalamus (mouse).' },
    { citation: 'GeneReviews: Disorders of GNAS Inactivation.', id: 'NBK459117', note: 'Table 2: phenotypes by parent of origin.' },
    { citation: 'Shore EM, et al. N Engl J Med 2002;346:99.', note: 'Inactivating variants in 13 of 18 POH probands; the inherited ones came only from fathers.' },
    { citation: 'Lebrun M, et al. J Clin Endocrinol Metab 2010;95:3028.', note: 'Paternal origin in 8/10 POH cases.' },
    { citation: 'Wilson LC, et al. J Med Genet 1994;31:835.', note: 'A woman with PPHP has children with PHP1a.' },
    { citation: 'Nakamoto JM, et al. Am J Med Genet 1998;77:261.', note: 'Paternal transmission never gave PHP1a.' },
    { citation: 'Snanoudj S, et al. J Bone Miner Res 2020;35:913.', note: 'Mothers transmit to ~59% of children, fathers 50%.' },
  ],
};
