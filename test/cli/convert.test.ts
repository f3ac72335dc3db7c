// `convert`: between native JSON, PED and pedigreejs, in-process and as a real process.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { parseDocument } from '../../src/engine/formats/native/native.ts';

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

const TRIO = 'F 1 0 0 1 1\nF 2 0 0 2 1\nF 3 1 2 2 2\n';

describe('convert command', () => {
  it('converts PED to native JSON and back to the same PED', async () => {
    const { io, out } = fakeIo({ 'trio.ped': TRIO });
    expect(await runCli(['convert', 'trio.ped', 'trio.json'], io)).toBe(0);
    const parsed = parseDocument(out.written['trio.json']!);
    expect(parsed.ok && parsed.document.persons.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(out.stderr).toBe('wrote trio.json (json, 3 people)\n');
    const back = fakeIo({ 'trio.json': out.written['trio.json']! });
    expect(await runCli(['convert', 'trio.json', 'again.ped'], back.io)).toBe(0);
    expect(back.out.written['again.ped']).toBe(TRIO.replace(/ /g, '\t'));
  });
  it('counts one person in the singular', async () => {
    const { io, out } = fakeIo({ 'one.ped': 'F 1 0 0 2 2\n' });
    expect(await runCli(['convert', 'one.ped', 'one.json'], io)).toBe(0);
    expect(out.stderr).toBe('wrote one.json (json, 1 person)\n');
  });
  it('chooses the format with --to and writes to standard output with "-"', async () => {
    const { io, out } = fakeIo({ 'trio.txt': TRIO });
    expect(await runCli(['convert', 'trio.txt', '-', '--to', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).format).toBe('imprint-lab');
  });
  it('keeps every family in PED output and asks for --family for JSON', async () => {
    const two = 'A 1 0 0 1 1\nB 1 0 0 2 2\n';
    const ped = fakeIo({ 'two.ped': two });
    expect(await runCli(['convert', 'two.ped', 'out.ped'], ped.io)).toBe(0);
    expect(ped.out.written['out.ped']).toBe('A\t1\t0\t0\t1\t1\nB\t1\t0\t0\t2\t2\n');
    const json = fakeIo({ 'two.ped': two });
    expect(await runCli(['convert', 'two.ped', 'out.json'], json.io)).toBe(2);
    expect(json.out.stderr).toBe('error: two.ped holds 2 families (A, B); a JSON file holds one: choose it with --family NAME\n');
    const chosen = fakeIo({ 'two.ped': two });
    expect(await runCli(['convert', 'two.ped', 'b.json', '--family', 'B'], chosen.io)).toBe(0);
    expect(JSON.parse(chosen.out.written['b.json']!).persons[0].gender).toBe('woman');
  });
  it('lists every problem of a bad file with its line and exits 1', async () => {
    const { io, out } = fakeIo({ 'bad.ped': 'F 1 0 0 1 1\nF 2 0\nF 3 1 0 2 5\n' });
    expect(await runCli(['convert', 'bad.ped', 'out.json'], io)).toBe(1);
    expect(out.stderr).toBe(
      'error: bad.ped could not be read (2 problems):\n' +
        '  bad.ped: line 2: Expected at least 5 columns (family, individual, father, mother, sex), found 3: "F 2 0".\n' +
        '  bad.ped: line 3, person 3: The affection column must be 2 (affected), 1 (unaffected) or 0 / -9 (unknown); found "5".\n',
    );
    expect(out.written).toEqual({});
  });
  it('names a missing file and an unknown output format', async () => {
    const missing = fakeIo({});
    expect(await runCli(['convert', 'nope.ped', 'out.json'], missing.io)).toBe(1);
    expect(missing.out.stderr).toBe("error: cannot read nope.ped: ENOENT: no such file, open 'nope.ped'\n");
    const unknown = fakeIo({ 'trio.ped': TRIO });
    expect(await runCli(['convert', 'trio.ped', 'out.xyz'], unknown.io)).toBe(2);
    expect(unknown.out.stderr).toBe('error: cannot tell the output format from "out.xyz": use a .json or .ped name, or --to json|ped\n');
    const bad = fakeIo({ 'trio.ped': TRIO });
    expect(await runCli(['convert', 'trio.ped', 'out.json', '--to', 'xml'], bad.io)).toBe(2);
  });
  it('runs as a real process: exit 1 with every problem on a bad file, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    writeFileSync(join(dir, 'bad.json'), '[{"name": "a", "sex": "Q"}, {"name": "b", "sex": "F", "mother": "zz"}]');
    const run = promisify(execFile);
    const failed = await run('npx', ['tsx', 'src/cli/main.ts', 'convert', join(dir, 'bad.json'), join(dir, 'x.ped')]).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stderr).toContain('could not be read (2 problems):');
    expect(failed.stderr).toContain('person a: a: "sex" must be M, F or U (got "Q").');
    expect(failed.stderr).toContain('person b: b\'s mother "zz" is not in the file.');
    expect(existsSync(join(dir, 'x.ped'))).toBe(false);
  }, 30_000);
});
