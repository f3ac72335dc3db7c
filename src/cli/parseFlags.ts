// A small strict parser for `--name value`, `--name=value` and boolean `--name` flags.
// Anything unexpected is a CliUsageError naming the argument (issue 2: "Bad arguments →
// a one-line error naming the argument").
import { CliUsageError } from './io.ts';

export type FlagSpec = Record<string, { kind: 'string' | 'boolean'; alias?: string }>;

export type Flags = Record<string, string | boolean | undefined>;

export function parseFlags(args: readonly string[], spec: FlagSpec): Flags {
  const byName = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) {
    byName.set(`--${name}`, name);
    if (s.alias) byName.set(s.alias, name);
  }
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const name = byName.get(key);
    if (!name) {
      const known = Object.keys(spec).map((n) => `--${n}`).join(', ');
      throw new CliUsageError(arg.startsWith('-') ? `unknown option ${key} (options: ${known})` : `unexpected argument "${arg}" (options: ${known})`);
    }
    if (flags[name] !== undefined) throw new CliUsageError(`--${name} is given twice`);
    if (spec[name]!.kind === 'boolean') {
      if (eq > 0) throw new CliUsageError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new CliUsageError(`--${name} needs a value`);
    flags[name] = value;
  }
  return flags;
}

export function stringFlag(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** A number flag within [min, max] (integer when asked), or undefined when absent. */
export function numberFlag(flags: Flags, name: string, range: { min: number; max: number; integer?: boolean }): number | undefined {
  const raw = stringFlag(flags, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const kind = range.integer ? 'a whole number' : 'a number';
  if (raw.trim() === '' || !Number.isFinite(value) || (range.integer && !Number.isInteger(value)) || value < range.min || value > range.max) {
    throw new CliUsageError(`--${name} must be ${kind} from ${range.min} to ${range.max}, got "${raw}"`);
  }
  return value;
}
