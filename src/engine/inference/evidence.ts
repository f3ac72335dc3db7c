// Known genotypes as evidence, and how a person's evidence is described in messages.
import type { KnownGenotype, Observation } from '../document/types.ts';
import { maternalBit, paternalBit } from './states.ts';

/** 1 for states consistent with the known copies (a `?` copy matches both), else 0. X-linked males: only the maternal copy counts. */
export function knownGenotypeLikelihood(known: KnownGenotype | undefined, hemizygous: boolean): number[] {
  if (hemizygous) {
    return [0, 1].map((s) => (!known || known.maternal === '?' || (known.maternal === 'd') === (s === 1) ? 1 : 0));
  }
  return [0, 1, 2, 3].map((s) => {
    if (!known) return 1;
    const patOk = known.paternal === '?' || (known.paternal === 'd') === (paternalBit(s) === 1);
    const matOk = known.maternal === '?' || (known.maternal === 'd') === (maternalBit(s) === 1);
    return patOk && matOk ? 1 : 0;
  });
}

export function describeEvidence(obs: Observation | undefined, age: number | undefined, known: KnownGenotype | undefined, hemizygous: boolean): string {
  const parts: string[] = [];
  const status = obs?.status ?? 'unknown';
  if (status === 'affected') parts.push(age !== undefined && obs?.age !== undefined ? `affected (onset at ${age})` : 'affected');
  if (status === 'unaffected') parts.push(age !== undefined ? `unaffected at ${age}` : 'unaffected');
  if (known && (known.paternal !== '?' || known.maternal !== '?')) {
    parts.push(hemizygous ? `genotype ${known.maternal}` : `genotype ${known.paternal}/${known.maternal} (paternal/maternal)`);
  }
  return parts.join(', ');
}
