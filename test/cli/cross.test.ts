import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (p) => files.get(p) ?? '',
    writeFile: (p, c) => void files.set(p, String(c)),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files };
}

async function run(...argv: string[]) {
  const f = fakeIo();
  const code = await runCli(argv, f.io);
  return { code, out: f.out(), err: f.err(), files: f.files };
}

describe('cli cross', () => {
  it('prints the GNAS square as JSON in the issue’s shape: a father’s d/+ gives PPHP/POH, never PHP1a', async () => {
    const r = await run('cross', '--father', 'd/+', '--mother', '+/+', '--condition', 'gnas', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.children).toEqual([
      { genotype: '+/+', probability: 0.5, viable: true, affected: 0, phenotypes: {} },
      { genotype: 'd/+', probability: 0.5, viable: true, affected: 1, phenotypes: { PPHP: 0.8, POH: 0.1, 'osteoma cutis': 0.1 } },
    ]);
    expect(json.affected).toBe(0.5);
    expect(json.explanation.join(' ')).toContain('as the child’s paternal copy');
  });

  it('prints a readable table with the explanation', async () => {
    const r = await run('cross', '--father', '+/+', '--mother', 'd/+', '--condition', 'gnas');
    expect(r.out).toContain('+/d    59%          100%      PHP1a 100%');
    expect(r.out).toContain('P(affected) per child: 59%');
    expect(r.out).toContain('Why:\n  The mother carries the variant on her paternal copy');
  });

  it('accepts --mode PAT and reports non-viable conceptions per conception and among live births', async () => {
    const pat = JSON.parse((await run('cross', '--father', '+/d', '--mother', '+/+', '--mode', 'PAT', '--json')).out);
    expect(pat.affected).toBe(0.5);
    const gnas = JSON.parse((await run('cross', '--father', 'd/+', '--mother', 'd/+', '--condition', 'gnas', '--json')).out);
    expect(gnas.children.find((c: { genotype: string }) => c.genotype === 'd/d')).toMatchObject({ viable: false, probability: 0.295 });
    expect(gnas.viable).toBe(0.705);
  });

  it('splits X-linked results by sons and daughters and filters by --sex', async () => {
    const both = JSON.parse((await run('cross', '--father', 'd', '--mother', '+/+', '--mode', 'XR', '--json')).out);
    expect(both.sons.children).toEqual([{ genotype: '+', probability: 1, viable: true, affected: 0, phenotypes: {} }]);
    expect(both.daughters.children).toEqual([{ genotype: 'd/+', probability: 1, viable: true, affected: 0, phenotypes: {} }]);
    const sons = JSON.parse((await run('cross', '--father', '+', '--mother', '+/d', '--mode', 'XR', '--sex', 'M', '--json')).out);
    expect(Object.keys(sons)).not.toContain('daughters');
    expect(sons.explanation.join(' ')).not.toContain('each daughter');
    expect(sons.sons.affected).toBe(0.5);
  });

  it('uses the age curve with --age', async () => {
    const r = JSON.parse((await run('cross', '--father', 'd/+', '--mother', '+/+', '--condition', 'sdhd', '--age', '40', '--json')).out);
    expect(r.affected).toBe(0.27);
    expect(r.explanation.join(' ')).toContain('by age 40, read from the age-of-onset curve');
    expect(r.explanation.join(' ')).toContain('Overall, each child is affected with probability 27%');
  });

  it.each([
    [['--father', 'd/+', '--mother', '+/+', '--condition', 'nope'], '--condition: unknown preset "nope"'],
    [['--father', 'x', '--mother', '+/+', '--mode', 'AD'], '--father "x": expected paternal/maternal copies'],
    [['--father', 'd/+', '--mother', '+/+', '--mode', 'XR'], '--father "d/+": for an X-linked condition a man has one X'],
    [['--father', 'd/+', '--mother', '+/+', '--mode', 'ZZ'], '--mode must be one of AD, AR, XD, XR, PAT, MAT, got "ZZ"'],
    [['--father', 'd/+', '--mother', '+/+', '--mode', 'AD', '--sex', 'M'], '--sex is only for X-linked conditions'],
    [['--father', 'd', '--mother', '+/+', '--mode', 'XR', '--sex', 'X'], '--sex must be M or F, got "X"'],
    [['--mother', '+/+', '--mode', 'AD'], '--father <genotype> is required'],
    [['--father', 'd/+', '--mother', '+/+'], '--condition <preset> or --mode'],
    [['--father', 'd/+', '--mother', '+/+', '--mode', 'AD', '--colour', 'red'], 'unknown option --colour'],
    [['--father', 'd/+', '--mother', '+/+', '--mode', 'AD', '--age', '-3'], '--age must be a number from 0 to 130, got "-3"'],
  ])('refuses %j with one line naming the argument', async (args, message) => {
    const r = await run('cross', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('cli simulate', () => {
  it('writes the same family for the same seed and a different one for another', async () => {
    const a = await run('simulate', '--condition', 'gnas', '--generations', '3', '--seed', '42');
    const b = await run('simulate', '--condition', 'gnas', '--generations', '3', '--seed', '42');
    const c = await run('simulate', '--condition', 'gnas', '--generations', '3', '--seed', '43');
    expect(a.out).toBe(b.out);
    expect(a.out).not.toBe(c.out);
    const doc = JSON.parse(a.out);
    expect(doc.format).toBe('imprint-lab');
    expect(doc.activeConditionId).toBe('gnas');
    expect(doc.meta.notes).toContain('Seed: 42.');
  });

  it('writes to -o and prints a one-line summary', async () => {
    const r = await run('simulate', '--mode', 'XR', '--generations', '4', '--seed', 'lesson-1', '-o', 'family.json');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote family\.json: \d+ people over 4 generations, \d+ affected, \d+ carrying the variant \(mode-XR, seed lesson-1\)\n$/);
    expect(JSON.parse(r.files.get('family.json')!).persons.length).toBeGreaterThan(2);
  });

  it.each([
    [['--condition', 'gnas', '--seed', '1'], '--generations N is required'],
    [['--condition', 'gnas', '--generations', '0', '--seed', '1'], '--generations must be a whole number from 1 to 8, got "0"'],
    [['--condition', 'gnas', '--generations', '2.5', '--seed', '1'], 'got "2.5"'],
    [['--condition', 'gnas', '--generations', '3'], '--seed S is required'],
    [['--condition', 'gnas', '--generations', '3', '--seed'], '--seed needs a value'],
  ])('refuses %j with one line naming the argument', async (args, message) => {
    const r = await run('simulate', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('the real CLI process', () => {
  it('runs `cross` through npx tsx: one error line on stderr and exit code 2 for a bad genotype', () => {
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'cross', '--father', 'q', '--mother', '+/+', '--mode', 'AD'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --father "q": expected paternal/maternal copies "+/+", "d/+", "+/d" or "d/d"\n');
  }, 30_000);
});
