// `render`: the app's SVG export from the command line, same import, layout and drawing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../src/ui/chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../../src/ui/chart/theme.ts';
import { renderPedigreeSvg } from '../../src/ui/export/renderSvg.tsx';
import { gnasFamily } from '../fixtures/chartFamilies.ts';

function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
      return files[p]!;
    },
    writeFile: (p, c) => (out.written[p] = String(c)),
  };
  return { io, out };
}

const familyJson = JSON.stringify(gnasFamily());

describe('render command', () => {
  it('writes the same SVG as the app’s export of the same document', async () => {
    const { io, out } = fakeIo({ 'family.json': familyJson });
    expect(await runCli(['render', 'family.json', '-o', 'family.svg'], io)).toBe(0);
    const doc = gnasFamily();
    const expected = renderPedigreeSvg(doc, layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME))).svg;
    expect(out.written['family.svg']).toBe(expected);
    expect(out.stderr).toMatch(/^wrote family\.svg \(\d+×\d+, 9 people\)\n$/);
  });

  it('leaves names out with --privacy and writes to standard output without -o', async () => {
    const { io, out } = fakeIo({ 'family.json': familyJson });
    expect(await runCli(['render', 'family.json', '--privacy'], io)).toBe(0);
    expect(out.stdout).toContain('<svg');
    expect(out.stdout).not.toContain('Dora');
    expect(out.stdout).toContain('>II-2<');
  });

  it('lists every problem of a broken file and writes nothing', async () => {
    const broken = JSON.stringify({ ...gnasFamily(), persons: [{ id: 'x', gender: 'robot', observations: {} }] });
    const { io, out } = fakeIo({ 'bad.json': broken });
    expect(await runCli(['render', 'bad.json', '-o', 'bad.svg'], io)).toBe(1);
    expect(out.stderr).toMatch(/^error: "bad\.json" could not be drawn:\n {2}\S/);
    expect(out.written).toEqual({});
  });

  it('names a missing file, an unknown option and a bad scale', async () => {
    const missing = fakeIo({});
    expect(await runCli(['render', 'nope.json'], missing.io)).toBe(1);
    expect(missing.out.stderr).toContain('cannot read "nope.json"');
    const option = fakeIo({ 'family.json': familyJson });
    expect(await runCli(['render', 'family.json', '--colour'], option.io)).toBe(2);
    expect(option.out.stderr).toContain('unknown option "--colour"');
    const scale = fakeIo({ 'family.json': familyJson });
    expect(await runCli(['render', 'family.json', '--scale', 'big'], scale.io)).toBe(2);
    expect(scale.out.stderr).toContain('--scale must be a number above 0 and at most 20, got "big"');
  });

  it('runs as a real process and writes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-'));
    writeFileSync(join(dir, 'family.json'), familyJson);
    const run = promisify(execFile);
    const { stderr } = await run('npx', ['tsx', 'src/cli/main.ts', 'render', join(dir, 'family.json'), '-o', join(dir, 'family.svg'), '--privacy']);
    expect(stderr).toContain('wrote');
    const svg = readFileSync(join(dir, 'family.svg'), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Affected: PHP1a (GNAS)');
    expect(svg).not.toContain('Arthur');
  }, 60_000);
});
