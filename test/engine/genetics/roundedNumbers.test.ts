// Numbers in sentences are rounded: a q set for a prevalence (AR at 1e-7 → √1e-7) or typed
// as a fraction must not print as 0.00031622776601683794 or 0.03333333333333333.
import { describe, expect, it } from 'vitest';
import { decimal } from '../../../src/engine/genetics/explainWords.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { createRandom } from '../../../src/engine/genetics/random.ts';
import { simulateFamily } from '../../../src/engine/genetics/simulateFamily.ts';
import { describeModel, inferPedigree } from '../../../src/engine/inference/infer.ts';
import { buildCounsellingReport } from '../../../src/engine/sharing/report/counsellingReport.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';

describe('decimal', () => {
  it('keeps four significant digits, drops trailing zeros and float noise', () => {
    expect(decimal(Math.sqrt(1e-7))).toBe('0.0003162');
    expect(decimal(0.009999999999999998)).toBe('0.01');
    expect(decimal(1 - Math.sqrt(1 - 1e-4))).toBe('0.00005');
    expect(decimal(0.1 / 3)).toBe('0.03333');
    expect(decimal(0.87)).toBe('0.87');
    expect(decimal(0)).toBe('0');
    expect(decimal(1)).toBe('1');
    expect(decimal(1e-10)).toBe('1e-10');
    expect(decimal(Math.sqrt(1e-7), 2)).toBe('0.00032');
  });
});

describe('sentences that print q', () => {
  it('describes a mode model with the q it was given for a prevalence of 1 in 10 million, rounded', () => {
    expect(describeModel(conditionForMode('AR', Math.sqrt(1e-7)))).toBe('AR, autosomal, q=0.0003162, f(+/+)=0, f(+/d)=0, f(d/+)=0, f(d/d)=1');
  });

  it('says why a pedigree is impossible with the rounded model: AD at prevalence 1e-4 has q = 1 − √(1 − 1e-4)', () => {
    //   [f]──(m)      both unaffected; AD fully penetrant without de novo: their affected son is impossible
    //      │
    //     [k]
    const ad = { ...conditionForMode('AD', 1 - Math.sqrt(1 - 1e-4)), id: 't' };
    const seen = (status: 'affected' | 'unaffected') => ({ observations: { t: { status } } });
    const trio = doc([man('f', seen('unaffected')), woman('m', seen('unaffected')), child(man('k', seen('affected')), 'u')], [union('u', 'f', 'm')], [], {
      conditions: [ad],
      activeConditionId: 't',
    });
    const r = inferPedigree(trio, ad);
    expect(r.kind).toBe('impossible');
    expect(r.kind === 'impossible' && r.message).toMatch(/^Impossible under this model \(AD, autosomal, q=0\.00005, f\(\+\/\+\)=0, f\(\+\/d\)=1, f\(d\/\+\)=1, f\(d\/d\)=1\): /);
  });

  it('lists q and de novo rates rounded in the counselling report’s assumptions', () => {
    const c = { ...conditionForMode('PAT', Math.sqrt(1e-7)), id: 'pat', deNovo: { paternal: 1 / 30_000, maternal: 0 } };
    const family = doc([man('a'), woman('b')], [union('u', 'a', 'b')], [], { conditions: [c], activeConditionId: 'pat' });
    const r = buildCounsellingReport(family, { privacy: false, questions: [] });
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.report.assumptions).toContain('Variant frequency q = 0.0003162 in people who marry into the family (Hardy–Weinberg, copies independent).');
    expect(r.report.assumptions).toContain('New variants per meiosis: 0.00003333 from a father, 0 from a mother.');
  });

  it('notes the generations, the founders by role and the rounded q a simulated family’s partners drew from', () => {
    const notes = simulateFamily(conditionForMode('AR', 0.1 / 3), 2, createRandom(1)).meta.notes;
    // AR needs both founders to carry; they are named by role, not by internal id ("p1").
    expect(notes).toBe(
      'Drawn by the engine over 2 generations. Both founders (the couple in generation I) were each given one variant copy so the variant is present; ' +
        'partners marrying in draw their copies from q = 0.03333. Families in which no descendant inherited the variant were redrawn.',
    );
  });
});
