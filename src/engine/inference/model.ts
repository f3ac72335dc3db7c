// Builds the Bayesian network of a pedigree under one condition (DOMAIN.md §6).
// Founders get Hardy–Weinberg priors; children a transmission table from the sperm-giving and
// egg-giving parents; a child with one recorded parent gets an implied founder as the other
// parent; an adopted-in child is a founder (the recorded parents are not genetic parents);
// MZ twins share one genotype variable. People are handled by position (one id map) so that
// 10,000 people build in a few milliseconds.
import type { Condition } from '../genetics/condition.ts';
import type { PedigreeDocument, Person, PersonId } from '../document/types.ts';
import { applyEvidence, type EvidenceItem, type NetVariable, type PedigreeNetwork } from './network.ts';
import { observationAge, observationLikelihood } from './observation.ts';
import { personLabel, resolveGametes } from './parentRoles.ts';
import { stateLabels } from './states.ts';
import { childTable, founderPrior } from './transmission.ts';
import { describeEvidence, knownGenotypeLikelihood } from './evidence.ts';
import { mzRepresentatives } from './twins.ts';
import { topologicalOrder } from './topology.ts';

const NO_TABLE = new Float64Array(0);
const NO_PARENTS: readonly number[] = [];

export interface NextChildRequest {
  father: PersonId;
  mother: PersonId;
  sex: 'M' | 'F';
}

export type BuildResult = { ok: true; network: PedigreeNetwork } | { ok: false; message: string };

