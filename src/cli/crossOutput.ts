// Output of `cross`: the JSON shape of issue 2 and a plain-text parent-of-origin table.
import type { Condition } from '../engine/genetics/condition.ts';
import type { ChildOutcome, CrossDistribution, CrossResult } from '../engine/genetics/cross.ts';
import { percent } from '../engine/genetics/explainWords.ts';

/** Drop floating-point dust such as 0.29500000000000004 without changing real digits. */
const clean = (x: number) => Number(x.toPrecision(12));

function childJson(c: ChildOutcome) {
  const phenotypes = Object.fromEntries(Object.entries(c.phenotypes).map(([k, v]) => [k, clean(v)]));
  return { genotype: c.genotype, probability: clean(c.probability), viable: c.viable, affected: clean(c.affected), phenotypes };
}

/** Rows with probability 0 are left out, as in a hand-drawn Punnett square. */
export function distributionJson(d: CrossDistribution) {
  return {
    children: d.children.filter((c) => c.probability > 0).map(childJson),
    affected: clean(d.affected),
    viable: clean(d.viable),
    affectedAmongLiveBirths: clean(d.affectedAmongLiveBirths),
  };
}

export interface CrossReport {
  condition: Condition;
  father: string;
  mother: string;
  result: CrossResult;
  /** Only this sex of child, for X-linked conditions. */
  sex?: 'sons' | 'daughters';
  explanation: string[];
}

export function crossJson(r: CrossReport) {
  const head = { condition: r.condition.id, father: r.father, mother: r.mother };
  if (r.result.chromosome === 'autosomal') return { ...head, ...distributionJson(r.result), explanation: r.explanation };
  const sons = distributionJson(r.result.sons);
  const daughters = distributionJson(r.result.daughters);
  const bySex = r.sex === 'sons' ? { sons } : r.sex === 'daughters' ? { daughters } : { sons, daughters };
  return { ...head, ...bySex, explanation: r.explanation };
}

function table(d: CrossDistribution, title: string, noun: string): string[] {
  const rows = d.children
    .filter((c) => c.probability > 0)
    .map((c) => {
      const phenotypes = Object.entries(c.phenotypes).map(([k, v]) => `${k} ${percent(v)}`);
      return [c.genotype, percent(c.probability), c.viable ? percent(c.affected) : 'not viable', phenotypes.join(', ') || '—'];
    });
  const header = ['child', 'probability', 'affected', 'phenotypes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const lines = [title, line(header), ...rows.map(line)];
  lines.push(`P(affected) per ${d.viable < 1 ? 'conception' : noun}: ${percent(d.affected)}`);
  if (d.viable < 1) lines.push(`P(affected) among live births: ${percent(d.affectedAmongLiveBirths)}`);
  return lines;
}

export function crossText(r: CrossReport): string {
  const c = r.condition;
  const lines = [`${c.name}: father ${r.father} × mother ${r.mother}`, `Expression: ${c.expressedCopy}`, 'Genotypes are paternal/maternal copy (the father’s copy first).', ''];
  if (r.result.chromosome === 'autosomal') lines.push(...table(r.result, 'Children', 'child'));
  else {
    if (r.sex !== 'daughters') lines.push(...table(r.result.sons, 'Sons (one X, from the mother)', 'son'), '');
    if (r.sex !== 'sons') lines.push(...table(r.result.daughters, 'Daughters (father’s X / mother’s X)', 'daughter'));
  }
  lines.push('', 'Why:', ...r.explanation.map((s) => `  ${s}`));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
