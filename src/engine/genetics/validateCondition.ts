// Checks a condition model before the engine uses it (issue 2, "Condition models"):
// every problem names the field, so a form or an import can point at it.
import type { Condition } from './condition.ts';
import { HEMIZYGOUS_GENOTYPES, ORDERED_GENOTYPES } from './genotype.ts';

export interface ConditionProblem {
  /** Path of the offending field, e.g. "penetrance['d/+']". */
  field: string;
  message: string;
}

const MODES = ['AD', 'AR', 'XD', 'XR', 'PAT', 'MAT', 'custom'];
/** Sub-probabilities are typed by people; allow rounding in the last digits. */
const SUM_TOLERANCE = 1e-6;

type Report = (field: string, message: string) => void;
type Loose = Record<string, unknown>;

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkProbability(value: unknown, field: string, report: Report): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) report(field, `${field} must be a number, got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`);
  else if (value < 0 || value > 1) report(field, `${field} = ${value} is outside [0,1]`);
}

function checkText(value: unknown, field: string, report: Report): void {
  if (typeof value !== 'string' || value.trim() === '') report(field, `${field} must be a non-empty text`);
}

function checkTable(table: unknown, keys: readonly string[], field: string, report: Report): void {
  if (!isRecord(table)) return report(field, `${field} is missing (needs ${keys.map((k) => `'${k}'`).join(', ')})`);
  for (const key of keys) checkProbability(table[key], `${field}['${key}']`, report);
}

function checkPhenotypes(phenotypes: unknown, genotypes: readonly string[], report: Report): void {
  if (phenotypes === undefined) return;
  if (!isRecord(phenotypes)) return report('phenotypes', 'phenotypes must map genotypes to lists of outcomes');
  for (const [genotype, outcomes] of Object.entries(phenotypes)) {
    const field = `phenotypes['${genotype}']`;
    if (!genotypes.includes(genotype)) report(field, `${field}: "${genotype}" is not a genotype of this condition (${genotypes.join(', ')})`);
    if (!Array.isArray(outcomes) || outcomes.length === 0) {
      report(field, `${field} must list at least one outcome`);
      continue;
    }
    let sum = 0;
    outcomes.forEach((o: unknown, i) => {
      const item = isRecord(o) ? o : {};
      checkText(item.label, `${field}[${i}].label`, report);
      checkProbability(item.probability, `${field}[${i}].probability`, report);
      if (typeof item.probability === 'number') sum += item.probability;
    });
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      report(field, `${field} sub-probabilities sum to ${Number(sum.toFixed(6))}, not 1`);
    }
  }
}

function checkAgeOfOnset(curve: unknown, report: Report): void {
  if (curve === undefined) return;
  const points = isRecord(curve) ? curve.points : undefined;
  if (!Array.isArray(points) || points.length === 0) return report('ageOfOnset.points', 'ageOfOnset.points must list at least one (age, fraction) point');
  let previous: { age: number; fraction: number } | undefined;
  points.forEach((p: unknown, i) => {
    const field = `ageOfOnset.points[${i}]`;
    const point = isRecord(p) ? p : {};
    const { age, fraction } = point;
    if (typeof age !== 'number' || !Number.isFinite(age) || age < 0) return report(`${field}.age`, `${field}.age must be an age in years ≥ 0`);
    checkProbability(fraction, `${field}.fraction`, report);
    if (typeof fraction !== 'number') return;
    if (previous && age <= previous.age) report(`${field}.age`, `${field}.age = ${age} is not after the previous age ${previous.age}: ages must increase`);
    if (previous && fraction < previous.fraction) report(`${field}.fraction`, `${field}.fraction = ${fraction} is below the previous ${previous.fraction}: the curve is cumulative`);
    previous = { age, fraction };
  });
  const last = points[points.length - 1] as Loose | undefined;
  if (last && typeof last.fraction === 'number' && Math.abs(last.fraction - 1) > SUM_TOLERANCE) {
    report(`ageOfOnset.points[${points.length - 1}].fraction`, `ageOfOnset must reach fraction 1 at its last point (it ends at ${last.fraction}); penetrance already holds the lifetime risk`);
  }
}

/** All problems with a condition model; an empty list means the engine can use it. */
export function validateCondition(condition: Condition | unknown): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const report: Report = (field, message) => void problems.push({ field, message });
  if (!isRecord(condition)) return [{ field: '(condition)', message: 'a condition must be an object' }];
  const c = condition;

  checkText(c.id, 'id', report);
  checkText(c.name, 'name', report);
  checkText(c.gene, 'gene', report);
  checkText(c.expressedCopy, 'expressedCopy', report);
  checkText(c.description, 'description', report);
  if (c.chromosome !== 'autosomal' && c.chromosome !== 'X') report('chromosome', `chromosome must be 'autosomal' or 'X', got ${JSON.stringify(c.chromosome)}`);
  if (!MODES.includes(c.mode as string)) report('mode', `mode must be one of ${MODES.join(', ')}, got ${JSON.stringify(c.mode)}`);
  checkProbability(c.q, 'q', report);
  checkTable(c.penetrance, ORDERED_GENOTYPES, 'penetrance', report);

  const isX = c.chromosome === 'X';
  if (isX) checkTable(c.malePenetrance, HEMIZYGOUS_GENOTYPES, 'malePenetrance', report);
  else if (c.malePenetrance !== undefined) report('malePenetrance', 'malePenetrance is only for X-linked conditions (this one is autosomal)');

  const genotypes: readonly string[] = isX ? [...ORDERED_GENOTYPES, ...HEMIZYGOUS_GENOTYPES] : ORDERED_GENOTYPES;
  checkPhenotypes(c.phenotypes, genotypes, report);
  if (c.nonViable !== undefined) {
    if (!Array.isArray(c.nonViable)) report('nonViable', 'nonViable must be a list of genotypes');
    else
      c.nonViable.forEach((g: unknown, i) => {
        if (!genotypes.includes(g as string)) report(`nonViable[${i}]`, `nonViable[${i}] = ${JSON.stringify(g)} is not a genotype of this condition`);
        else if (g === '+/+' || g === '+') report(`nonViable[${i}]`, `nonViable[${i}]: the genotype without the variant ('${g}') cannot be non-viable`);
      });
  }
  checkAgeOfOnset(c.ageOfOnset, report);
  checkTable(c.deNovo, ['paternal', 'maternal'], 'deNovo', report);
  checkTable(c.transmissionRatio, ['paternal', 'maternal'], 'transmissionRatio', report);
  checkTable(c.expression, ['paternal', 'maternal'], 'expression', report);
  if (!Array.isArray(c.references)) report('references', 'references must be a list (it may be empty)');
  else
    c.references.forEach((r: unknown, i) => {
      checkText(isRecord(r) ? r.citation : undefined, `references[${i}].citation`, report);
    });
  return problems;
}
