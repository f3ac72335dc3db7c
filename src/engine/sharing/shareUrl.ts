// A pedigree, its active condition and a small view state, packed into a URL hash
// (ARCHITECTURE.md "a shareable URL (compressed document in the hash)"). The hash never
// reaches a server, so a shared family stays between the people who hold the link.
//
// Format: `#share=1.<codec>.<payload>` where payload is base64url of the UTF-8 JSON
// `{ "document", "activeConditionId", "view" }` (built-in conditions by reference,
// presetReferences.ts), raw-DEFLATE-compressed for codec `z`
// (CompressionStream, browsers and Node ≥ 18) or uncompressed for codec `j` (the fallback
// where CompressionStream is missing). Decoding checks everything and names each problem.
//
// With `view.privacy` the link carries no identifying text (NOMENCLATURE L10): names, birth
// years, causes of death, notes, the title and dates are removed (report/privacy.ts) and ids,
// which are often names, are replaced by neutral ones (neutralIds.ts). Pedigree numbers,
// sexes, statuses, ages, copies and the condition stay.
import type { ConditionId } from '../genetics/condition.ts';
import type { PedigreeDocument, PersonId } from '../document/types.ts';
import { documentFromJson } from '../formats/native/native.ts';
import { formatProblem, MAX_IMPORT_CHARS } from '../formats/problems.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { canCompress, deflateRaw, inflateRaw } from './deflate.ts';
import { withNeutralIds } from './neutralIds.ts';
import { packCondition, unpackCondition } from './presetReferences.ts';
import { withoutIdentifiers } from './report/privacy.ts';
import { groupThousands } from '../words/count.ts';

export interface ShareView {
  /** Show each person's two copies (false for "predict first"). */
  showGenotypes: boolean;
  selected: PersonId | null;
  /** Hide names and dates (NOMENCLATURE L10). */
  privacy: boolean;
}

export interface SharedPedigree {
  document: PedigreeDocument;
  activeConditionId: ConditionId | null;
  view: ShareView;
}

export type ShareDecodeResult = { ok: true; shared: SharedPedigree; notices: string[] } | { ok: false; errors: string[] };

export const SHARE_KEY = 'share';
const VERSION = '1';

/** What a privacy link carries: the de-identified document, the selection renamed with it. */
function deidentified(shared: SharedPedigree): SharedPedigree {
  if (!shared.view.privacy) return shared;
  const { document: pedigree, personIds } = withNeutralIds(withoutIdentifiers(shared.document));
  const selected = shared.view.selected === null ? null : (personIds.get(shared.view.selected) ?? null);
  return { ...shared, document: pedigree, view: { ...shared.view, selected } };
}

export async function encodeShareHash(shared: SharedPedigree, options: { compress?: boolean } = {}): Promise<string> {
  const { document: pedigree, activeConditionId, view } = deidentified(shared);
  const packed = { ...pedigree, conditions: pedigree.conditions.map(packCondition) };
  const json = JSON.stringify({ document: packed, activeConditionId, view });
  const bytes = new TextEncoder().encode(json);
  const compress = (options.compress ?? true) && canCompress();
  const payload = compress ? await deflateRaw(bytes) : bytes;
  return `#${SHARE_KEY}=${VERSION}.${compress ? 'z' : 'j'}.${encodeBase64url(payload)}`;
}

/** The `share=` value of a hash or a whole URL, or null when there is none. */
function shareValue(hashOrUrl: string): string | null {
  const hash = hashOrUrl.includes('#') ? hashOrUrl.slice(hashOrUrl.indexOf('#') + 1) : hashOrUrl;
  for (const part of hash.split('&')) {
    if (part.startsWith(`${SHARE_KEY}=`)) return part.slice(SHARE_KEY.length + 1);
  }
  return null;
}

function checkView(value: unknown, doc: PedigreeDocument): { view?: ShareView; errors: string[] } {
  if (typeof value !== 'object' || value === null) return { errors: ['the link has no view settings'] };
  const v = value as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of ['showGenotypes', 'privacy'] as const) {
    if (typeof v[key] !== 'boolean') errors.push(`the view setting "${key}" must be true or false`);
  }
  const selected = v.selected;
  if (selected !== null && typeof selected !== 'string') errors.push('the selected person must be a person id or null');
  else if (typeof selected === 'string' && !doc.persons.some((p) => p.id === selected)) {
    errors.push(`the selected person "${selected}" is not in the shared pedigree`);
  }
  if (errors.length > 0) return { errors };
  return { view: { showGenotypes: v.showGenotypes as boolean, selected: selected as PersonId | null, privacy: v.privacy as boolean }, errors };
}

/** Read a shared pedigree back from a URL or its hash; every problem is named, nothing throws. */
export async function decodeShareHash(hashOrUrl: string): Promise<ShareDecodeResult> {
  const fail = (...errors: string[]): ShareDecodeResult => ({ ok: false, errors: errors.map((e) => `Shared link: ${e}.`) });
  const value = shareValue(hashOrUrl);
  if (value === null) return fail(`there is no "#${SHARE_KEY}=" part in the link`);
  const [version, codec, data, ...rest] = value.split('.');
  if (version !== VERSION) return fail(`format version "${version}" is not known to this version of Imprint Lab (it reads version ${VERSION})`);
  if ((codec !== 'z' && codec !== 'j') || data === undefined || rest.length > 0) return fail('the link is cut off or altered (expected "1.z.…" or "1.j.…")');
  const bytes = decodeBase64url(data);
  if (!bytes) return fail('the link contains characters that cannot be part of a shared pedigree; it may be cut off or altered');
  let json = bytes;
  if (codec === 'z') {
    if (!canCompress()) return fail('this browser cannot decompress shared links (no DecompressionStream)');
    const inflated = await inflateRaw(bytes, MAX_IMPORT_CHARS);
    if (!inflated.ok) {
      return fail(inflated.reason === 'too-large' ? `the pedigree would be larger than ${groupThousands(MAX_IMPORT_CHARS)} bytes` : 'the compressed data is damaged; the link may be cut off');
    }
    json = inflated.bytes;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('the data is not a readable pedigree; the link may be cut off or altered');
  }
  if (typeof parsed !== 'object' || parsed === null) return fail('the data is not a pedigree');
  const p = parsed as Record<string, unknown>;
  const restored = restorePresets(p.document);
  if (!restored.ok) return fail(restored.error);
  const imported = documentFromJson(restored.document);
  if (!imported.ok) return fail(...imported.errors.map(formatProblem));
  const doc = imported.document;
  const active = p.activeConditionId;
  if (active !== null && (typeof active !== 'string' || !doc.conditions.some((c) => c.id === active))) {
    return fail(`the active condition "${String(active)}" is not one of the pedigree's conditions`);
  }
  const view = checkView(p.view, doc);
  if (!view.view) return fail(...view.errors);
  return { ok: true, shared: { document: doc, activeConditionId: active, view: view.view }, notices: [...restored.notices, ...imported.notices] };
}

/** Put built-in conditions sent by reference back in full (presetReferences.ts). */
function restorePresets(raw: unknown): { ok: true; document: unknown; notices: string[] } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { conditions?: unknown }).conditions)) {
    return { ok: true, document: raw, notices: [] };
  }
  const notices: string[] = [];
  const conditions: unknown[] = [];
  for (const c of (raw as { conditions: unknown[] }).conditions) {
    const unpacked = unpackCondition(c);
    if (!unpacked.ok) return unpacked;
    if (unpacked.notice) notices.push(unpacked.notice);
    conditions.push(unpacked.condition);
  }
  return { ok: true, document: { ...raw, conditions }, notices };
}
