// Exact pedigree inference (DOMAIN.md §6): likelihood of the observations, every person's
// posterior over ordered genotypes, and the risk for hypothetical next children, by variable
// elimination on a junction tree (min-fill order). Exact with loops; linear without.
import type { Condition } from '../genetics/condition.ts';
import { decimal } from '../genetics/explainWords.ts';
import type { PedigreeDocument, PersonId } from '../document/types.ts';
import { buildNetwork } from './model.ts';
import { eliminationOrder } from './eliminationOrder.ts';
import { buildJunctionTree } from './junctionTree.ts';
import { calibrate, variablePosterior } from './propagate.ts';
import { explainImpossible } from './impossible.ts';
import { observationAge } from './observation.ts';
import { livebornPosterior, summarise } from './summary.ts';
import type { InferenceOptions, InferenceResult, NextChildRisk, PersonPosterior } from './types.ts';
import { groupThousands } from '../words/count.ts';

export const DEFAULT_MAX_EXACT_COST = 4_000_000;

export function inferPedigree(doc: PedigreeDocument, condition: Condition, options: InferenceOptions = {}): InferenceResult {
  const requests = options.nextChildren ?? [];
  const built = buildNetwork(doc, condition, requests);
  if (!built.ok) return { kind: 'invalid', message: built.message };
  const net = built.network;
  const limit = options.maxExactCost ?? DEFAULT_MAX_EXACT_COST;
  const elim = eliminationOrder(net.vars, limit);
  if (elim.tooLarge) {
    return {
      kind: 'too-large',
      cost: elim.cost,
      largestClique: elim.largestClique,
      limit,
      message:
        `An exact computation would need about ${tableSize(elim.cost)} table entries (largest group of ` +
        `${elim.largestClique} people that must be considered jointly), above the limit of ${tableSize(limit)}. ` +
        'The pedigree is too inbred for exact inference here; a sampling estimate with error bars is available.',
      notices: net.notices,
    };
  }
  const tree = buildJunctionTree(net.vars, elim);
  const cal = calibrate(net.vars, net.evidence, tree, true, options);
  const modelName = `this model (${describeModel(condition)})`;
  if (!cal.beliefs || cal.logLikelihood === -Infinity) {
    const why = explainImpossible(doc, net, tree, modelName, options);
    const parts = why.facts ? { model: modelName, facts: why.facts } : {};
    return { kind: 'impossible', likelihood: 0, log10Likelihood: null, message: why.message, culprits: why.culprits, ...parts, notices: net.notices };
  }
  const beliefs = cal.beliefs;
  const people: Record<PersonId, PersonPosterior> = {};
  const scratch = new Float64Array(4);
  for (let i = 0; i < doc.persons.length; i++) {
    const p = doc.persons[i]!;
    const v = net.personVars[i]!;
    if (v < 0) continue;
    const variable = net.vars[v]!;
    const post = variablePosterior(net.vars, tree, beliefs, v, scratch);
    const obs = p.observations[condition.id];
    const summary = summarise(condition, variable.hemizygous, post, obs, observationAge(p, obs)) as PersonPosterior;
    summary.id = p.id;
    summary.hemizygous = variable.hemizygous;
    people[p.id] = summary;
  }
  const nextChildren: NextChildRisk[] = requests.map((req, i) => {
    const v = net.nextChildVars[i]!;
    const hemi = net.vars[v]!.hemizygous;
    const post = livebornPosterior(condition, hemi, variablePosterior(net.vars, tree, beliefs, v));
    return { father: req.father, mother: req.mother, sex: req.sex, ...summarise(condition, hemi, post, undefined, undefined) };
  });
  options.onProgress?.(1);
  return {
    kind: 'exact',
    likelihood: Math.exp(cal.logLikelihood),
    log10Likelihood: cal.logLikelihood / Math.LN10,
    people,
    nextChildren,
    cost: tree.cost,
    largestClique: tree.largestClique,
    notices: net.notices,
  };
}

/** Only the likelihood (one collect pass), for mode comparison; null when too large. */
export function pedigreeLogLikelihood(doc: PedigreeDocument, condition: Condition, maxExactCost = DEFAULT_MAX_EXACT_COST): { ok: true; log10: number | null } | { ok: false; message: string } {
  const built = buildNetwork(doc, condition);
  if (!built.ok) return { ok: false, message: built.message };
  const elim = eliminationOrder(built.network.vars, maxExactCost);
  if (elim.tooLarge) return { ok: false, message: `An exact computation would need about ${tableSize(elim.cost)} table entries, above the limit.` };
  const tree = buildJunctionTree(built.network.vars, elim);
  const ln = calibrate(built.network.vars, built.network.evidence, tree, false).logLikelihood;
  return { ok: true, log10: ln === -Infinity ? null : ln / Math.LN10 };
}

export function describeModel(c: Condition): string {
  const p = c.penetrance;
  const auto = `f(+/+)=${decimal(p['+/+'])}, f(+/d)=${decimal(p['+/d'])}, f(d/+)=${decimal(p['d/+'])}, f(d/d)=${decimal(p['d/d'])}`;
  const male = c.chromosome === 'X' && c.malePenetrance ? `, males f(+)=${decimal(c.malePenetrance['+'])}, f(d)=${decimal(c.malePenetrance.d)}` : '';
  const mode = c.mode !== 'custom' ? `${c.mode}, ` : '';
  return `${mode}${c.chromosome === 'X' ? 'X-linked' : 'autosomal'}, q=${decimal(c.q)}, ${auto}${male}`;
}

// A table size in words: "12,400", and from 10^15 on (or infinite) a rough exponent such as
// 3.2e+17, all a reader needs of a number that large.
function tableSize(n: number): string {
  if (!Number.isFinite(n) || n >= 1e15) return n.toExponential(1);
  return groupThousands(n);
}
