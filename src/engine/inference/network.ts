// The pedigree as a Bayesian network over ordered genotypes: one variable per genotype
// (MZ twins share one), each with its parents, its transmission table (or founder prior)
// and its evidence. Built by buildNetwork (model.ts); used by the exact and sampling engines.
import type { PersonId } from '../document/types.ts';

export interface NetVariable {
  /** 4 ordered genotypes, or 2 for an X-linked male. */
  card: number;
  hemizygous: boolean;
  /** Parent variables in table order: [father, mother], [mother] (X-linked son) or []. */
  parents: readonly number[];
  /** P(self | parents) over [...parents, self], self fastest; a founder's prior when no parents. */
  cpt: Float64Array;
  /** For messages: a person id, or e.g. "the unrecorded mother of Ann (p3)". */
  label: string;
}

/** One person's own evidence (observed status and known copies), removable when diagnosing impossibility. */
export interface EvidenceItem {
  person: PersonId;
  variable: number;
  likelihood: Float64Array;
  /** "affected", "unaffected at 70", "genotype d/? (paternal/maternal)" … (built only when needed). */
  describe: () => string;
}

export interface PedigreeNetwork {
  vars: NetVariable[];
  /**
   * Product of evidence per state, 4 slots per variable (variable v at 4v): viability × every
   * enabled person evidence. One flat array rather than one per person keeps 10,000 people cheap.
   */
  evidence: Float64Array;
  /** Viability (non-viable genotypes are impossible for the liveborn) per variable. */
  viability: Float64Array[];
  evidenceItems: EvidenceItem[];
  /** Variable of each person, aligned with doc.persons; −1 for someone left out (X-linked, sex unknown). */
  personVars: Int32Array;
  /** Position of each person id in doc.persons. */
  personIndex: ReadonlyMap<PersonId, number>;
  /** Variables of the hypothetical next children, in request order. */
  nextChildVars: number[];
  /** Parents before children. */
  topologicalOrder: number[];
  notices: string[];
}

/** Recompute each variable's evidence from viability and the enabled evidence items. */
export function applyEvidence(net: PedigreeNetwork, enabled: (item: EvidenceItem, index: number) => boolean): void {
  const ev = net.evidence;
  net.vars.forEach((v, i) => ev.set(net.viability[i]!, 4 * i));
  net.evidenceItems.forEach((item, index) => {
    if (!enabled(item, index)) return;
    const at = 4 * item.variable;
    for (let s = 0; s < item.likelihood.length; s++) ev[at + s] = ev[at + s]! * item.likelihood[s]!;
  });
}
