// The CLI's commands, one file each. Add a command by importing it here.
import type { CliCommand } from '../io.ts';
import { analyzeCommand } from './analyze.ts';
import { compareCommand } from './compare.ts';
import { convertCommand } from './convert.ts';
import { crossCommand } from './cross.ts';
import { layoutCommand } from './layout.ts';
import { renderCommand } from './render.ts';
import { simulateCommand } from './simulate.ts';

export const COMMANDS: Record<string, CliCommand> = {
  analyze: analyzeCommand,
  compare: compareCommand,
  convert: convertCommand,
  cross: crossCommand,
  layout: layoutCommand,
  render: renderCommand,
  simulate: simulateCommand,
};
