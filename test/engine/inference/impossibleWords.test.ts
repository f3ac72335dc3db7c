import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { impossibleSentence, inferPedigree } from '../../../src/engine/inference/index.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';

//   [f]──(m)      both unaffected; under fully penetrant AD without de novo variants
//      │          their affected son is impossible, and all three facts are needed to say so
//     [k]
const ad = { ...conditionForMode('AD', 0.01), id: 't' };
const seen = (status: 'affected' | 'unaffected') => ({ observations: { t: { status } } });
const trio = doc([man('f', { name: 'Frank', ...seen('unaffected') }), woman('m', seen('unaffected')), child(man('k', seen('affected')), 'u')], [union('u', 'f', 'm')], [], {
  conditions: [ad],
  activeConditionId: 't',
});

describe('why a pedigree is impossible, in parts', () => {
  it('gives the minimal facts and the model, so the app can name people by pedigree number', () => {
    const r = inferPedigree(trio, ad);
    if (r.kind !== 'impossible') throw new Error(r.kind);
    expect(r.facts).toEqual([
      { person: 'f', fact: 'unaffected' },
      { person: 'm', fact: 'unaffected' },
      { person: 'k', fact: 'affected' },
    ]);
    const numbers: Record<string, string> = { f: 'I-1 Frank', m: 'I-2', k: 'II-1' };
    expect(impossibleSentence(r.model!, r.facts!, (id) => numbers[id]!)).toBe(
      'Impossible under this model (AD, autosomal, q=0.01, f(+/+)=0, f(+/d)=1, f(d/+)=1, f(d/d)=1): these observations cannot all hold together — ' +
        'I-1 Frank: unaffected, I-2: unaffected and II-1: affected. Dropping any one of them makes the data possible.',
    );
    // The engine's own sentence names people by name and id, for the CLI.
    expect(r.message).toContain('— Frank (f): unaffected, m: unaffected and k: affected.');
  });
});
