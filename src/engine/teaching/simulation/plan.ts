// The order in which a pedigree is simulated: parents before children, generation by
// generation, with each child's father (sperm) and mother (egg) resolved once. The
// parent's gamete, not the drawn shape, decides the copy a child receives (DOMAIN.md §1).
import type { Condition } from '../../genetics/condition.ts';
import type { Sex } from '../../genetics/sex.ts';
import { describePerson, gameteOf, indexDocument, parentsOf, partnersOf } from '../../document/queries.ts';
import { wordSentence, words, who, whoList, type Sentence } from '../../document/sentence.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';

export interface PlannedPerson {
  id: PersonId;
  /** 0 = top row; people who marry in share their partner's row. */
  generation: number;
  /** Chromosomal sex from the gamete the person gives; undefined when unknown. */
  sex: Sex | undefined;
  /** Recorded father (sperm) and mother (egg); absent = not recorded. */
  father?: PersonId;
  mother?: PersonId;
  /** True when the person has no recorded parent. */
  founder: boolean;
  /** First member (in simulation order) of this person's monozygotic twin group, if not this person. */
  identicalTwinOf?: PersonId;
}

export interface SimulationPlan {
  /** People in simulation order: by generation, then document order (parents always first). */
  people: PlannedPerson[];
  byId: ReadonlyMap<PersonId, PlannedPerson>;
}

/**
 * Problems are worded with the caller's `nameOf`; `problemParts` are the same sentences
 * with people as ids, for a caller that cannot pass a function (the worker behind Run
 * 1,000 times) and names them afterwards.
 */
export type PlanResult = { ok: true; plan: SimulationPlan } | { ok: false; problems: string[]; problemParts: Sentence[] };

function sexOf(doc: PedigreeDocument, id: PersonId): Sex | undefined {
  const person = indexDocument(doc).persons.get(id);
  if (!person) return undefined;
  const gamete = gameteOf(person);
  return gamete === 'sperm' ? 'male' : gamete === 'egg' ? 'female' : undefined;
}

/** Rows from parents: a child sits one row below its lower parent; founders sit at `founderRow`. */
function depths(doc: PedigreeDocument, founderRow: ReadonlyMap<PersonId, number>, problems: Sentence[]): Map<PersonId, number> {
  const gen = new Map<PersonId, number>();
  const visiting = new Set<PersonId>();
  const depth = (id: PersonId): number => {
    const known = gen.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) {
      problems.push(words`${who(id)} is recorded as their own ancestor`);
      return 0;
    }
    visiting.add(id);
    const parents = parentsOf(doc, id).parents;
    const value = parents.length === 0 ? (founderRow.get(id) ?? 0) : Math.max(...parents.map(depth)) + 1;
    visiting.delete(id);
    gen.set(id, value);
    return value;
  };
  for (const p of doc.persons) depth(p.id);
  return gen;
}

/**
 * Generation rows: founders who marry in move down to their partner's row, children stay
 * strictly below both parents. Repeated until stable, at most once per person, so a
 * founder partnered with their own descendant cannot loop forever.
 */
function generations(doc: PedigreeDocument, problems: Sentence[]): Map<PersonId, number> {
  const founderRow = new Map<PersonId, number>();
  let gen = depths(doc, founderRow, problems);
  for (let round = 0; round < doc.persons.length; round++) {
    let changed = false;
    for (const p of doc.persons) {
      if (parentsOf(doc, p.id).parents.length > 0) continue;
      const own = founderRow.get(p.id) ?? 0;
      const row = Math.max(own, ...partnersOf(doc, p.id).map((q) => gen.get(q) ?? 0));
      if (row !== own) {
        founderRow.set(p.id, row);
        changed = true;
      }
    }
    if (!changed) break;
    gen = depths(doc, founderRow, []);
  }
  return gen;
}

/**
 * Resolve the order, rows, sexes and parent roles of a document for simulating `condition`.
 * Problems name the people involved: a parent whose gamete is unknown (record sex assigned
 * at birth), two parents giving the same gamete, a cycle, or, for an X-linked condition,
 * anyone whose sex is unknown; `nameOf` names them (name and id by default; the app passes
 * the chart's pedigree numbers).
 */
export function planSimulation(doc: PedigreeDocument, condition: Condition, nameOf: (id: PersonId) => string = (id) => describePerson(doc, id)): PlanResult {
  const problems: Sentence[] = [];
  if (doc.persons.length === 0) return failed([['the pedigree has no people to simulate']], nameOf);
  const gen = generations(doc, problems);
  const people: PlannedPerson[] = [];
  for (const p of doc.persons) {
    // An adopted-in child is drawn in its adoptive family's row but is a genetic founder:
    // the recorded parents did not pass it any copy (as in the inference engine's model).
    const roles = p.adopted === 'in' ? { parents: [] } : parentsOf(doc, p.id);
    const planned: PlannedPerson = { id: p.id, generation: gen.get(p.id) ?? 0, sex: sexOf(doc, p.id), founder: roles.parents.length === 0 };
    if (roles.father !== undefined) planned.father = roles.father;
    if (roles.mother !== undefined) planned.mother = roles.mother;
    const rolesMissing = roles.parents.length - (roles.father !== undefined ? 1 : 0) - (roles.mother !== undefined ? 1 : 0);
    if (rolesMissing > 0) {
      problems.push(words`cannot tell which parent of ${who(p.id)} gives sperm and which an egg (${whoList(roles.parents, ' and ')}): record their sex assigned at birth`);
    }
    if (condition.chromosome === 'X' && planned.sex === undefined) {
      problems.push(words`${who(p.id)} has no recorded sex, which an X-linked condition needs (one X in men, two in women)`);
    }
    people.push(planned);
  }
  if (problems.length > 0) return failed(problems, nameOf);
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  people.sort((a, b) => a.generation - b.generation || order.get(a.id)! - order.get(b.id)!);
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const group of doc.twins) {
    if (group.zygosity !== 'MZ') continue;
    const members = group.members.filter((m) => byId.has(m)).sort((a, b) => people.indexOf(byId.get(a)!) - people.indexOf(byId.get(b)!));
    for (const m of members.slice(1)) byId.get(m)!.identicalTwinOf = members[0]!;
  }
  return { ok: true, plan: { people, byId } };
}

/** Each distinct problem once (a cycle is met from every person on it), worded and as parts. */
function failed(problems: readonly Sentence[], nameOf: (id: PersonId) => string): PlanResult {
  const distinct = [...new Map(problems.map((s) => [JSON.stringify(s), s])).values()];
  return { ok: false, problems: distinct.map((s) => wordSentence(s, nameOf)), problemParts: distinct };
}