export function buildNetwork(doc: PedigreeDocument, condition: Condition, nextChildren: readonly NextChildRequest[] = []): BuildResult {
  const xLinked = condition.chromosome === 'X';
  const persons = doc.persons;
  const index = new Map<PersonId, number>();
  persons.forEach((p, i) => index.set(p.id, i));
  const gametes = resolveGametes(doc, index);
  const notices: string[] = [];

  if (xLinked && !condition.malePenetrance) return fail(`The X-linked condition "${condition.name}" has no penetrances for men.`);
  // X-linked: a person's sex decides their state space. Someone of unknown sex who is nobody's
  // parent is left out (with a notice); an unknown-sex parent makes the model unusable.
  const excluded = new Uint8Array(persons.length);
  if (xLinked) {
    const parentIds = new Set<PersonId>();
    const unionPartners = new Map(doc.unions.map((u) => [u.id, u.partners]));
    for (const p of persons) {
      if (p.parentUnion) for (const id of unionPartners.get(p.parentUnion) ?? []) parentIds.add(id);
      if (p.singleParent) parentIds.add(p.singleParent);
    }
    const unsexed = persons.filter((_, i) => gametes[i] === 'unknown');
    const unsexedParents = unsexed.filter((p) => parentIds.has(p.id));
    if (unsexedParents.length > 0) {
      return fail(`An X-linked model needs the sex assigned at birth of every parent; it is unknown for ${list(unsexedParents.map(personLabel))}.`);
    }
    if (unsexed.length > 0) {
      for (const p of unsexed) excluded[index.get(p.id)!] = 1;
      notices.push(`X-linked: the sex assigned at birth of ${list(unsexed.map(personLabel))} is unknown, so they are left out (their statuses are not used and no risks are given for them).`);
    }
  }

  // Tables depend only on the shapes involved, so a handful are shared by everyone (read-only).
  const dead = new Set<string>(condition.nonViable ?? []);
  const viable = (hemi: boolean, liveborn: boolean) => Float64Array.from(stateLabels(hemi), (g) => (liveborn && dead.has(g) ? 0 : 1));
  const viabilityTables = [viable(false, false), viable(false, true), viable(true, false), viable(true, true)];
  const priors = [founderPrior(condition.q, false), founderPrior(condition.q, true)];
  const childTables = new Map<number, Float64Array>();

  const vars: NetVariable[] = [];
  const viability: Float64Array[] = [];
  const addVar = (hemi: boolean, label: string, liveborn: boolean): number => {
    const card = hemi ? 2 : 4;
    viability.push(viabilityTables[(hemi ? 2 : 0) + (liveborn ? 1 : 0)]!);
    vars.push({ card, hemizygous: hemi, parents: NO_PARENTS, cpt: NO_TABLE, label });
    return vars.length - 1;
  };
  const setFounder = (v: number) => {
    vars[v]!.cpt = priors[vars[v]!.hemizygous ? 1 : 0]!;
  };
  const setChild = (child: number, father: number, mother: number) => {
    const c = vars[child]!;
    const m = vars[mother]!;
    const fatherShape = c.hemizygous ? null : vars[father]!;
    c.parents = fatherShape ? [father, mother] : [mother];
    const key = (fatherShape ? (fatherShape.hemizygous ? 2 : 1) : 0) * 4 + (m.hemizygous ? 2 : 0) + (c.hemizygous ? 1 : 0);
    let table = childTables.get(key);
    if (!table) childTables.set(key, (table = childTable(condition, fatherShape, m, c.hemizygous)));
    c.cpt = table;
  };

  // One variable per person (MZ twins: one per group).
  const personVars = new Int32Array(persons.length);
  const twins = mzRepresentatives(doc, index, gametes, notices);
  const isRepresentative = new Uint8Array(persons.length);
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    if (excluded[i]) {
      personVars[i] = -1;
      continue;
    }
    const rep = twins.get(p.id);
    if (rep !== undefined && rep !== p.id) {
      personVars[i] = personVars[index.get(rep)!]!;
      continue;
    }
    isRepresentative[i] = 1;
    personVars[i] = addVar(xLinked && gametes[i] === 'sperm', p.id, p.pregnancy === undefined);
  }

  const unionById = new Map(doc.unions.map((u) => [u.id, u]));
  const parentIndices = (p: Person): number[] => {
    const ids = p.parentUnion ? unionById.get(p.parentUnion)?.partners ?? [] : p.singleParent ? [p.singleParent] : [];
    const out: number[] = [];
    for (const id of ids) {
      const j = index.get(id);
      if (j !== undefined) out.push(j);
    }
    return out;
  };
  for (let i = 0; i < persons.length; i++) {
    if (!isRepresentative[i]) continue;
    const p = persons[i]!;
    const v = personVars[i]!;
    const parents = parentIndices(p);
    if (p.adopted === 'in' && parents.length > 0) {
      notices.push(`${personLabel(p)} is adopted in: treated as a founder, not as a genetic child of the recorded parents.`);
    }
    if (p.adopted === 'in' || parents.length === 0) {
      setFounder(v);
      continue;
    }
    const father = parents.filter((j) => gametes[j] === 'sperm');
    const mother = parents.filter((j) => gametes[j] === 'egg');
    if (father.length > 1 || mother.length > 1 || (parents.length === 2 && (father.length !== 1 || mother.length !== 1))) {
      const who = parents.map((j) => `${personLabel(persons[j]!)} (${gametes[j] === 'unknown' ? 'gamete unknown' : `gives ${gametes[j]}`})`);
      return fail(`The recorded parents of ${personLabel(p)} must be one sperm-giving and one egg-giving parent: ${list(who)}. Set their sex assigned at birth.`);
    }
    if (parents.length === 1 && father.length + mother.length === 0) {
      return fail(`${personLabel(persons[parents[0]!]!)}, the only recorded parent of ${personLabel(p)}, needs a sex assigned at birth (sperm or egg decides the parent of origin).`);
    }
    const implied = (gamete: 'sperm' | 'egg') => {
      const u = addVar(xLinked && gamete === 'sperm', `the unrecorded ${gamete === 'sperm' ? 'father' : 'mother'} of ${personLabel(p)}`, true);
      setFounder(u);
      return u;
    };
    const fv = father[0] !== undefined ? personVars[father[0]]! : implied('sperm');
    const mv = mother[0] !== undefined ? personVars[mother[0]]! : implied('egg');
    setChild(v, fv, mv);
  }

  // Hypothetical next children: unobserved leaves, so they change no other posterior.
  const nextChildVars: number[] = [];
  for (const req of nextChildren) {
    const fi = index.get(req.father);
    const mi = index.get(req.mother);
    if (fi === undefined || mi === undefined) return fail(`Next child: no person with id ${fi === undefined ? req.father : req.mother}.`);
    const f = persons[fi]!;
    const m = persons[mi]!;
    if (fi === mi) return fail(`Next child: father and mother are the same person (${personLabel(f)}).`);
    if (excluded[fi] || excluded[mi]) return fail(`Next child: the sex assigned at birth of ${personLabel(excluded[fi] ? f : m)} is unknown.`);
    if (gametes[fi] === 'egg') return fail(`Next child: ${personLabel(f)} is recorded as giving eggs, so cannot be the father.`);
    if (gametes[mi] === 'sperm') return fail(`Next child: ${personLabel(m)} is recorded as giving sperm, so cannot be the mother.`);
    const v = addVar(xLinked && req.sex === 'M', `the next child of ${personLabel(f)} and ${personLabel(m)}`, false);
    setChild(v, personVars[fi]!, personVars[mi]!);
    nextChildVars.push(v);
  }

  const evidenceItems: EvidenceItem[] = [];
  const sharedObservation = new Map<string, Float64Array>();
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    const obs = p.observations[condition.id];
    const known = p.genotypes?.[condition.id];
    const status = obs?.status ?? 'unknown';
    const hasKnown = known !== undefined && (known.paternal !== '?' || known.maternal !== '?');
    if ((status === 'unknown' && !hasKnown) || excluded[i]) continue;
    const v = personVars[i]!;
    const hemi = vars[v]!.hemizygous;
    const age = observationAge(p, obs);
    let likelihood: Float64Array;
    if (hasKnown) {
      const knownLik = knownGenotypeLikelihood(known, hemi);
      likelihood = Float64Array.from(observationLikelihood(condition, hemi, obs, age), (x, s) => x * knownLik[s]!);
    } else {
      // Observation vectors repeat (same status and age): share them.
      const key = `${status} ${age} ${hemi}`;
      likelihood = sharedObservation.get(key) ?? Float64Array.from(observationLikelihood(condition, hemi, obs, age));
      sharedObservation.set(key, likelihood);
    }
    evidenceItems.push({ person: p.id, variable: v, likelihood, describe: () => describeEvidence(obs, age, known, hemi) });
  }

  const order = topologicalOrder(vars);
  if (!order) return fail('The pedigree has a cycle: someone is recorded as their own ancestor.');
  const network: PedigreeNetwork = { vars, evidence: new Float64Array(4 * vars.length), viability, evidenceItems, personVars, personIndex: index, nextChildVars, topologicalOrder: order, notices };
  applyEvidence(network, () => true);
  return { ok: true, network };
}

function fail(message: string): BuildResult {
  return { ok: false, message };
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
