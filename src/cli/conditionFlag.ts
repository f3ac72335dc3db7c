// `--condition <preset-id>` or `--mode AD|AR|XD|XR|PAT|MAT` (exactly one), optionally `--q`.
import type { Condition } from '../engine/genetics/condition.ts';
import { conditionForMode, isModeName, MODE_NAMES } from '../engine/genetics/modes.ts';
import { PRESETS, presetById } from '../engine/genetics/presets/index.ts';
import { CliUsageError } from './io.ts';
import { numberFlag, stringFlag, type Flags, type FlagSpec } from './parseFlags.ts';

export const CONDITION_FLAGS: FlagSpec = {
  condition: { kind: 'string' },
  mode: { kind: 'string' },
  q: { kind: 'string' },
};

export function conditionFromFlags(flags: Flags): Condition {
  const id = stringFlag(flags, 'condition');
  const mode = stringFlag(flags, 'mode');
  if (id && mode) throw new CliUsageError('give either --condition or --mode, not both');
  let condition: Condition | undefined;
  if (id) {
    condition = presetById(id);
    if (!condition) throw new CliUsageError(`--condition: unknown preset "${id}" (presets: ${PRESETS.map((p) => p.id).join(', ')})`);
  } else if (mode) {
    const upper = mode.toUpperCase();
    if (!isModeName(upper)) throw new CliUsageError(`--mode must be one of ${MODE_NAMES.join(', ')}, got "${mode}"`);
    condition = conditionForMode(upper);
  } else {
    throw new CliUsageError(`--condition <preset> or --mode <${MODE_NAMES.join('|')}> is required`);
  }
  const q = numberFlag(flags, 'q', { min: 0, max: 1 });
  if (q !== undefined) condition.q = q;
  return condition;
}
