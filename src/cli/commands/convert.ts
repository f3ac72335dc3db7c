// `convert <in> <out> [--to json|ped] [--family NAME]`: between the native JSON, PED
// and (input only) pedigreejs formats. The output format comes from --to or the output
// file's extension. A bad input file lists every problem with its line or person and
// exits 1; bad arguments exit 2.
import { importPedigreeFile } from '../../engine/formats/importFile.ts';
import { serializeDocument } from '../../engine/formats/native/native.ts';
import { exportPedReport } from '../../engine/formats/ped/exportPed.ts';
import { formatProblem, type ImportedFamily } from '../../engine/formats/problems.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { CliUsageError, type CliCommand } from '../io.ts';
import { parseFlags, stringFlag } from '../parseFlags.ts';
import { count } from '../../engine/words/count.ts';

export const CONVERT_USAGE = `usage: convert <in> <out> [--to json|ped] [--family NAME]
  Reads native JSON, LINKAGE/PED or pedigreejs JSON; writes native JSON or PED.
  <out> "-" writes to standard output (then --to is required).
  --to json|ped   output format (default: from the extension of <out>: .json, or .ped/.pre/.fam/.txt)
  --family NAME   the family to convert from a multi-family PED file (PED output keeps all by default)
`;

type Target = 'json' | 'ped';

function targetOf(out: string, to: string | undefined): Target {
  if (to !== undefined) {
    if (to === 'json' || to === 'ped') return to;
    throw new CliUsageError(`--to must be json or ped, got "${to}"`);
  }
  if (/\.json$/i.test(out)) return 'json';
  if (/\.(ped|pre|fam|txt)$/i.test(out)) return 'ped';
  throw new CliUsageError(`cannot tell the output format from "${out}": use a .json or .ped name, or --to json|ped`);
}

function pedOf(families: ImportedFamily[] | PedigreeDocument[]): { text: string; notices: string[] } {
  const docs = families.map((f) => ('doc' in f ? f.doc : f));
  const parts = docs.map((d) => exportPedReport(d));
  return { text: parts.map((p) => p.text).join(''), notices: parts.flatMap((p) => p.notices) };
}

export const convertCommand: CliCommand = (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && /^--(to|family)$/.test(args[i - 1]!)));
  const [input, output, ...extra] = positional;
  if (!input || !output) throw new CliUsageError(`convert needs an input and an output file\n${CONVERT_USAGE.trimEnd()}`);
  if (extra.length > 0) throw new CliUsageError(`unexpected argument "${extra[0]}"`);
  const flags = parseFlags(args.filter((a) => a !== input && a !== output), { to: { kind: 'string' }, family: { kind: 'string' } });
  const target = targetOf(output, stringFlag(flags, 'to'));
  const familyName = stringFlag(flags, 'family');

  let text: string;
  try {
    text = io.readFile(input);
  } catch (err) {
    io.stderr(`error: cannot read ${input}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const result = importPedigreeFile(text, input);
  if (!result.ok) {
    io.stderr(`error: ${input} could not be read (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n`);
    for (const p of result.errors) io.stderr(`  ${input}: ${formatProblem(p)}\n`);
    return 1;
  }
  const notices = result.notices.filter((n) => !n.startsWith('The file holds '));
  let families: ImportedFamily[] = result.families ?? [{ name: result.document.meta.familyId ?? '1', doc: result.document }];
  if (familyName !== undefined) {
    const chosen = families.find((f) => f.name === familyName);
    if (!chosen) throw new CliUsageError(`--family "${familyName}" is not in ${input} (families: ${families.map((f) => f.name).join(', ')})`);
    families = [chosen];
  }
  let content: string;
  if (target === 'json') {
    if (families.length > 1) {
      throw new CliUsageError(`${input} holds ${families.length} families (${families.map((f) => f.name).join(', ')}); a JSON file holds one: choose it with --family NAME`);
    }
    content = serializeDocument(families[0]!.doc);
  } else {
    const ped = pedOf(families);
    content = ped.text;
    notices.push(...ped.notices);
    notices.push('PED keeps family, id, parents, sex and affection only; names, twins, deceased status and other details are not written.');
  }
  for (const n of notices) io.stderr(`note: ${n}\n`);
  const people = families.reduce((n, f) => n + f.doc.persons.length, 0);
  if (output === '-') io.stdout(content);
  else io.writeFile(output, content);
  io.stderr(`wrote ${output === '-' ? 'standard output' : output} (${target}, ${count(people, 'person', 'people')}${families.length > 1 ? `, ${families.length} families` : ''})\n`);
  return 0;
};
