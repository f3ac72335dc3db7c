// Step-through simulation for teaching (issue 7): choose a seed, then walk the pedigree
// meiosis by meiosis or generation by generation. The same document, condition and seed
// always give the same steps, so a class can replay a run.
import type { Condition } from '../../genetics/condition.ts';
import { createRandom, type Seed } from '../../genetics/random.ts';
import type { PedigreeDocument } from '../../document/types.ts';
import { drawOnce } from './draw.ts';
import type { NameOf } from './explain.ts';
import { planSimulation } from './plan.ts';
import type { SimulationRun, SimulationStep } from './types.ts';

export type StepThroughResult = { ok: true; run: SimulationRun } | { ok: false; problems: string[] };

/**
 * Simulate `doc` once under `condition` with a seeded generator. Steps come in this order:
 * each founder (copies, then phenotype) and, generation by generation, each child's
 * meiosis from the father, meiosis from the mother, then phenotype. Observed statuses are
 * not used; founders' recorded copies are (see draw.ts). `nameOf` names people in the step
 * sentences — pass pedigree numbers ("II-3") for the screen and for privacy.
 */
export function stepThrough(doc: PedigreeDocument, condition: Condition, seed: Seed, options: { nameOf?: NameOf } = {}): StepThroughResult {
  const planned = planSimulation(doc, condition, options.nameOf);
  if (!planned.ok) return planned;
  const steps: SimulationStep[] = [];
  const ctx = options.nameOf ? { doc, condition, plan: planned.plan, nameOf: options.nameOf } : { doc, condition, plan: planned.plan };
  const people = drawOnce(ctx, createRandom(seed), steps);
  return { ok: true, run: { seed, conditionId: condition.id, steps, people } };
}

export interface GenerationSteps {
  generation: number;
  steps: SimulationStep[];
}

/** The steps of a run grouped by generation row, top row first ("step generation by generation"). */
export function stepsByGeneration(steps: readonly SimulationStep[]): GenerationSteps[] {
  const groups = new Map<number, SimulationStep[]>();
  for (const step of steps) {
    const list = groups.get(step.generation);
    if (list) list.push(step);
    else groups.set(step.generation, [step]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([generation, list]) => ({ generation, steps: list }));
}
