// `simulate --condition <id> --generations N --seed S [-o file.json]`: a random family drawn
// by the engine, as a native JSON document (a teacher's problem generator, issue 2).
// The same seed gives the same family.
import { createRandom } from '../../engine/genetics/random.ts';
import { MAX_GENERATIONS, simulateFamily, summariseFamily } from '../../engine/genetics/simulateFamily.ts';
import { CONDITION_FLAGS, conditionFromFlags } from '../conditionFlag.ts';
import { CliUsageError, type CliCommand } from '../io.ts';
import { numberFlag, parseFlags, stringFlag } from '../parseFlags.ts';
import { count } from '../../engine/words/count.ts';

const USAGE = `usage: simulate (--condition <preset> | --mode AD|AR|XD|XR|PAT|MAT) --generations N --seed S [-o file.json] [--hide-genotypes] [--max-persons N] [--q Q]`;

export const simulateCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\nWrites the family as native Imprint Lab JSON to the file, or to stdout without -o.\n`);
    return 0;
  }
  const flags = parseFlags(args, {
    ...CONDITION_FLAGS,
    generations: { kind: 'string' },
    seed: { kind: 'string' },
    output: { kind: 'string', alias: '-o' },
    'hide-genotypes': { kind: 'boolean' },
    'max-persons': { kind: 'string' },
  });
  const condition = conditionFromFlags(flags);
  const generations = numberFlag(flags, 'generations', { min: 1, max: MAX_GENERATIONS, integer: true });
  if (generations === undefined) throw new CliUsageError(`--generations N is required (1 to ${MAX_GENERATIONS})`);
  const seedText = stringFlag(flags, 'seed');
  if (seedText === undefined) throw new CliUsageError('--seed S is required (a number or a word; the same seed gives the same family)');
  const maxPersons = numberFlag(flags, 'max-persons', { min: 2, max: 500, integer: true });
  // A numeric seed is used as a number, so `--seed 7` and the UI's seed 7 draw the same family.
  const seed = /^-?\d+(\.\d+)?$/.test(seedText) ? Number(seedText) : seedText;

  const doc = simulateFamily(condition, generations, createRandom(seed), {
    recordGenotypes: !flags['hide-genotypes'],
    ...(maxPersons === undefined ? {} : { maxPersons }),
  });
  doc.meta.notes = `${doc.meta.notes ?? ''} Seed: ${seedText}.`.trim();
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  const output = stringFlag(flags, 'output');
  if (!output) {
    io.stdout(json);
    return 0;
  }
  io.writeFile(output, json);
  const s = summariseFamily(doc, condition.id);
  io.stdout(`wrote ${output}: ${count(s.persons, 'person', 'people')} over ${count(generations, 'generation')}, ${s.affected} affected${flags['hide-genotypes'] ? '' : `, ${s.carriers} carrying the variant`} (${condition.id}, seed ${seedText})\n`);
  return 0;
};
