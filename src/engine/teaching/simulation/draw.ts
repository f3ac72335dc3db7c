// One simulated draw of a whole pedigree: founders' copies, then every meiosis in
// generation order, then each person's phenotype from the penetrance of the drawn ordered
// genotype (DOMAIN.md §2). Observed statuses are ignored: the simulation shows what the
// model could produce, not what was seen. Founders keep copies recorded in the document
// (known genotypes) and draw the rest from q; non-founders' recorded copies are ignored.
import type { Condition } from '../../genetics/condition.ts';
import { orderedGenotype, type Allele, type Genotype, type ParentOfOrigin } from '../../genetics/genotype.ts';
import { isViable, lifetimePenetrance, phenotypeOutcomes } from '../../genetics/penetrance.ts';
import type { Random } from '../../genetics/random.ts';
import { copyGivenBy, type Sex } from '../../genetics/sex.ts';
import { describePerson, indexDocument } from '../../document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import { founderText, meiosisText, phenotypeText, type NameOf } from './explain.ts';
import type { PlannedPerson, SimulationPlan } from './plan.ts';
import type { AlleleOrigin, SimulatedPerson, SimulationStep, TaggedCopy, VariantSource } from './types.ts';

export interface DrawContext {
  doc: PedigreeDocument;
  condition: Condition;
  plan: SimulationPlan;
  /** How step sentences name people (default: name and id). */
  nameOf?: NameOf;
}

function tagOf(origin: AlleleOrigin): string {
  switch (origin.kind) {
    case 'founder':
      return `${origin.person}:${origin.copy}`;
    case 'de-novo':
      return `de-novo:${origin.parent}>${origin.child}`;
    case 'unrecorded-parent':
      return `unrecorded:${origin.child}:${origin.copy}`;
  }
}

function copy(allele: Allele, origin: AlleleOrigin): TaggedCopy {
  return { allele, origin, tag: tagOf(origin) };
}

function drawAllele(rng: Random, q: number): Allele {
  return rng.next() < q ? 'd' : '+';
}

export function variantSource(paternal: TaggedCopy | null, maternal: TaggedCopy): VariantSource {
  const p = paternal?.allele === 'd';
  const m = maternal.allele === 'd';
  return p && m ? 'both' : p ? 'father' : m ? 'mother' : 'none';
}

/** X-linked men carry one maternal X; everyone else two ordered copies. */
function hemizygous(ctx: DrawContext, person: PlannedPerson): boolean {
  return ctx.condition.chromosome === 'X' && person.sex === 'male';
}

interface Transmitted {
  copy: TaggedCopy | null;
  fromCopy: ParentOfOrigin | null;
  deNovo: boolean;
}

/**
 * One meiosis of a recorded parent. A heterozygous parent passes d with the transmission
 * ratio for its sex (Mendel 0.5); otherwise each copy with 1/2. A passed `+` may mutate to d
 * with the de novo rate for the parent's sex. An X-linked father passes his X to daughters
 * and his Y to sons.
 */
function meiosis(ctx: DrawContext, rng: Random, parent: SimulatedPerson, parentSex: Sex, child: PlannedPerson): Transmitted {
  const side = copyGivenBy(parentSex);
  let fromCopy: ParentOfOrigin;
  if (parent.paternal === null) {
    if (child.sex === 'male') return { copy: null, fromCopy: null, deNovo: false };
    fromCopy = 'maternal';
  } else if (parent.paternal.allele !== parent.maternal.allele) {
    const variantSide: ParentOfOrigin = parent.paternal.allele === 'd' ? 'paternal' : 'maternal';
    const passesVariant = rng.next() < ctx.condition.transmissionRatio[side];
    fromCopy = passesVariant ? variantSide : variantSide === 'paternal' ? 'maternal' : 'paternal';
  } else {
    fromCopy = rng.next() < 0.5 ? 'paternal' : 'maternal';
  }
  const passed = fromCopy === 'paternal' ? parent.paternal! : parent.maternal;
  const rate = ctx.condition.deNovo[side];
  if (passed.allele === '+' && rate > 0 && rng.next() < rate) {
    return { copy: copy('d', { kind: 'de-novo', parent: parent.id, child: child.id }), fromCopy, deNovo: true };
  }
  return { copy: passed, fromCopy, deNovo: false };
}

