// `cross --father d/+ --mother +/+ --condition gnas [--json]`: the parent-of-origin Punnett
// square of one mating (issue 2, CLI). X-linked: `--father +|d` and optional `--sex M|F`.
import { cross, crossProblems } from '../../engine/genetics/cross.ts';
import { explainMating } from '../../engine/genetics/explainMating.ts';
import type { Genotype } from '../../engine/genetics/genotype.ts';
import { CONDITION_FLAGS, conditionFromFlags } from '../conditionFlag.ts';
import { crossJson, crossText } from '../crossOutput.ts';
import { CliUsageError, type CliCommand } from '../io.ts';
import { numberFlag, parseFlags, stringFlag } from '../parseFlags.ts';

const USAGE = 'usage: cross --father <genotype> --mother <genotype> (--condition <preset> | --mode AD|AR|XD|XR|PAT|MAT) [--sex M|F] [--age N] [--q Q] [--json]';

export const crossCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\nGenotypes are paternal/maternal, e.g. d/+ = variant on the copy from the father.\n`);
    return 0;
  }
  const flags = parseFlags(args, {
    ...CONDITION_FLAGS,
    father: { kind: 'string' },
    mother: { kind: 'string' },
    sex: { kind: 'string' },
    age: { kind: 'string' },
    json: { kind: 'boolean' },
  });
  const condition = conditionFromFlags(flags);
  const father = stringFlag(flags, 'father');
  const mother = stringFlag(flags, 'mother');
  if (!father) throw new CliUsageError('--father <genotype> is required (e.g. d/+, or + / d for an X-linked father)');
  if (!mother) throw new CliUsageError('--mother <genotype> is required (e.g. +/d)');
  const problems = crossProblems(condition, father as Genotype, mother as Genotype);
  if (problems.length > 0) throw new CliUsageError(`--${problems[0]}`);

  const sexArg = stringFlag(flags, 'sex')?.toUpperCase();
  if (sexArg !== undefined && sexArg !== 'M' && sexArg !== 'F') throw new CliUsageError(`--sex must be M or F, got "${stringFlag(flags, 'sex')}"`);
  if (sexArg && condition.chromosome !== 'X') throw new CliUsageError(`--sex is only for X-linked conditions; ${condition.id} is autosomal, so sons and daughters have the same risks`);
  const age = numberFlag(flags, 'age', { min: 0, max: 130 });

  const options = age === undefined ? {} : { age };
  const childSex = sexArg === 'M' ? ('male' as const) : sexArg === 'F' ? ('female' as const) : undefined;
  const result = cross(condition, father as Genotype, mother as Genotype, options);
  const report = {
    condition,
    father,
    mother,
    result,
    explanation: explainMating(condition, father as Genotype, mother as Genotype, childSex ? { ...options, childSex } : options),
    ...(sexArg ? { sex: sexArg === 'M' ? ('sons' as const) : ('daughters' as const) } : {}),
  };
  io.stdout(flags.json ? `${JSON.stringify(crossJson(report), null, 2)}\n` : crossText(report));
  return 0;
};
