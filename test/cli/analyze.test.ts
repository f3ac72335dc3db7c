// `analyze` and `compare` in-process with a fake CliIO, plus one real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

// LINKAGE PED: family, id, father, mother, sex (1 male, 2 female), affection (2/1/0).
//  I1 ■──○ I2            paternal expression: II1 got d from her father (affected),
//       │                III1 got it from his mother (silent), IV1 from his father (affected)
//  II2 □──● II1
//       │
//  III1 □──○ III2
//        │
//        ■ IV1
const PAT_FAMILY = ['F1 I1 0 0 1 2', 'F1 I2 0 0 2 1', 'F1 II1 I1 I2 2 2', 'F1 II2 0 0 1 1', 'F1 III1 II2 II1 1 1', 'F1 III2 0 0 2 1', 'F1 IV1 III1 III2 1 2'].join('\n');
const AD_IMPOSSIBLE = ['F I1 0 0 1 1', 'F I2 0 0 2 1', 'F II1 I1 I2 2 2', 'F II2 I1 I2 1 0'].join('\n');
const COUSINS = ['F G1 0 0 1 0', 'F G2 0 0 2 0', 'F A G1 G2 1 0', 'F B G1 G2 2 0', 'F S1 0 0 2 0', 'F S2 0 0 1 0', 'F C1 A S1 1 0', 'F C2 S2 B 2 0', 'F X C1 C2 2 2'].join('\n');

async function run(files: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (p) => {
      if (!(p in files)) throw new Error('no such file');
      return files[p]!;
    },
    writeFile: () => undefined,
  };
  const code = await runCli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('cli analyze', () => {
  it('prints the issue’s JSON: posteriors by ordered genotype and next-child risks', async () => {
    const r = await run({ 'f.ped': PAT_FAMILY }, 'analyze', 'f.ped', '--mode', 'PAT', '--q', '0.001', '--next-child', 'III1,III2,F', '--next-child', 'II2,II1,M', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json.people)).toEqual(['I1', 'I2', 'II1', 'II2', 'III1', 'III2', 'IV1']);
    const silent = json.people.III1;
    expect(Object.keys(silent.genotype)).toEqual(['+/+', '+/d', 'd/+', 'd/d']);
    expect(Object.keys(silent)).toEqual(['genotype', 'carrier', 'paternalVariant', 'maternalVariant', 'affected']);
    // Unaffected under PAT, so never d on his father's copy; he must carry IV1's variant on his mother's.
    expect(silent.paternalVariant).toBe(0);
    expect(silent.maternalVariant).toBe(1);
    expect(json.log10Likelihood).toBeCloseTo(Math.log10(json.likelihood), 12);
    expect(json.nextChildren).toHaveLength(2);
    expect(json.nextChildren[0]).toMatchObject({ father: 'III1', mother: 'III2', sex: 'F' });
    // III1 passes his d (now a paternal copy, expressed) with 1/2; III2 adds a d only with ~q.
    expect(json.nextChildren[0].affected).toBeCloseTo(0.5, 3);
    expect(json.nextChildren[1].affected).toBeLessThan(0.002);
  });

  it('reports impossible data with exit 0, likelihood 0, people null and the people responsible', async () => {
    const r = await run({ 'x.ped': AD_IMPOSSIBLE }, 'analyze', 'x.ped', '--mode', 'AD', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.likelihood).toBe(0);
    expect(json.log10Likelihood).toBeNull();
    expect(json.people).toBeNull();
    expect(json.message).toMatch(/Impossible/);
    for (const id of ['I1', 'I2', 'II1']) expect(json.message).toContain(id);
    expect(json.message).not.toContain('II2');
  });

  it('takes four custom penetrances and an X-linked male table', async () => {
    const r = await run(
      { 'f.ped': PAT_FAMILY },
      'analyze', 'f.ped', '--penetrance', '+/+=0.01,+/d=0.2,d/+=0.9,d/d=0.95', '--chromosome', 'X', '--male-penetrance', '+=0.01,d=0.9', '--q', '0.01', '--json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json.people.I1.genotype)).toEqual(['+', 'd']);
    expect(json.people.I1.paternalVariant).toBeNull();
    expect(json.model.penetrance['+/d']).toBe(0.2);
  });

  it('prints a readable summary with the reasoning for a next child', async () => {
    const r = await run({ 'f.ped': PAT_FAMILY }, 'analyze', 'f.ped', '--mode', 'PAT', '--next-child', 'III1,III2,M');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Model: PAT, autosomal, q=0.01');
    expect(r.out).toMatch(/III1\s+unaffected\s+100\.0%\s+0\.0%\s+100\.0%/);
    expect(r.out).toContain("what the father passes becomes the child's paternal copy");
  });

  it('gives a seeded sampling estimate with standard errors when the exact computation is over --max-cost', async () => {
    const args = ['analyze', 'c.ped', '--mode', 'AR', '--q', '0.05', '--max-cost', '50', '--samples', '5000', '--seed', '3', '--next-child', 'C1,C2,M', '--json'];
    const r = await run({ 'c.ped': COUSINS }, ...args);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Estimating from 5000 samples (seed 3)');
    const json = JSON.parse(r.out);
    expect(json.estimate.samples).toBe(5000);
    expect(json.people.A.carrierStandardError).toBeGreaterThan(0);
    // The affected child of cousins makes both parents carriers in every sample.
    expect(json.people.C1.carrier).toBe(1);
    expect(json.nextChildren[0].affectedStandardError).toBeGreaterThan(0);
    const exact = JSON.parse((await run({ 'c.ped': COUSINS }, ...args.filter((x, i) => i < 6 || i > 11))).out);
    expect(Math.abs(json.likelihood - exact.likelihood)).toBeLessThan(4 * json.estimate.likelihoodStandardError);
    const again = JSON.parse((await run({ 'c.ped': COUSINS }, ...args)).out);
    expect(again.likelihood).toBe(json.likelihood);
  });

  it('names the bad argument', async () => {
    const files = { 'f.ped': PAT_FAMILY };
    expect((await run(files, 'analyze', 'f.ped', '--mode', 'XY')).err).toContain('--mode must be one of AD, AR, XD, XR, PAT, MAT');
    expect((await run(files, 'analyze', 'f.ped', '--penetrance', '+/+=0,d/+=1')).err).toContain('missing +/d, d/d');
    expect((await run(files, 'analyze', 'f.ped', '--mode', 'AD', '--next-child', 'III1,III2')).err).toContain('--next-child must be FATHER,MOTHER,M|F');
    const unknown = await run(files, 'analyze', 'f.ped', '--mode', 'AD', '--next-child', 'III1,ZZ,F');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no person with id ZZ');
    expect((await run(files, 'analyze', 'f.ped', '--mode', 'AD', '--q', '2')).err).toContain('--q must be a number from 0 to 1');
    expect((await run(files, 'analyze', 'f.ped', '--mode', 'AD', '--chromosome', 'X')).err).toContain('go with --penetrance');
    expect((await run(files, 'analyze', 'missing.ped', '--mode', 'AD')).code).toBe(1);
  });
});

