// Words about a person: the text below the symbol in NSGC order (S12: age, evaluation,
// then pedigree number; name first unless privacy, L10) and the accessible name that
// screen readers and tests use ("II-3, woman, affected: PHP1a, variant on …").
import type { Condition } from '../../engine/genetics/condition.ts';
import type { Observation, Person } from '../../engine/document/types.ts';
import { fillKeyOf, type FillKey } from './fillKeys.ts';

const GENDER_WORD: Record<Person['gender'], string> = {
  man: 'man',
  woman: 'woman',
  nonbinary: 'non-binary person',
  unknown: 'person of unknown gender',
};

const PREGNANCY_WORD = {
  ongoing: 'ongoing pregnancy',
  miscarriage: 'miscarriage',
  termination: 'termination of pregnancy',
  ectopic: 'ectopic pregnancy',
  stillbirth: 'stillbirth',
} as const;

/** Text inside the symbol (S8, S9): "P" for an ongoing pregnancy, a count, or "n". */
export function insideText(person: Person): string | null {
  if (person.pregnancy?.outcome === 'ongoing') return 'P';
  if (person.count !== undefined) return String(person.count);
  return null;
}

/** Lines below the symbol, top to bottom. */
export function textBelow(person: Person, label: string, privacy: boolean): string[] {
  const lines: string[] = [];
  const name = person.name?.trim();
  if (name && !privacy) lines.push(name);
  const weeks = person.pregnancy?.gestationWeeks;
  const wk = weeks !== undefined ? ` ${weeks} wk` : '';
  switch (person.pregnancy?.outcome) {
    case 'stillbirth':
      lines.push(`SB${wk}`);
      break;
    case 'ectopic':
      lines.push('ECT');
      break;
    case 'miscarriage':
    case 'termination':
    case 'ongoing':
      if (wk) lines.push(wk.trim());
      break;
    default:
      // Privacy (L10: pedigree numbers only) hides ages and years too: with a name gone, an
      // age is still what identifies someone in a small family.
      if (person.deceased) lines.push(person.deceased.age !== undefined && !privacy ? `d. ${person.deceased.age} y` : 'd.');
      else if (privacy) break;
      else if (person.age !== undefined) lines.push(`${person.age} y`);
      else if (person.birthYear !== undefined) lines.push(`b. ${person.birthYear}`);
  }
  if (person.sexAssignedAtBirth) lines.push(person.sexAssignedAtBirth);
  lines.push(label);
  return lines;
}

function describeStatus(obs: Observation | undefined, condition: Condition, fills: ReadonlyMap<string, FillKey>, several: boolean): string {
  const suffix = several ? ` (${condition.shortName ?? condition.name})` : '';
  if (!obs || obs.status === 'unknown') return `status unknown${suffix}`;
  if (obs.status === 'affected') {
    const phenotype = obs.phenotype?.trim();
    if (phenotype) return `affected: ${phenotype}${suffix}`;
    return `affected: ${fills.get(fillKeyOf(condition.id, undefined))?.label ?? condition.name}`;
  }
  if (obs.carrierMark === 'presymptomatic') return `presymptomatic carrier${suffix}`;
  if (obs.carrierMark === 'carrier') return `carrier${suffix}`;
  return `unaffected${suffix}`;
}

export interface NameParts {
  person: Person;
  label: string;
  privacy: boolean;
  conditions: readonly Condition[];
  fills: ReadonlyMap<string, FillKey>;
  /** From `describeCopies`, or null when copies are unknown or hidden. */
  copies: string | null;
  duplicate?: boolean;
}

export function accessibleName({ person, label, privacy, conditions, fills, copies, duplicate }: NameParts): string {
  const parts: string[] = [label];
  const name = person.name?.trim();
  if (name && !privacy) parts.push(name);
  parts.push(person.pregnancy ? PREGNANCY_WORD[person.pregnancy.outcome] : GENDER_WORD[person.gender]);
  if (person.count !== undefined) parts.push(person.count === 'n' ? 'an unknown number of individuals' : `${person.count} individuals`);
  for (const c of conditions) parts.push(describeStatus(person.observations[c.id], c, fills, conditions.length > 1));
  if (person.deceased) parts.push(person.deceased.age !== undefined && !privacy ? `deceased at ${person.deceased.age}` : 'deceased');
  if (person.proband) parts.push('proband');
  if (person.consultand) parts.push('consultand');
  if (person.adopted) parts.push(person.adopted === 'in' ? 'adopted in' : 'adopted out');
  if (copies) parts.push(copies);
  if (duplicate) parts.push('drawn a second time');
  return parts.join(', ');
}
