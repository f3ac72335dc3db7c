// Links stay short by not spelling out built-in conditions: a condition identical to a
// preset travels as `{ "preset": id, "fingerprint": n }` and is restored from the app's own
// preset on opening. The fingerprint (FNV-1a of the preset's canonical JSON) tells whether
// the preset changed between the app that made the link and the one that opens it; then
// the current preset is used and a notice says so. Edited conditions travel in full.
import type { Condition } from '../genetics/condition.ts';
import { presetById } from '../genetics/presets/index.ts';

export interface PresetReference {
  preset: string;
  fingerprint: number;
}

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function packCondition(condition: Condition): Condition | PresetReference {
  const preset = presetById(condition.id);
  if (!preset) return condition;
  const text = canonicalJson(preset);
  return text === canonicalJson(condition) ? { preset: condition.id, fingerprint: fnv1a(text) } : condition;
}

export type Unpacked = { ok: true; condition: unknown; notice?: string } | { ok: false; error: string };

/** Restore a preset reference; anything else is passed through for the document checks. */
export function unpackCondition(value: unknown): Unpacked {
  if (typeof value !== 'object' || value === null || !('preset' in value)) return { ok: true, condition: value };
  const ref = value as Partial<PresetReference>;
  const preset = typeof ref.preset === 'string' ? presetById(ref.preset) : undefined;
  if (!preset) return { ok: false, error: `the link uses a built-in condition "${String(ref.preset)}" that this version of Imprint Lab does not have` };
  if (ref.fingerprint !== fnv1a(canonicalJson(preset))) {
    return { ok: true, condition: preset, notice: `The built-in condition "${preset.name}" has changed since this link was made; the current version is used.` };
  }
  return { ok: true, condition: preset };
}