/** Draw the whole pedigree once; when `steps` is given, every step is appended to it. */
export function drawOnce(ctx: DrawContext, rng: Random, steps: SimulationStep[] | null): SimulatedPerson[] {
  const { doc, condition, plan } = ctx;
  const name = ctx.nameOf ?? ((id: PersonId) => describePerson(doc, id));
  const drawn = new Map<PersonId, SimulatedPerson>();
  const persons = indexDocument(doc).persons;
  // Steps are built only when recorded: "run 1,000 times" skips the sentences.
  const push = (make: () => Omit<SimulationStep, 'index'>): void => {
    if (steps) steps.push({ ...make(), index: steps.length } as SimulationStep);
  };

  for (const person of plan.people) {
    const hemi = hemizygous(ctx, person);
    let paternal: TaggedCopy | null;
    let maternal: TaggedCopy;
    const twin = person.identicalTwinOf !== undefined ? drawn.get(person.identicalTwinOf) : undefined;
    if (twin) {
      // Monozygotic twins share both copies; only their phenotypes are drawn separately.
      paternal = twin.paternal;
      maternal = twin.maternal;
      push(() => ({ kind: 'identical-twin', generation: person.generation, person: person.id, twinOf: twin.id, paternal, maternal, text: `${name(person.id)} is an identical twin of ${name(twin.id)} and has the same two copies.` }));
    } else if (person.founder) {
      const known = persons.get(person.id)?.genotypes?.[condition.id];
      const patKnown = !hemi && known !== undefined && known.paternal !== '?';
      const matKnown = known !== undefined && known.maternal !== '?';
      paternal = hemi ? null : copy(patKnown ? (known!.paternal as Allele) : drawAllele(rng, condition.q), { kind: 'founder', person: person.id, copy: 'paternal' });
      maternal = copy(matKnown ? (known!.maternal as Allele) : drawAllele(rng, condition.q), { kind: 'founder', person: person.id, copy: 'maternal' });
      push(() => ({
        kind: 'founder', generation: person.generation, person: person.id, paternal, maternal,
        source: { paternal: hemi ? null : patKnown ? 'known' : 'drawn', maternal: matKnown ? 'known' : 'drawn' },
        text: founderText(name, person.id, paternal, maternal, (hemi || patKnown) && matKnown, person.generation > 0),
      }));
    } else {
      const received: Record<ParentOfOrigin, TaggedCopy | null> = { paternal: null, maternal: null };
      for (const parentSex of ['male', 'female'] as const) {
        const side = copyGivenBy(parentSex);
        const parentId = parentSex === 'male' ? person.father : person.mother;
        const parent = parentId !== undefined ? drawn.get(parentId) : undefined;
        let t: Transmitted;
        if (parent) t = meiosis(ctx, rng, parent, parentSex, person);
        else if (side === 'paternal' && hemi) t = { copy: null, fromCopy: null, deNovo: false };
        else t = { copy: copy(drawAllele(rng, condition.q), { kind: 'unrecorded-parent', child: person.id, copy: side }), fromCopy: null, deNovo: false };
        received[side] = t.copy;
        const grandparent = parent && t.fromCopy ? ((t.fromCopy === 'paternal' ? ctx.plan.byId.get(parent.id)?.father : ctx.plan.byId.get(parent.id)?.mother) ?? null) : null;
        const words = { child: person.id, parent: parent?.id ?? null, parentSex, fromCopy: t.fromCopy, grandparent, copy: t.copy, becomes: side, deNovo: t.deNovo };
        push(() => ({ kind: 'meiosis', generation: person.generation, person: person.id, ...words, expressionShare: condition.expression[side], text: meiosisText(name, condition, words) }));
      }
      paternal = hemi ? null : received.paternal;
      maternal = received.maternal!;
    }
    drawn.set(person.id, phenotype(ctx, rng, person, paternal, maternal, push, name));
  }
  return plan.people.map((p) => drawn.get(p.id)!);
}

function phenotype(
  ctx: DrawContext,
  rng: Random,
  person: PlannedPerson,
  paternal: TaggedCopy | null,
  maternal: TaggedCopy,
  push: (make: () => Omit<SimulationStep, 'index'>) => void,
  name: NameOf,
): SimulatedPerson {
  const genotype: Genotype = paternal ? orderedGenotype(paternal.allele, maternal.allele) : maternal.allele;
  const viable = isViable(ctx.condition, genotype);
  const penetrance = lifetimePenetrance(ctx.condition, genotype);
  const affected = rng.next() < penetrance && viable;
  // A named outcome only where the condition lists outcomes for this genotype (GNAS: PPHP,
  // POH, osteoma cutis); otherwise "affected" says it all.
  let label: string | undefined;
  const listed = ctx.condition.phenotypes?.[genotype];
  if (affected && listed && listed.length > 0) {
    const outcomes = phenotypeOutcomes(ctx.condition, genotype);
    label = outcomes[0]!.label;
    if (outcomes.length > 1) {
      let u = rng.next();
      for (const o of outcomes) {
        label = o.label;
        if ((u -= o.probability) < 0) break;
      }
    }
  }
  const result: SimulatedPerson = {
    id: person.id, generation: person.generation, sex: person.sex, paternal, maternal, genotype,
    viable, affected, variantFrom: variantSource(paternal, maternal),
  };
  if (label !== undefined) result.phenotype = label;
  push(() => ({
    kind: 'phenotype', generation: person.generation, person: person.id, genotype, penetrance, viable, affected,
    ...(label !== undefined ? { phenotype: label } : {}),
    text: phenotypeText(name, person.id, genotype, penetrance, viable, affected, label),
  }));
  return result;
}
