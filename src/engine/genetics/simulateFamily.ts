// A random family drawn by the engine: a teacher's problem generator (issue 2, `simulate`).
// Generation I is one couple. To make sure the variant is in the family at all, one founder
// carries exactly one variant copy on a randomly chosen copy (both founders do when no single
// copy can cause the condition, as under AR, else affected children would almost never
// appear); everyone else, including partners who marry in, draws copies from q
// (Hardy–Weinberg). Each couple has 2–4 children; most children of the family marry and have
// children of their own until the last generation. Non-viable conceptions are recorded as
// miscarriages. A family in which no descendant inherited the variant is redrawn (up to 50
// times) unless `requireTransmission` is false: a teaching family where the variant stops at
// the founder shows nothing. The same random stream gives the same pedigree.
import type { Condition } from './condition.ts';
import { decimal } from './explainWords.ts';
import type { Person, PedigreeDocument, Union } from '../document/types.ts';
import { drawObservation } from './drawObservation.ts';
import { isViable } from './penetrance.ts';
import type { Random } from './random.ts';
import type { Sex } from './sex.ts';
import { drawChild, drawFounder, genotypeOfTagged, type TaggedGenotype } from './taggedDraw.ts';
import { count } from '../words/count.ts';

export interface SimulateOptions {
  /** Stop adding people past this many (a projector-sized family by default). */
  maxPersons?: number;
  /** Record every drawn genotype as known (default true); false leaves only statuses. */
  recordGenotypes?: boolean;
  /** Redraw families where no descendant inherited the variant (default true). */
  requireTransmission?: boolean;
}

const MAX_ATTEMPTS = 50;

export interface SimulatedFamily {
  document: PedigreeDocument;
  /** Every person's copies with the founder copy each descends from. */
  alleles: Record<string, TaggedGenotype>;
}

export const MAX_GENERATIONS = 8;
const YEARS_PER_GENERATION = 28;

interface Member {
  id: string;
  sex: Sex;
  genotype: TaggedGenotype;
}

const randomInt = (random: Random, lo: number, hi: number) => lo + Math.floor(random.next() * (hi - lo + 1));

/** No heterozygote is ever affected: a single founder carrier would almost never show it. */
function needsTwoCarriers(c: Condition): boolean {
  const male = c.chromosome === 'X' ? (c.malePenetrance?.d ?? 0) : 0;
  return c.penetrance['d/+'] === 0 && c.penetrance['+/d'] === 0 && male === 0;
}

export function simulateFamilyWithAlleles(condition: Condition, generations: number, random: Random, options: SimulateOptions = {}): SimulatedFamily {
  if (!Number.isInteger(generations) || generations < 1 || generations > MAX_GENERATIONS) {
    throw new RangeError(`generations must be a whole number from 1 to ${MAX_GENERATIONS}, got ${generations}`);
  }
  const mustPassOn = (options.requireTransmission ?? true) && generations > 1;
  let family = drawFamily(condition, generations, random, options);
  for (let attempt = 1; mustPassOn && attempt < MAX_ATTEMPTS && !variantPassedOn(family); attempt++) {
    family = drawFamily(condition, generations, random, options);
  }
  return family;
}

function variantPassedOn({ document: doc, alleles }: SimulatedFamily): boolean {
  return doc.persons.some((p) => p.parentUnion !== undefined && genotypeOfTagged(alleles[p.id]!).includes('d'));
}

