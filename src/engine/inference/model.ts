// Builds the Bayesian network of a pedigree under one condition (DOMAIN.md §6).
// Founders get Hardy–Weinberg priors; children a transmission table from the sperm-giving and
// egg-giving parents; a child with one recorded parent gets an implied founder as the other
// parent; an adopted-in child is a founder (the recorded parents are not genetic parents);
// MZ twins share one genotype variable.
import type { Condition } from '../genetics/condition.ts';
import type { Gamete, PedigreeDocument, Person, PersonId, Union } from '../document/types.ts';
import { applyEvidence, type EvidenceItem, type NetVariable, type PedigreeNetwork } from './network.ts';
import { observationAge, observationLikelihood } from './observation.ts';
import { personLabel, resolveGametes } from './parentRoles.ts';
import { stateLabels } from './states.ts';
import { childTable, founderPrior } from './transmission.ts';
import { describeEvidence, knownGenotypeLikelihood } from './evidence.ts';
import { mzRepresentatives } from './twins.ts';
import { topologicalOrder } from './topology.ts';

export interface NextChildRequest {
  father: PersonId;
  mother: PersonId;
  sex: 'M' | 'F';
}

export type BuildResult = { ok: true; network: PedigreeNetwork } | { ok: false; message: string };

export function buildNetwork(doc: PedigreeDocument, condition: Condition, nextChildren: readonly NextChildRequest[] = []): BuildResult {
  const xLinked = condition.chromosome === 'X';
  const gametes = resolveGametes(doc);
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  const unionById = new Map(doc.unions.map((u) => [u.id, u]));
  const notices: string[] = [];

  if (xLinked && !condition.malePenetrance) return fail(`The X-linked condition "${condition.name}" has no penetrances for men.`);
  if (xLinked) {
    const unsexed = doc.persons.filter((p) => gametes.get(p.id) === 'unknown');
    if (unsexed.length > 0) {
      return fail(`An X-linked model needs each person's sex assigned at birth; it is unknown for ${list(unsexed.map(personLabel))}.`);
    }
  }
  const hemizygous = (g: Gamete) => xLinked && g === 'sperm';

  const vars: NetVariable[] = [];
  const viability: Float64Array[] = [];
  const personVar = new Map<PersonId, number>();
  const addVar = (isHemi: boolean, label: string, persons: PersonId[], liveborn: boolean): number => {
    const card = isHemi ? 2 : 4;
    const labels = stateLabels(isHemi);
    const dead = liveborn ? new Set(condition.nonViable ?? []) : new Set<string>();
    viability.push(Float64Array.from(labels, (g) => (dead.has(g) ? 0 : 1)));
    vars.push({ card, hemizygous: isHemi, parents: [], cpt: new Float64Array(0), evidence: new Float64Array(card), persons, label });
    return vars.length - 1;
  };

  // One variable per person (MZ twins: one per group).
  const twins = mzRepresentatives(doc, gametes, notices);
  for (const p of doc.persons) {
    const rep = twins.get(p.id) ?? p.id;
    const existing = personVar.get(rep);
    if (existing !== undefined) {
      personVar.set(p.id, existing);
      vars[existing]!.persons.push(p.id);
      continue;
    }
    const v = addVar(hemizygous(gametes.get(p.id)!), personLabel(p), [p.id], isLiveborn(p));
    personVar.set(p.id, v);
  }

  // Parents and tables.
  const setFounder = (v: number) => {
    vars[v]!.cpt = founderPrior(condition.q, vars[v]!.hemizygous);
  };
  const setChild = (child: number, father: number, mother: number) => {
    const c = vars[child]!;
    const f = vars[father]!;
    const m = vars[mother]!;
    const fatherShape = c.hemizygous ? null : f;
    c.parents = fatherShape ? [father, mother] : [mother];
    c.cpt = childTable(condition, fatherShape, m, c.hemizygous);
  };
  const impliedParent = (child: Person, gamete: 'sperm' | 'egg'): number => {
    const role = gamete === 'sperm' ? 'father' : 'mother';
    const v = addVar(hemizygous(gamete), `the unrecorded ${role} of ${personLabel(child)}`, [], true);
    setFounder(v);
    return v;
  };

  const done = new Set<number>();
  for (const p of doc.persons) {
    const v = personVar.get(p.id)!;
    if (done.has(v)) continue;
    done.add(v);
    const parents = parentsOf(p, unionById, byId);
    if (p.adopted === 'in' && parents.length > 0) {
      notices.push(`${personLabel(p)} is adopted in: treated as a founder, not as a genetic child of the recorded parents.`);
    }
    if (p.adopted === 'in' || parents.length === 0) {
      setFounder(v);
      continue;
    }
    const roles = parents.map((q) => ({ person: q, gamete: gametes.get(q.id)! }));
    const father = roles.filter((r) => r.gamete === 'sperm');
    const mother = roles.filter((r) => r.gamete === 'egg');
    if (father.length > 1 || mother.length > 1 || (parents.length === 2 && (father.length !== 1 || mother.length !== 1))) {
      const who = roles.map((r) => `${personLabel(r.person)} (${r.gamete === 'unknown' ? 'gamete unknown' : `gives ${r.gamete}`})`);
      return fail(`The recorded parents of ${personLabel(p)} must be one sperm-giving and one egg-giving parent: ${list(who)}. Set their sex assigned at birth.`);
    }
    if (parents.length === 1 && father.length + mother.length === 0) {
      return fail(`${personLabel(parents[0]!)}, the only recorded parent of ${personLabel(p)}, needs a sex assigned at birth (sperm or egg decides the parent of origin).`);
    }
    const fv = father[0] ? personVar.get(father[0].person.id)! : impliedParent(p, 'sperm');
    const mv = mother[0] ? personVar.get(mother[0].person.id)! : impliedParent(p, 'egg');
    setChild(v, fv, mv);
  }

  // Hypothetical next children: unobserved leaves, so they change no other posterior.
  const nextChildVars: number[] = [];
  for (const req of nextChildren) {
    const f = byId.get(req.father);
    const m = byId.get(req.mother);
    if (!f || !m) return fail(`Next child: no person with id ${!f ? req.father : req.mother}.`);
    if (f.id === m.id) return fail(`Next child: father and mother are the same person (${personLabel(f)}).`);
    if (gametes.get(f.id) === 'egg') return fail(`Next child: ${personLabel(f)} is recorded as giving eggs, so cannot be the father.`);
    if (gametes.get(m.id) === 'sperm') return fail(`Next child: ${personLabel(m)} is recorded as giving sperm, so cannot be the mother.`);
    const v = addVar(xLinked && req.sex === 'M', `the next child of ${personLabel(f)} and ${personLabel(m)}`, [], false);
    const fv = personVar.get(f.id)!;
    const mv = personVar.get(m.id)!;
    if (xLinked && vars[fv]!.hemizygous === false) return fail(`Next child: ${personLabel(f)} is not male, so cannot be the father under an X-linked model.`);
    setChild(v, fv, mv);
    nextChildVars.push(v);
  }

  const evidenceItems: EvidenceItem[] = [];
  for (const p of doc.persons) {
    const v = personVar.get(p.id)!;
    const isHemi = vars[v]!.hemizygous;
    const obs = p.observations[condition.id];
    const age = observationAge(p, obs);
    const known = p.genotypes?.[condition.id];
    const obsLik = observationLikelihood(condition, isHemi, obs, age);
    const knownLik = knownGenotypeLikelihood(known, isHemi);
    const likelihood = Float64Array.from(obsLik, (x, s) => x * knownLik[s]!);
    if (likelihood.some((x) => x !== 1)) {
      evidenceItems.push({ person: p.id, variable: v, likelihood, description: describeEvidence(obs, age, known, isHemi) });
    }
  }

  const order = topologicalOrder(vars);
  if (!order) return fail('The pedigree has a cycle: someone is recorded as their own ancestor.');
  const network: PedigreeNetwork = { vars, viability, evidenceItems, personVar, nextChildVars, topologicalOrder: order, notices };
  applyEvidence(network, () => true);
  return { ok: true, network };
}

/** Non-viable genotypes are impossible only for people born alive (not for pregnancy records). */
function isLiveborn(p: Person): boolean {
  return p.pregnancy === undefined;
}

function parentsOf(p: Person, unionById: Map<string, Union>, byId: Map<PersonId, Person>): Person[] {
  if (p.parentUnion) {
    const u = unionById.get(p.parentUnion);
    return u ? u.partners.map((id) => byId.get(id)).filter((x): x is Person => x !== undefined) : [];
  }
  if (p.singleParent) {
    const parent = byId.get(p.singleParent);
    return parent ? [parent] : [];
  }
  return [];
}

function fail(message: string): BuildResult {
  return { ok: false, message };
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
