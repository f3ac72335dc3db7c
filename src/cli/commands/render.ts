// `render <file> [-o out.svg] [--privacy] …`: the app's SVG export without a browser.
// Same import, same layout, same drawing components (rendered with react-dom/server),
// so a batch of figures for a paper or a handout matches what the app shows.
import { readPedigreeFile } from '../readPedigreeFile.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../ui/chart/chartMetrics.ts';
import { DEFAULT_THEME, PRESENTATION_THEME } from '../../ui/chart/theme.ts';
import { renderPedigreeSvg } from '../../ui/export/renderSvg.tsx';
import { CliUsageError, type CliCommand } from '../io.ts';
import { count } from '../../engine/words/count.ts';

export const RENDER_USAGE = `usage: render <file> [-o out.svg] [--privacy] [--no-legend] [--no-genotypes]
              [--presentation] [--scale N] [--condition ID] [--family NAME]
  Draws a pedigree (native JSON, PED or pedigreejs JSON) as a standalone SVG, the same
  figure as the app's "Export SVG". Without -o the SVG goes to standard output.
  --privacy       names, ages and dates hidden, pedigree numbers only
  --no-legend     no key beside the pedigree
  --no-genotypes  no copy boxes under the symbols
  --presentation  larger symbols and text, for projection
  --scale N       multiply the file's width and height (default 1)
  --condition ID  the condition whose copies and silencing are shown
  --family NAME   which family of a multi-family PED file to draw
`;

interface RenderArgs {
  file: string;
  out?: string;
  privacy: boolean;
  legend: boolean;
  genotypes: boolean;
  presentation: boolean;
  scale: number;
  condition?: string;
  family?: string;
}

function parseArgs(args: string[]): RenderArgs {
  const parsed: Partial<RenderArgs> & Omit<RenderArgs, 'file'> = { privacy: false, legend: true, genotypes: true, presentation: false, scale: 1 };
  const value = (i: number, flag: string): string => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new CliUsageError(`${flag} needs a value\n${RENDER_USAGE}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') parsed.out = value(i++, a);
    else if (a === '--privacy') parsed.privacy = true;
    else if (a === '--no-legend') parsed.legend = false;
    else if (a === '--no-genotypes') parsed.genotypes = false;
    else if (a === '--presentation') parsed.presentation = true;
    else if (a === '--condition') parsed.condition = value(i++, a);
    else if (a === '--family') parsed.family = value(i++, a);
    else if (a === '--scale') {
      const raw = value(i++, a);
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0 || n > 20) throw new CliUsageError(`--scale must be a number above 0 and at most 20, got "${raw}"`);
      parsed.scale = n;
    } else if (a.startsWith('-')) throw new CliUsageError(`unknown option "${a}"\n${RENDER_USAGE}`);
    else if (parsed.file === undefined) parsed.file = a;
    else throw new CliUsageError(`only one input file can be drawn at a time, got "${parsed.file}" and "${a}"`);
  }
  if (parsed.file === undefined) throw new CliUsageError(`no input file given\n${RENDER_USAGE}`);
  return parsed as RenderArgs;
}

export const renderCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(RENDER_USAGE);
    return 0;
  }
  const a = parseArgs(args);
  let doc = readPedigreeFile(io, a.file, a.family, { failed: 'drawn', firstOfSeveral: 'drawing the first' });
  if (!doc) return 1;
  if (a.condition !== undefined) {
    if (!doc.conditions.some((c) => c.id === a.condition)) {
      throw new CliUsageError(`no condition "${a.condition}" in "${a.file}" (conditions: ${doc.conditions.map((c) => c.id).join(', ') || 'none'})`);
    }
    doc = { ...doc, activeConditionId: a.condition };
  }
  const theme = a.presentation ? PRESENTATION_THEME : DEFAULT_THEME;
  const layout = layoutPedigree(doc, chartLayoutMetrics(theme));
  const { svg, width, height } = renderPedigreeSvg(doc, layout, {
    privacy: a.privacy,
    legend: a.legend,
    showGenotypes: a.genotypes,
    theme,
    scale: a.scale,
  });
  if (a.out === undefined) {
    io.stdout(svg);
    return 0;
  }
  io.writeFile(a.out, svg);
  io.stderr(`wrote ${a.out} (${width}×${height}, ${count(doc.persons.length, 'person', 'people')})\n`);
  return 0;
};