describe('cli compare', () => {
  it('gives AR the best fit for an affected child of first cousins at prevalence 1/10,000, PAT at equal q', async () => {
    const files = { 'c.ped': COUSINS };
    const byPrevalence = JSON.parse((await run(files, 'compare', 'c.ped', '--json')).out);
    expect(byPrevalence.best).toBe('AR');
    expect(byPrevalence.prevalence).toBe(1e-4);
    expect(byPrevalence.modes.map((m: { mode: string }) => m.mode)).toEqual(['AD', 'AR', 'XD', 'XR', 'PAT', 'MAT']);
    const ar = byPrevalence.modes[1];
    expect(ar.q).toBeCloseTo(0.01, 12);
    expect(ar.log10Likelihood).toBeCloseTo(Math.log10(1e-4 + (0.01 * 0.99) / 16), 9);
    const equalQ = JSON.parse((await run(files, 'compare', 'c.ped', '--q', '0.001', '--json')).out);
    const post = Object.fromEntries(equalQ.modes.map((m: { mode: string; posterior: number }) => [m.mode, m.posterior]));
    expect(post.PAT).toBeGreaterThan(post.AR);
    expect(post.MAT).toBeGreaterThan(post.AR);
  });

  it('states the q or prevalence it used in the header to 4 significant digits, however it was typed', async () => {
    const equalQ = await run({ 'c.ped': COUSINS }, 'compare', 'c.ped', '--q', '0.012345678');
    expect(equalQ.out.split('\n')[0]).toBe('Which mode fits? (one allele frequency for every mode, q = 0.01235; every mode equally likely beforehand)');
    const byPrevalence = await run({ 'c.ped': COUSINS }, 'compare', 'c.ped', '--prevalence', '0.000200000001');
    expect(byPrevalence.out.split('\n')[0]).toBe('Which mode fits? (q set per mode for a prevalence of 0.0002; every mode equally likely beforehand)');
  });

  it('refuses --q together with --prevalence', async () => {
    const r = await run({ 'c.ped': COUSINS }, 'compare', 'c.ped', '--q', '0.01', '--prevalence', '0.001');
    expect(r.code).toBe(2);
    expect(r.err).toContain('either --q or --prevalence');
  });
});

describe('cli analyze as a real process', () => {
  it('runs `npx tsx src/cli/main.ts analyze` on a PED file and prints JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imprint-analyze-'));
    const file = join(dir, 'family.ped');
    writeFileSync(file, PAT_FAMILY);
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'analyze', file, '--mode', 'PAT', '--next-child', 'III1,III2,F', '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).nextChildren[0].affected).toBeCloseTo(0.5, 2);
  }, 60_000);
});
