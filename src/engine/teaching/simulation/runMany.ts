// "Run 1,000 times": simulate the pedigree many times from one seed and tally affected
// children (people with a recorded parent) by generation, by sex and by the parent whose
// copy carries the variant, next to the exact expected numbers from exactMarginals.ts, so
// the chart can show simulated against exact. Non-viable genotypes are never counted.
import type { Condition } from '../../genetics/condition.ts';
import { isHemizygousGenotype, type Genotype } from '../../genetics/genotype.ts';
import { isViable, lifetimePenetrance } from '../../genetics/penetrance.ts';
import { createRandom, type Seed } from '../../genetics/random.ts';
import type { Sentence } from '../../document/sentence.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import { drawOnce } from './draw.ts';
import { exactMarginals } from './exactMarginals.ts';
import { planSimulation } from './plan.ts';
import type { SimulatedPerson, VariantSource } from './types.ts';

export const MAX_RUNS = 100_000;

export interface Tally {
  key: string;
  label: string;
  /** Children in the group (a fixed set for generation and sex; null for variant source). */
  people: number | null;
  /** Mean number of affected children per run, and its standard error (sample SD / √runs). */
  simulatedMean: number;
  simulatedStandardError: number;
  /** Exact expected number of affected children per run; null when not computable. */
  exactMean: number | null;
}

export interface RunManyResult {
  runs: number;
  seed: Seed;
  total: Tally;
  byGeneration: Tally[];
  bySex: Tally[];
  byVariantSource: Tally[];
  /** Per child: fraction of runs affected, and the exact P(affected). */
  perPerson: { id: PersonId; simulated: number; exact: number | null }[];
  /** histogram[k] = number of runs with exactly k affected children. */
  affectedCountHistogram: number[];
  /** Why exact values are missing, when they are: people by name and id. */
  exactUnavailable?: string;
  /** The same with people as ids, for the page to name as its chart does (sentence.ts). */
  exactUnavailableParts?: Sentence;
}

/**
 * Problems name people by name and id; `problemParts`, when people are involved, are the
 * same sentences with ids: runMany runs in a worker, where no naming function can be passed.
 */
export type RunManyOutcome = { ok: true; result: RunManyResult } | { ok: false; problems: string[]; problemParts?: Sentence[] };

export interface RunManyOptions {
  /** Called after each run with the fraction of runs done (the UI's worker reports it). */
  onProgress?: (fraction: number) => void;
}

const SOURCE_LABELS: Record<VariantSource, string> = {
  father: 'variant from the father',
  mother: 'variant from the mother',
  both: 'variant from both parents',
  none: 'no variant (phenocopy)',
};

const SEX_LABELS = { male: 'sons (male)', female: 'daughters (female)', unknown: 'sex unknown' } as const;

function sourceOfGenotype(g: Genotype): VariantSource {
  if (isHemizygousGenotype(g)) return g === 'd' ? 'mother' : 'none';
  return g === 'd/d' ? 'both' : g === 'd/+' ? 'father' : g === '+/d' ? 'mother' : 'none';
}

function generationLabel(g: number): string {
  const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return `generation ${numerals[g] ?? g + 1}`;
}

class Accumulator {
  sum = 0;
  sumSquares = 0;
  current = 0;
  endRun(): void {
    this.sum += this.current;
    this.sumSquares += this.current * this.current;
    this.current = 0;
  }
  tally(key: string, label: string, people: number | null, runs: number, exactMean: number | null): Tally {
    const mean = this.sum / runs;
    const variance = runs > 1 ? Math.max(0, (this.sumSquares - runs * mean * mean) / (runs - 1)) : 0;
    return { key, label, people, simulatedMean: mean, simulatedStandardError: Math.sqrt(variance / runs), exactMean };
  }
}

export function runMany(doc: PedigreeDocument, condition: Condition, runs: number, seed: Seed, options: RunManyOptions = {}): RunManyOutcome {
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    return { ok: false, problems: [`the number of runs must be a whole number from 1 to ${MAX_RUNS}, got ${runs}`] };
  }
  const planned = planSimulation(doc, condition);
  if (!planned.ok) return planned;
  const plan = planned.plan;
  const children = plan.people.filter((p) => !p.founder);
  const exact = exactMarginals(doc, condition, plan);
  const pAffected = (g: Genotype) => (isViable(condition, g) ? lifetimePenetrance(condition, g) : 0);

  const groups = new Map<string, { label: string; people: number | null; acc: Accumulator; exact: number }>();
  const group = (key: string, label: string, people: number | null) => {
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { label, people, acc: new Accumulator(), exact: 0 }));
    return entry;
  };
  const total = group('total', 'all children', children.length);
  for (const child of children) {
    group(`generation:${child.generation}`, generationLabel(child.generation), 0).people! += 1;
    group(`sex:${child.sex ?? 'unknown'}`, SEX_LABELS[child.sex ?? 'unknown'], 0).people! += 1;
  }
  for (const s of ['father', 'mother', 'both', 'none'] as const) group(`source:${s}`, SOURCE_LABELS[s], null);
  if (exact.ok) {
    for (const child of children) {
      for (const [g, p] of Object.entries(exact.marginals.get(child.id)!)) {
        const mass = p * pAffected(g as Genotype);
        for (const key of ['total', `generation:${child.generation}`, `sex:${child.sex ?? 'unknown'}`, `source:${sourceOfGenotype(g as Genotype)}`]) {
          groups.get(key)!.exact += mass;
        }
      }
    }
  }

  const rng = createRandom(seed);
  const ctx = { doc, condition, plan };
  const affectedRuns = new Map<PersonId, number>(children.map((c) => [c.id, 0]));
  const histogram: number[] = new Array<number>(children.length + 1).fill(0);
  for (let r = 0; r < runs; r++) {
    const drawn: SimulatedPerson[] = drawOnce(ctx, rng, null);
    for (const p of drawn) {
      if (!p.affected || plan.byId.get(p.id)!.founder) continue;
      affectedRuns.set(p.id, affectedRuns.get(p.id)! + 1);
      for (const key of ['total', `generation:${p.generation}`, `sex:${p.sex ?? 'unknown'}`, `source:${p.variantFrom}`]) groups.get(key)!.acc.current++;
    }
    histogram[total.acc.current]!++;
    for (const g of groups.values()) g.acc.endRun();
    options.onProgress?.((r + 1) / runs);
  }

  // Groups keep the order they were created in: generations top-down (children are in
  // simulation order), sexes as met, sources father, mother, both, none.
  const tallies = (prefix: string) =>
    [...groups.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, g]) => g.acc.tally(key, g.label, g.people, runs, exact.ok ? g.exact : null));
  const result: RunManyResult = {
    runs,
    seed,
    total: total.acc.tally('total', total.label, total.people, runs, exact.ok ? total.exact : null),
    byGeneration: tallies('generation:'),
    bySex: tallies('sex:'),
    byVariantSource: tallies('source:'),
    perPerson: children.map((c) => ({
      id: c.id,
      simulated: affectedRuns.get(c.id)! / runs,
      exact: exact.ok ? Object.entries(exact.marginals.get(c.id)!).reduce((s, [g, p]) => s + p * pAffected(g as Genotype), 0) : null,
    })),
    affectedCountHistogram: histogram,
  };
  if (!exact.ok) {
    result.exactUnavailable = exact.reason;
    result.exactUnavailableParts = exact.reasonParts;
  }
  return { ok: true, result };
}
