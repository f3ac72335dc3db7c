// The JSON contract of `analyze` (issue 6): likelihood, log10Likelihood, people, nextChildren,
// and a message when the data are impossible (people null) or the numbers are an estimate.
import type { Condition } from '../../engine/genetics/condition.ts';
import type { EstimateResult, ExactResult, GenotypeSummary, ImpossibleResult } from '../../engine/inference/types.ts';

const personJson = (p: GenotypeSummary) => ({
  genotype: p.genotype,
  carrier: p.carrier,
  paternalVariant: p.paternalVariant,
  maternalVariant: p.maternalVariant,
  affected: p.affected,
});

export function modelJson(c: Condition) {
  return {
    mode: c.mode,
    chromosome: c.chromosome,
    q: c.q,
    penetrance: c.penetrance,
    ...(c.chromosome === 'X' ? { malePenetrance: c.malePenetrance } : {}),
    deNovo: c.deNovo,
    transmissionRatio: c.transmissionRatio,
    ...(c.ageOfOnset ? { ageOfOnset: c.ageOfOnset.points } : {}),
  };
}

export function analyzeJson(condition: Condition, r: ExactResult | ImpossibleResult | EstimateResult) {
  if (r.kind === 'impossible') {
    return { likelihood: 0, log10Likelihood: null, people: null, nextChildren: [], message: r.message, culprits: r.culprits, model: modelJson(condition), notices: r.notices };
  }
  const people: Record<string, ReturnType<typeof personJson> & { carrierStandardError?: number }> = {};
  for (const [id, p] of Object.entries(r.people)) {
    const se = (p as { carrierStandardError?: number }).carrierStandardError;
    people[id] = { ...personJson(p), ...(se !== undefined ? { carrierStandardError: se } : {}) };
  }
  const nextChildren = r.nextChildren.map((c) => ({
    father: c.father,
    mother: c.mother,
    sex: c.sex,
    genotype: c.genotype,
    carrier: c.carrier,
    affected: c.affected,
    ...('carrierStandardError' in c ? { carrierStandardError: c.carrierStandardError, affectedStandardError: c.affectedStandardError } : {}),
  }));
  const estimate =
    r.kind === 'estimate'
      ? { estimate: { samples: r.samples, effectiveSamples: r.effectiveSamples, likelihoodStandardError: r.likelihoodStandardError }, message: r.message }
      : {};
  return { likelihood: r.likelihood, log10Likelihood: r.log10Likelihood, people, nextChildren, ...estimate, model: modelJson(condition), notices: r.notices };
}
