import { describe, expect, it } from 'vitest';
import { explainMating } from '../../../src/engine/genetics/explainMating.ts';
import { explainPerson } from '../../../src/engine/genetics/explainPerson.ts';
import { carrierTransmissionSentence, percent } from '../../../src/engine/genetics/explainWords.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';

const gnas = presetById('gnas')!;
const text = (sentences: string[]) => sentences.join(' ');

describe('explainPerson', () => {
  it('tells a GNAS woman with a paternal variant why she has PPHP/POH and why her carrier children get PHP1a', () => {
    const t = text(explainPerson(gnas, 'd/+', 'female'));
    expect(t).toContain('She carries the variant on the copy from her father');
    expect(t).toContain('the active copy in kidney, thyroid, pituitary and gonads is the mother’s');
    expect(t).toContain('So she has PPHP (80%), POH (10%) or osteoma cutis (10%).');
    expect(t).toContain('it becomes the child’s maternal copy, whichever grandparent it came from, so a child who inherits it with a normal copy from the other parent has PHP1a.');
  });

  it('mirrors the GNAS explanation for a man with a maternal variant: PHP1a himself, PPHP/POH in his children', () => {
    const t = text(explainPerson(gnas, '+/d', 'male'));
    expect(t).toContain('only the mother’s copy is active in kidney, thyroid, pituitary and gonads, and that is the copy with the variant');
    expect(t).toContain('So he has PHP1a.');
    expect(t).toContain('it becomes the child’s paternal copy');
    expect(t).toMatch(/has PPHP \(80%\), POH \(10%\) or osteoma cutis \(10%\)\.$/);
  });

  it('calls d/d under GNAS non-viable', () => {
    expect(text(explainPerson(gnas, 'd/d', 'female'))).toContain('This genotype is not viable');
  });

  it('states reduced and age-dependent penetrance for an SDHD paternal carrier', () => {
    const t = text(explainPerson(presetById('sdhd')!, 'd/+', 'male'));
    expect(t).toContain('is affected with probability 87% (paraganglioma)');
    expect(t).toContain('reduced penetrance');
    expect(t).toContain('by 40: 54%, by 60: 68%, by 70: 87%');
  });

  it('calls a maternal SDHD carrier a silent carrier and an AR heterozygote a healthy carrier', () => {
    expect(text(explainPerson(presetById('sdhd')!, '+/d', 'female'))).toContain('a silent carrier who can still pass the variant on');
    expect(text(explainPerson(conditionForMode('AR'), 'd/+', 'female'))).toContain('one working copy is enough. So she is not expected to be affected: a healthy carrier');
  });

  it('explains an X-linked man: one maternal X, every daughter and no son inherits it', () => {
    const t = text(explainPerson(conditionForMode('XR'), 'd', 'male'));
    expect(t).toContain('He has one X chromosome, from his mother, and it carries the variant.');
    expect(t).toContain('So he is affected.');
    expect(t).toContain('He passes his X to every daughter and to none of his sons');
  });

  it('explains an X-linked carrier woman’s sons and daughters separately', () => {
    const t = text(explainPerson(conditionForMode('XR'), '+/d', 'female'));
    expect(t).toContain('a daughter who inherits it with a normal copy from the other parent is a healthy carrier, and a son who inherits it is affected.');
  });
});

describe('explainMating', () => {
  it('explains the GNAS switch for a mother with PPHP: her carrier children have PHP1a, 59% of them', () => {
    const t = text(explainMating(gnas, '+/+', 'd/+'));
    expect(t).toContain('She passes it on as the child’s maternal copy — imprints are reset in her germline — to 59% of children');
    expect(t).toContain('She has PPHP (80%), POH (10%) or osteoma cutis (10%) because her variant is on her paternal copy; in her children it sits on the maternal copy, so a child who inherits it has PHP1a.');
    expect(t).toContain('Overall, each child is affected with probability 59% (PHP1a 59%).');
  });

  it('reports non-viable conceptions and the risk among live births', () => {
    const t = text(explainMating(gnas, 'd/+', '+/d'));
    expect(t).toContain(`Conceptions with d/d (29.5%) do not survive to birth; among children born alive the chance of being affected is ${percent(0.5 / (1 - 0.295))}.`);
  });

  it('explains two AR carriers: a 25% chance of two variant copies', () => {
    const t = text(explainMating(conditionForMode('AR'), 'd/+', '+/d'));
    expect(t).toContain('so a child can inherit one from each: d/d in 25% of conceptions');
    expect(t).toContain('Overall, each child is affected with probability 25%.');
  });

  it('gives X-linked totals for sons and daughters', () => {
    const t = text(explainMating(conditionForMode('XR'), 'd', '+/+'));
    expect(t).toContain('Overall, each son is affected with probability 0%.');
    expect(t).toContain('Overall, each daughter is affected with probability 0%.');
    expect(t).toContain('to every daughter, as her paternal copy, and to none of his sons');
    const daughtersOnly = text(explainMating(conditionForMode('XR'), 'd', '+/+', { childSex: 'female' }));
    expect(daughtersOnly).not.toContain('each son');
    expect(daughtersOnly).toContain('Overall, each daughter is affected with probability 0%.');
  });

  it('says where a variant can still come from when neither parent carries it', () => {
    expect(text(explainMating(conditionForMode('AD'), '+/+', '+/+'))).toContain('no child is expected to inherit it');
    const deNovo = { ...conditionForMode('AD'), deNovo: { paternal: 0.0001, maternal: 0 } };
    expect(text(explainMating(deNovo, '+/+', '+/+'))).toContain('only get it as a new (de novo) variant: 0.01% per sperm, 0% per egg');
  });
});

describe('percent', () => {
  it('keeps three significant digits above 10% and fewer below', () => {
    expect([0, 1, 0.435, 0.2175, 1 / 3, 0.0001, 0.05].map(percent)).toEqual(['0%', '100%', '43.5%', '21.8%', '33.3%', '0.01%', '5%']);
  });
});

describe('carrierTransmissionSentence', () => {
  it('says an X-linked father passes his X to every daughter and no son, never "50% of children"', () => {
    const xr = presetById('xr')!;
    const sentence = carrierTransmissionSentence(xr);
    expect(sentence).toBe('A carrier father passes the variant on his X to every daughter and to no son; a carrier mother passes it to 50% of children.');
    expect(carrierTransmissionSentence(gnas)).toBe(`A carrier father passes the variant to 50% of children, a carrier mother to ${percent(gnas.transmissionRatio.maternal)}.`);
  });
});

describe('imprint wording', () => {
  it('speaks of imprints being reset only for a condition where the copy’s origin matters', () => {
    expect(text(explainMating(gnas, '+/+', 'd/+'))).toContain('imprints are reset in her germline');
    const ad = text(explainMating(conditionForMode('AD'), '+/+', 'd/+'));
    expect(ad).toContain('passes it on as the child’s maternal copy to 50% of children');
    expect(ad).not.toContain('imprint');
  });
});
