// `layout`: rows and quality as text, or every position and line as JSON, for any file the
// app opens; the same document always prints the same bytes.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { firstCousinFamily } from '../fixtures/documents.ts';
import { trio } from '../layout/fixtures/pedigrees.ts';

function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
      return files[p]!;
    },
    writeFile: () => undefined,
  };
  return { io, out };
}

const TRIO_JSON = `{
  "people": {
    "p1": {"generation":0,"x":0,"y":0,"label":"I-1"},
    "p2": {"generation":0,"x":73.92,"y":0,"label":"I-2"},
    "p3": {"generation":1,"x":36.96,"y":159,"label":"II-1"}
  },
  "lines": [
    {"kind":"union","points":[[20,0],[53.92,0]],"union":"u1"},
    {"kind":"descent","points":[[36.96,0],[36.96,103.35]],"union":"u1"},
    {"kind":"child","points":[[36.96,103.35],[36.96,139]],"union":"u1","person":"p3"}
  ]
}
`;

describe('layout command', () => {
  it('prints a trio’s positions and lines as JSON in the chart’s drawing units', async () => {
    const { io, out } = fakeIo({ 'trio.json': JSON.stringify(trio()) });
    expect(await runCli(['layout', 'trio.json', '--json'], io)).toBe(0);
    expect(out.stdout).toBe(TRIO_JSON);
    expect(out.stderr).toBe('');
  });

  it('prints each row with pedigree numbers and the layout’s quality as text', async () => {
    const { io, out } = fakeIo({ 'cousins.json': JSON.stringify(firstCousinFamily()) });
    expect(await runCli(['layout', 'cousins.json'], io)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('9 people in 4 generations, 261.76 units wide');
    expect(lines[1]).toBe('I     I-1 p1 (x 73.92)  I-2 p2 (x 147.84)');
    expect(lines[2]).toBe('II    II-1 p5 (x 0)  II-2 p3 (x 73.92)  II-3 p4 (x 147.84)  II-4 p6 (x 221.76)');
    expect(lines[5]).toBe('crossings 0 · partners on one row 100% · side by side 100% · sibships together 100% · mean child offset 0');
  });

  it('reads PED files through the same importer as the app', async () => {
    const { io, out } = fakeIo({ 'trio.ped': 'fam1 1 0 0 1 1\nfam1 2 0 0 2 1\nfam1 3 1 2 2 2\n' });
    expect(await runCli(['layout', 'trio.ped'], io)).toBe(0);
    expect(out.stdout.split('\n').slice(1, 3)).toEqual(['I     I-1 1 (x 0)  I-2 2 (x 73.92)', 'II    II-1 3 (x 36.96)']);
  });

  it('gives byte-identical output for the same document read twice', async () => {
    const files = { 'a.json': JSON.stringify(firstCousinFamily()) };
    const first = fakeIo(files);
    const second = fakeIo(files);
    await runCli(['layout', 'a.json', '--json'], first.io);
    await runCli(['layout', 'a.json', '--json'], second.io);
    expect(second.out.stdout).toBe(first.out.stdout);
  });

  it('names every problem of a file it cannot read, with exit code 1', async () => {
    const { io, out } = fakeIo({ 'bad.json': '{"format":"imprint-lab"' });
    expect(await runCli(['layout', 'bad.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/^error: "bad\.json" could not be laid out:\n {2}line 1: The file is not valid JSON/);
    expect(await runCli(['layout', 'missing.json'], io)).toBe(1);
    expect(out.stderr).toContain('error: cannot read "missing.json": ENOENT');
  });

  it('rejects an unknown option or a missing file argument with usage and exit code 2', async () => {
    const { io, out } = fakeIo({});
    expect(await runCli(['layout', 'x.json', '--svg'], io)).toBe(2);
    expect(out.stderr).toMatch(/^error: unknown option "--svg"\nusage: layout <file>/);
    expect(await runCli(['layout'], io)).toBe(2);
    expect(out.stderr).toContain('error: no input file given');
  });

  it('prints the same JSON from a real process as in-process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-cli-'));
    const file = join(dir, 'trio.json');
    writeFileSync(file, JSON.stringify(trio()));
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'layout', file, '--json']);
    expect(stdout).toBe(TRIO_JSON);
  }, 30_000);
});
