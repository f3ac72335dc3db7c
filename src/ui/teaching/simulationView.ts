// What the chart shows part-way through a step-through run: the copies of everyone whose
// copies are all drawn (as allele tags, coloured by founder) and the phenotype of everyone
// whose phenotype step has been reached. Everything else is hidden, so the class sees the
// run unfold in order. Pure, so the same run and position always give the same picture.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { SimulationRun, SimulationStep } from '../../engine/teaching/index.ts';
import type { AlleleTags } from '../chart/copies.ts';
import { alleleTagsFromRun } from '../chart/alleleTagsFromRun.ts';

const isCopyStep = (s: SimulationStep) => s.kind !== 'phenotype';

function copyStepCounts(steps: readonly SimulationStep[]): Map<PersonId, number> {
  const counts = new Map<PersonId, number>();
  for (const s of steps) if (isCopyStep(s)) counts.set(s.person, (counts.get(s.person) ?? 0) + 1);
  return counts;
}

export interface SimulationPicture {
  doc: PedigreeDocument;
  tags: AlleleTags;
  /** The step just shown, or null before the first. */
  current: SimulationStep | null;
  /** The person to ring: the transmitting parent of a meiosis, else the step's person. */
  focus: PersonId | null;
  /** The parent's copy being passed in a meiosis step, for the chart to highlight. */
  passing: { personId: PersonId; copy: 'paternal' | 'maternal' } | null;
}

export function simulationPicture(doc: PedigreeDocument, run: SimulationRun, position: number): SimulationPicture {
  const shown = run.steps.slice(0, position);
  const total = copyStepCounts(run.steps);
  const done = copyStepCounts(shown);
  const drawn = run.people.filter((p) => (done.get(p.id) ?? 0) >= (total.get(p.id) ?? 0));
  const revealed = new Map(shown.flatMap((s) => (s.kind === 'phenotype' ? [[s.person, s] as const] : [])));
  const conditionId = run.conditionId;
  const simulated: PedigreeDocument = {
    ...doc,
    persons: doc.persons.map(({ genotypes: _known, ...p }) => {
      const step = revealed.get(p.id);
      const observations = { ...p.observations };
      if (step) {
        observations[conditionId] = { status: step.affected ? 'affected' : 'unaffected', ...(step.phenotype ? { phenotype: step.phenotype } : {}) };
      } else observations[conditionId] = { status: 'unknown' };
      return { ...p, observations };
    }),
  };
  const current = shown[shown.length - 1] ?? null;
  const focus = current === null ? null : current.kind === 'meiosis' ? (current.parent ?? current.person) : current.person;
  const passing = current?.kind === 'meiosis' && current.parent !== null && current.fromCopy !== null ? { personId: current.parent, copy: current.fromCopy } : null;
  return { doc: simulated, tags: alleleTagsFromRun({ people: drawn }), current, focus, passing };
}

/** The position just after the last step of the generation of the next unseen step. */
export function endOfNextGeneration(steps: readonly SimulationStep[], position: number): number {
  const next = steps[position];
  if (!next) return steps.length;
  let end = position;
  while (end < steps.length && steps[end]!.generation === next.generation) end++;
  return end;
}
