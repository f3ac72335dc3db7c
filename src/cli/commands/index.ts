// The CLI's commands, one file each. Add a command by importing it here.
import type { CliCommand } from '../io.ts';
import { convertCommand } from './convert.ts';
import { crossCommand } from './cross.ts';
import { layoutCommand } from './layout.ts';
import { renderCommand } from './render.ts';
import { simulateCommand } from './simulate.ts';

export const COMMANDS: Record<string, CliCommand> = {
  convert: convertCommand,
  cross: crossCommand,
  layout: layoutCommand,
  render: renderCommand,
  simulate: simulateCommand,
};
