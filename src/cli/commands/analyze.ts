// `analyze <file> [model flags] [--next-child F,M,M|F]… [--json]`: exact likelihood, every
// person's carrier and copy-of-origin probabilities, and next-child risks (issue 6).
// Impossible data are an answer, not a failure: exit 0 with likelihood 0 and a message.
// When exact inference would be too large, a seeded sampling estimate with error bars is given.
import { createRandom } from '../../engine/genetics/random.ts';
import { inferPedigree } from '../../engine/inference/infer.ts';
import type { NextChildRequest } from '../../engine/inference/model.ts';
import { estimatePedigree } from '../../engine/inference/sampling.ts';
import { CliUsageError, type CliCommand } from '../io.ts';
import { analyzeJson } from '../inference/analyzeJson.ts';
import { analyzeText } from '../inference/analyzeText.ts';
import { conditionFromModelArgs, type ModelArgs } from '../inference/modelArgs.ts';
import { flagValue, readPedigree } from '../inference/readPedigree.ts';

export const ANALYZE_USAGE = `usage: analyze <file> [--mode AD|AR|XD|XR|PAT|MAT | --penetrance "+/+=0,+/d=0,d/+=1,d/d=1"]
               [--chromosome X --male-penetrance "+=0,d=1"] [--q 0.01]
               [--de-novo-paternal R --de-novo-maternal R] [--next-child FATHER,MOTHER,M|F]…
               [--family NAME] [--max-cost N] [--samples N --seed S] [--json]
  Exact likelihood and each person's genotype posterior (pat/mat) under the model, and the
  risk for a next child of two people (ids from the file). Without a model flag the file's
  own condition is used. --max-cost is the largest exact computation in table entries
  (default 4000000); above it a seeded sampling estimate with standard errors is given
  instead (--samples, default 20000; --seed, default 1).
`;

interface AnalyzeArgs extends ModelArgs {
  file?: string;
  family?: string;
  json: boolean;
  next: NextChildRequest[];
  samples: number;
  seed: number;
  maxCost?: number;
}

const MODEL_FLAGS: Record<string, keyof ModelArgs> = {
  '--mode': 'mode',
  '--penetrance': 'penetrance',
  '--chromosome': 'chromosome',
  '--male-penetrance': 'malePenetrance',
  '--q': 'q',
  '--de-novo-paternal': 'deNovoPaternal',
  '--de-novo-maternal': 'deNovoMaternal',
};

function parseNextChild(raw: string): NextChildRequest {
  const parts = raw.split(',').map((s) => s.trim());
  const sex = parts[2]?.toUpperCase();
  if (parts.length !== 3 || !parts[0] || !parts[1] || (sex !== 'M' && sex !== 'F')) {
    throw new CliUsageError(`--next-child must be FATHER,MOTHER,M|F (person ids from the file), got "${raw}"`);
  }
  return { father: parts[0], mother: parts[1], sex };
}

function wholeNumber(raw: string, flag: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new CliUsageError(`${flag} must be a whole number of at least ${min}, got "${raw}"`);
  return n;
}

function parseArgs(args: string[]): AnalyzeArgs & { file: string } {
  const a: AnalyzeArgs = { json: false, next: [], samples: 20_000, seed: 1 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const model = MODEL_FLAGS[arg];
    if (model) {
      if (a[model] !== undefined) throw new CliUsageError(`${arg} is given twice`);
      a[model] = flagValue(args, i++, arg, ANALYZE_USAGE);
    } else if (arg === '--next-child') a.next.push(parseNextChild(flagValue(args, i++, arg, ANALYZE_USAGE)));
    else if (arg === '--family') a.family = flagValue(args, i++, arg, ANALYZE_USAGE);
    else if (arg === '--samples') a.samples = wholeNumber(flagValue(args, i++, arg, ANALYZE_USAGE), arg, 100);
    else if (arg === '--seed') a.seed = wholeNumber(flagValue(args, i++, arg, ANALYZE_USAGE), arg, 0);
    else if (arg === '--max-cost') a.maxCost = wholeNumber(flagValue(args, i++, arg, ANALYZE_USAGE), arg, 1);
    else if (arg === '--json') a.json = true;
    else if (arg.startsWith('-')) throw new CliUsageError(`unknown option "${arg}"\n${ANALYZE_USAGE}`);
    else if (a.file === undefined) a.file = arg;
    else throw new CliUsageError(`only one input file can be analysed at a time, got "${a.file}" and "${arg}"`);
  }
  if (a.file === undefined) throw new CliUsageError(`no input file given\n${ANALYZE_USAGE}`);
  return a as AnalyzeArgs & { file: string };
}

export const analyzeCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(ANALYZE_USAGE);
    return 0;
  }
  const a = parseArgs(args);
  const loaded = readPedigree(io, a.file, a.family);
  if (!loaded) return 1;
  const condition = conditionFromModelArgs(a, loaded.conditionId, loaded.documentCondition);
  const result = inferPedigree(loaded.doc, condition, { nextChildren: a.next, ...(a.maxCost ? { maxExactCost: a.maxCost } : {}) });
  if (result.kind === 'invalid') throw new CliUsageError(result.message);
  if (result.kind === 'too-large') {
    io.stderr(`note: ${result.message} Estimating from ${a.samples} samples (seed ${a.seed}).\n`);
    const estimate = estimatePedigree(loaded.doc, condition, { samples: a.samples, random: createRandom(a.seed), nextChildren: a.next });
    if (estimate.kind === 'invalid') throw new CliUsageError(estimate.message);
    io.stdout(a.json ? `${JSON.stringify(analyzeJson(condition, estimate), null, 2)}\n` : analyzeText(loaded.doc, condition, estimate));
    return 0;
  }
  io.stdout(a.json ? `${JSON.stringify(analyzeJson(condition, result), null, 2)}\n` : analyzeText(loaded.doc, condition, result));
  return 0;
};
