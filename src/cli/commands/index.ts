// The CLI's commands, one file each. Add a command by importing it here.
import type { CliCommand } from '../io.ts';

export const COMMANDS: Record<string, CliCommand> = {};
