// `compare <file> [--q 0.01 | --prevalence 0.0001] [--json]`: which of AD, AR, XD, XR, PAT and
// MAT explains the observed statuses best, with the q each mode used (issue 6, DOMAIN.md §6).
import { decimal } from '../../engine/genetics/explainWords.ts';
import { compareModes, DEFAULT_PREVALENCE, type AlleleFrequencySetting, type ModeComparison } from '../../engine/inference/compareModes.ts';
import { CliUsageError, type CliCommand } from '../io.ts';
import { flagValue, probabilityArg, readPedigree } from '../inference/readPedigree.ts';

export const COMPARE_USAGE = `usage: compare <file> [--q 0.01 | --prevalence 0.0001] [--family NAME] [--json]
  Likelihood of the file's affected/unaffected statuses under each mode of inheritance and
  its posterior probability with equal priors. --q uses one allele frequency for all modes;
  --prevalence (default 1/10,000) sets q per mode so each gives that disease prevalence.
`;

const MODE_WORDS: Record<string, string> = {
  AD: 'autosomal dominant',
  AR: 'autosomal recessive',
  XD: 'X-linked dominant',
  XR: 'X-linked recessive',
  PAT: 'paternal expression',
  MAT: 'maternal expression',
};

function compareText(r: ModeComparison): string {
  // Numbers as the rest of the app words them (4 significant digits), not as typed.
  const basis = 'q' in r.setting ? `one allele frequency for every mode, q = ${decimal(r.setting.q)}` : `q set per mode for a prevalence of ${decimal(r.setting.prevalence)}`;
  const lines = [`Which mode fits? (${basis}; every mode equally likely beforehand)`, '', 'mode  model                     q            log10 L     posterior'];
  for (const m of r.modes) {
    const log = m.log10Likelihood === null ? 'impossible' : m.log10Likelihood.toFixed(3);
    lines.push(`${m.mode.padEnd(5)} ${MODE_WORDS[m.mode]!.padEnd(25)} ${m.q.toPrecision(4).padEnd(12)} ${log.padStart(10)}  ${(100 * m.posterior).toFixed(1).padStart(8)}%`);
  }
  lines.push('');
  if (r.best) {
    lines.push(`Best: ${r.best} (${MODE_WORDS[r.best]}). A posterior is the share of the total likelihood, so it depends on q: compare with --q and --prevalence.`);
  } else {
    lines.push('The data are impossible under every mode (see the impossible modes above).');
  }
  for (const m of r.modes) if (m.message && m.log10Likelihood === null && m.message !== 'impossible under this mode') lines.push(`note: ${m.mode}: ${m.message}`);
  return `${lines.join('\n')}\n`;
}

export const compareCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(COMPARE_USAGE);
    return 0;
  }
  let file: string | undefined;
  let family: string | undefined;
  let q: number | undefined;
  let prevalence: number | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--q') q = probabilityArg(flagValue(args, i++, a, COMPARE_USAGE), a);
    else if (a === '--prevalence') prevalence = probabilityArg(flagValue(args, i++, a, COMPARE_USAGE), a);
    else if (a === '--family') family = flagValue(args, i++, a, COMPARE_USAGE);
    else if (a === '--json') json = true;
    else if (a.startsWith('-')) throw new CliUsageError(`unknown option "${a}"\n${COMPARE_USAGE}`);
    else if (file === undefined) file = a;
    else throw new CliUsageError(`only one input file can be compared at a time, got "${file}" and "${a}"`);
  }
  if (file === undefined) throw new CliUsageError(`no input file given\n${COMPARE_USAGE}`);
  if (q !== undefined && prevalence !== undefined) throw new CliUsageError('give either --q or --prevalence, not both');
  if (prevalence === 0) throw new CliUsageError('--prevalence must be above 0');
  const loaded = readPedigree(io, file, family);
  if (!loaded) return 1;
  const setting: AlleleFrequencySetting = q !== undefined ? { q } : { prevalence: prevalence ?? DEFAULT_PREVALENCE };
  const r = compareModes(loaded.doc, loaded.conditionId, setting);
  if (json) {
    const modes = r.modes.map((m) => ({ mode: m.mode, q: Number.isFinite(m.q) ? m.q : null, log10Likelihood: m.log10Likelihood, posterior: m.posterior }));
    io.stdout(`${JSON.stringify({ modes, best: r.best, ...setting }, null, 2)}\n`);
  } else {
    io.stdout(compareText(r));
  }
  return 0;
};
