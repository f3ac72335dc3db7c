// The model flags of `analyze`: --mode or --penetrance (with --chromosome X and
// --male-penetrance), --q, --de-novo-paternal/--de-novo-maternal. Without a model flag the
// document's own condition is used.
import type { Condition, HemizygousPenetrances, Penetrances } from '../../engine/genetics/condition.ts';
import { conditionForMode, isModeName, MODE_NAMES } from '../../engine/genetics/modes.ts';
import { CliUsageError } from '../io.ts';
import { probabilityArg } from './readPedigree.ts';

export interface ModelArgs {
  mode?: string;
  penetrance?: string;
  chromosome?: string;
  malePenetrance?: string;
  q?: string;
  deNovoPaternal?: string;
  deNovoMaternal?: string;
}

/** "+/+=0,+/d=0,d/+=1,d/d=1" → named penetrances; every key exactly once. */
export function parsePenetrances<K extends string>(text: string, keys: readonly K[], flag: string): Record<K, number> {
  const out: Partial<Record<K, number>> = {};
  for (const part of text.split(',')) {
    const eq = part.lastIndexOf('=');
    const key = part.slice(0, eq).trim() as K;
    if (eq < 0 || !keys.includes(key)) throw new CliUsageError(`${flag}: "${part}" is not one of ${keys.map((k) => `${k}=P`).join(', ')}`);
    if (out[key] !== undefined) throw new CliUsageError(`${flag}: ${key} is given twice`);
    out[key] = probabilityArg(part.slice(eq + 1).trim(), `${flag} ${key}`);
  }
  const missing = keys.filter((k) => out[k] === undefined);
  if (missing.length > 0) throw new CliUsageError(`${flag}: missing ${missing.join(', ')} (give ${keys.map((k) => `${k}=P`).join(',')})`);
  return out as Record<K, number>;
}

export function conditionFromModelArgs(a: ModelArgs, conditionId: string, documentCondition: Condition | undefined): Condition {
  if (a.mode !== undefined && a.penetrance !== undefined) throw new CliUsageError('give either --mode or --penetrance, not both');
  if (a.mode !== undefined && (a.chromosome !== undefined || a.malePenetrance !== undefined)) {
    throw new CliUsageError('--chromosome and --male-penetrance go with --penetrance; a --mode already fixes them');
  }
  let condition: Condition;
  if (a.mode !== undefined) {
    const mode = a.mode.toUpperCase();
    if (!isModeName(mode)) throw new CliUsageError(`--mode must be one of ${MODE_NAMES.join(', ')}, got "${a.mode}"`);
    condition = { ...conditionForMode(mode), id: conditionId };
  } else if (a.penetrance !== undefined) {
    const chromosome = a.chromosome === undefined ? 'autosomal' : a.chromosome.toUpperCase() === 'X' ? 'X' : a.chromosome === 'autosomal' ? 'autosomal' : null;
    if (chromosome === null) throw new CliUsageError(`--chromosome must be X or autosomal, got "${a.chromosome}"`);
    const penetrance: Penetrances = parsePenetrances(a.penetrance, ['+/+', '+/d', 'd/+', 'd/d'] as const, '--penetrance');
    condition = { ...conditionForMode('AD'), id: conditionId, name: 'Custom model', shortName: 'custom', mode: 'custom', chromosome, penetrance };
    delete condition.malePenetrance;
    if (chromosome === 'X') {
      if (a.malePenetrance === undefined) throw new CliUsageError('--chromosome X needs --male-penetrance "+=P,d=P" (men have one X)');
      condition.malePenetrance = parsePenetrances(a.malePenetrance, ['+', 'd'] as const, '--male-penetrance') as HemizygousPenetrances;
    } else if (a.malePenetrance !== undefined) {
      throw new CliUsageError('--male-penetrance is only for --chromosome X');
    }
  } else if (documentCondition) {
    condition = structuredClone(documentCondition);
  } else {
    throw new CliUsageError(`the file has no condition model: give --mode ${MODE_NAMES.join('|')} or --penetrance "+/+=P,+/d=P,d/+=P,d/d=P"`);
  }
  if (a.q !== undefined) {
    const q = probabilityArg(a.q, '--q');
    condition.q = q;
  }
  if (a.deNovoPaternal !== undefined) condition.deNovo = { ...condition.deNovo, paternal: probabilityArg(a.deNovoPaternal, '--de-novo-paternal') };
  if (a.deNovoMaternal !== undefined) condition.deNovo = { ...condition.deNovo, maternal: probabilityArg(a.deNovoMaternal, '--de-novo-maternal') };
  return condition;
}