function drawFamily(condition: Condition, generations: number, random: Random, options: SimulateOptions): SimulatedFamily {
  const maxPersons = options.maxPersons ?? 60;
  const recordGenotypes = options.recordGenotypes ?? true;
  const persons: Person[] = [];
  const unions: Union[] = [];
  const alleles: Record<string, TaggedGenotype> = {};
  let nextPerson = 1;

  function addPerson(sex: Sex, generation: number, draw: (id: string) => TaggedGenotype, extra: Partial<Person> = {}): Member {
    const id = `p${nextPerson++}`;
    const genotype = draw(id);
    alleles[id] = genotype;
    const g = genotypeOfTagged(genotype);
    const person: Person = { id, gender: sex === 'male' ? 'man' : 'woman', observations: {}, ...extra };
    if (!isViable(condition, g)) {
      person.gender = 'unknown';
      person.pregnancy = { outcome: 'miscarriage' };
    } else {
      const age = (generations - generation) * YEARS_PER_GENERATION + randomInt(random, 8, 35);
      person.age = age;
      const seen = drawObservation(condition, g, sex, age, random);
      person.observations[condition.id] = seen;
    }
    if (recordGenotypes) {
      person.genotypes = { [condition.id]: { paternal: genotype.paternal?.allele ?? '?', maternal: genotype.maternal.allele } };
    }
    persons.push(person);
    return { id, sex, genotype };
  }

  const founder = (sex: Sex, generation: number, carrier: boolean) =>
    addPerson(sex, generation, (id) => {
      if (!carrier) return drawFounder(condition, id, sex, random);
      const hemizygous = condition.chromosome === 'X' && sex === 'male';
      const onPaternal = !hemizygous && random.next() < 0.5;
      return drawFounder(condition, id, sex, random, onPaternal ? { paternal: 'd', maternal: '+' } : { paternal: '+', maternal: 'd' });
    });

  const carrierIsMan = random.next() < 0.5;
  const both = needsTwoCarriers(condition);
  const man = founder('male', 1, both || carrierIsMan);
  const woman = founder('female', 1, both || !carrierIsMan);
  let couples: [Member, Member][] = [[man, woman]];

  for (let generation = 2; generation <= generations && persons.length < maxPersons; generation++) {
    const next: [Member, Member][] = [];
    for (const [father, mother] of couples) {
      const union: Union = { id: `u${unions.length + 1}`, partners: [father.id, mother.id] };
      unions.push(union);
      const children = randomInt(random, 2, 4);
      for (let k = 0; k < children && persons.length < maxPersons; k++) {
        const sex: Sex = random.next() < 0.5 ? 'male' : 'female';
        const child = addPerson(sex, generation, (id) => drawChild(condition, { id, sex }, father, mother, random), { parentUnion: union.id });
        const viable = isViable(condition, genotypeOfTagged(child.genotype));
        if (generation < generations && viable && persons.length < maxPersons && random.next() < 0.75) {
          const partner = founder(sex === 'male' ? 'female' : 'male', generation, false);
          next.push(sex === 'male' ? [child, partner] : [partner, child]);
        }
      }
    }
    couples = next;
  }
  // Couples formed in the last generation drawn have no children recorded; keep the union.
  for (const [father, mother] of couples) unions.push({ id: `u${unions.length + 1}`, partners: [father.id, mother.id] });

  // Named by role, not id: the ids are internal and the drawing numbers them (I-1, I-2).
  const carriers = both ? 'Both founders (the couple in generation I) were each' : `The founding ${carrierIsMan ? 'man' : 'woman'} (generation I) was`;
  const doc: PedigreeDocument = {
    format: 'imprint-lab',
    version: 1,
    persons,
    unions,
    twins: [],
    conditions: [structuredClone(condition)],
    activeConditionId: condition.id,
    meta: {
      title: `Simulated family: ${condition.name}`,
      notes: `Drawn by the engine over ${count(generations, 'generation')}. ${carriers} given one variant copy so the variant is present; partners marrying in draw their copies from q = ${decimal(condition.q)}.${
        options.requireTransmission === false ? '' : ' Families in which no descendant inherited the variant were redrawn.'
      }`,
    },
  };
  return { document: doc, alleles };
}

/** The document of `simulateFamilyWithAlleles` (native JSON, plain data). */
export function simulateFamily(condition: Condition, generations: number, random: Random, options: SimulateOptions = {}): PedigreeDocument {
  return simulateFamilyWithAlleles(condition, generations, random, options).document;
}

/** Used by tests and the CLI summary: how many people carry and how many are affected. */
export function summariseFamily(doc: PedigreeDocument, conditionId: string) {
  let carriers = 0;
  let affected = 0;
  for (const p of doc.persons) {
    const g = p.genotypes?.[conditionId];
    if (g && (g.paternal === 'd' || g.maternal === 'd')) carriers++;
    if (p.observations[conditionId]?.status === 'affected') affected++;
  }
  return { persons: doc.persons.length, carriers, affected };
}

