// `layout <file> [--json] [--family NAME]`: where every person and line of the chart goes,
// in the chart's own drawing units (the app's default theme), for scripts and for checking
// a pedigree's drawing quality without a browser. The same document always prints the
// same bytes.
import { readPedigreeFile } from '../readPedigreeFile.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { crossingCount, layoutWidth, meanChildOffset, partnersAdjacent, partnersOnOneRow, sibshipContiguity } from '../../layout/metrics.ts';
import type { LayoutLine, PedigreeLayout } from '../../layout/types.ts';
import { chartLayoutMetrics } from '../../ui/chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../../ui/chart/theme.ts';
import { CliUsageError, type CliCommand } from '../io.ts';
import { count } from '../../engine/words/count.ts';

export const LAYOUT_USAGE = `usage: layout <file> [--json] [--family NAME]
  Lays out a pedigree (native JSON, PED or pedigreejs JSON) as the chart draws it.
  Prints each generation row with its people (pedigree number, id, x) and the layout's
  quality: crossings, partners on one row and side by side, sibships kept together.
  --json         { "people": { id: { "generation", "x", "y", "label" } }, "lines": [ … ] }
                 in drawing units; byte-identical for the same document
  --family NAME  which family of a multi-family PED file to lay out
`;

const round = (v: number) => Math.round(v * 100) / 100;

function lineJson(l: LayoutLine): string {
  const out: Record<string, unknown> = { kind: l.kind, points: l.points.map(([x, y]) => [round(x), round(y)]) };
  if (l.dashed) out.dashed = true;
  if (l.label !== undefined) out.label = l.label;
  if (l.union !== undefined) out.union = l.union;
  if (l.person !== undefined) out.person = l.person;
  return JSON.stringify(out);
}

/** One person or line per text line: readable, diffable, and the same bytes every time. */
export function layoutJson(layout: PedigreeLayout): string {
  const people = Object.entries(layout.people).map(([key, p]) => {
    const entry: Record<string, unknown> = { generation: p.generation, x: round(p.x), y: round(p.y), label: p.label };
    if (p.birthOrder !== undefined) entry.birthOrder = p.birthOrder;
    if (p.duplicateOf !== undefined) entry.duplicateOf = p.duplicateOf;
    return `    ${JSON.stringify(key)}: ${JSON.stringify(entry)}`;
  });
  const lines = layout.lines.map((l) => `    ${lineJson(l)}`);
  const block = (items: string[]) => (items.length === 0 ? '' : `\n${items.join(',\n')}\n  `);
  return `{\n  "people": {${block(people)}},\n  "lines": [${block(lines)}]\n}\n`;
}

const percent = (v: number) => `${Math.round(v * 1000) / 10}%`;

export function layoutSummary(doc: PedigreeDocument, layout: PedigreeLayout): string {
  const rows = new Map<number, string[]>();
  const placements = Object.values(layout.people).sort((a, b) => a.generation - b.generation || a.x - b.x);
  for (const p of placements) rows.set(p.generation, [...(rows.get(p.generation) ?? []), `${p.label} ${p.id} (x ${round(p.x)})`]);
  const out = [`${count(placements.length, 'person', 'people')} in ${count(layout.generations.length, 'generation')}, ${round(layoutWidth(layout))} units wide`];
  for (const g of layout.generations) out.push(`${g.numeral.padEnd(5)} ${(rows.get(g.index) ?? []).join('  ')}`);
  out.push(
    `crossings ${crossingCount(doc, layout)} · partners on one row ${percent(partnersOnOneRow(doc, layout))}` +
      ` · side by side ${percent(partnersAdjacent(doc, layout))} · sibships together ${percent(sibshipContiguity(doc, layout))}` +
      ` · mean child offset ${round(meanChildOffset(doc, layout))}`,
  );
  return `${out.join('\n')}\n`;
}

export const layoutCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(LAYOUT_USAGE);
    return 0;
  }
  let file: string | undefined;
  let json = false;
  let family: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--family') {
      family = args[++i];
      if (family === undefined || family.startsWith('--')) throw new CliUsageError(`--family needs a value\n${LAYOUT_USAGE}`);
    } else if (a.startsWith('-')) throw new CliUsageError(`unknown option "${a}"\n${LAYOUT_USAGE}`);
    else if (file === undefined) file = a;
    else throw new CliUsageError(`only one input file can be laid out at a time, got "${file}" and "${a}"`);
  }
  if (file === undefined) throw new CliUsageError(`no input file given\n${LAYOUT_USAGE}`);
  const doc = readPedigreeFile(io, file, family, { failed: 'laid out' });
  if (!doc) return 1;
  const layout = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));
  io.stdout(json ? layoutJson(layout) : layoutSummary(doc, layout));
  return 0;
};
