import { describe, expect, it } from 'vitest';
import { addChild, editErrorText, linkParent, previewRemoval, setPersonFields, type EditResult } from '../../../../src/engine/document/edits/index.ts';
import { wordSentence, words, who, whoList } from '../../../../src/engine/document/sentence.ts';
import { child, doc, man, union, woman } from '../../../fixtures/documents.ts';

// Labels as a chart would give them: pedigree number, then the name when there is one.
const LABELS: Record<string, string> = { p1: 'I-1 Al', p2: 'I-2', p3: 'II-1 Cy', p4: 'II-2', p5: 'I-3 Di' };
const label = (id: string) => LABELS[id] ?? `?${id}`;

function error(r: EditResult) {
  if (r.ok) throw new Error('expected the edit to be refused');
  return r.error;
}

//   Al (p1) ─┬─ p2        Di (p5)
//       ┌────┴────┐
//    Cy (p3)      p4
const family = () =>
  doc(
    [man('p1', { name: 'Al' }), woman('p2'), child(man('p3', { name: 'Cy' }), 'u1'), child(woman('p4'), 'u1'), woman('p5', { name: 'Di' })],
    [union('u1', 'p1', 'p2')],
  );

describe('sentences about people', () => {
  it('keep people as ids between the words, so each reader names them its own way', () => {
    const s = words`${who('p1')} and ${who('p2')} are the parents of ${whoList(['p3', 'p4'])} (${2} children).`;
    expect(s).toEqual([{ person: 'p1' }, ' and ', { person: 'p2' }, ' are the parents of ', { person: 'p3' }, ', ', { person: 'p4' }, ' (', '2', ' children).']);
    expect(wordSentence(s, label)).toBe('I-1 Al and I-2 are the parents of II-1 Cy, II-2 (2 children).');
  });
});

describe('edit errors name people through the reader', () => {
  it('a refused cycle: the message by name and id, the parts by id, worded with the chart’s labels', () => {
    const e = error(linkParent(family(), { child: 'p1', parent: 'p3' }));
    expect(e.message).toBe('Cy (p3) is a descendant of Al (p1), so cannot be their parent: Al (p1) would become their own ancestor.');
    expect(e.parts?.filter((part) => typeof part !== 'string')).toEqual([{ person: 'p3' }, { person: 'p1' }, { person: 'p1' }]);
    expect(editErrorText(e, label)).toBe('II-1 Cy is a descendant of I-1 Al, so cannot be their parent: I-1 Al would become their own ancestor.');
  });

  it('a refused change of sex names both parents and every child of theirs', () => {
    const e = error(setPersonFields(family(), { id: 'p2', fields: { gender: 'man' } }));
    expect(editErrorText(e, label)).toBe(
      'I-2 and I-1 Al would both give sperm, yet they are the genetic parents of II-1 Cy, II-2. Record sex assigned at birth to keep the parent roles.',
    );
  });

  it('an ambiguous partnership keeps the union ids a caller needs and names the partners', () => {
    const d = { ...family(), unions: [...family().unions, union('u2', 'p1', 'p5')] };
    const e = error(addChild(d, { parent: 'p1', sex: 'son' }));
    expect(editErrorText(e, label)).toBe(
      'I-1 Al has 2 partners: choose the partnership for the child: u1 (I-1 Al and I-2), u2 (I-1 Al and I-3 Di), or add the child with a single parent.',
    );
  });

  it('an error without people has no parts and reads the same to everyone', () => {
    const e = error(linkParent(family(), { child: 'zz', parent: 'p1' }));
    expect(e.parts).toBeUndefined();
    expect(editErrorText(e, label)).toBe('There is no person with id "zz".');
  });

  it('the removal preview gives its sentences with ids too', () => {
    const preview = previewRemoval(family(), 'p1')!;
    expect(preview.summary[0]).toBe('Al (p1) will be removed.');
    expect(preview.sentences.map((s) => wordSentence(s, label))).toEqual([
      'I-1 Al will be removed.',
      'The partnership of I-1 Al and I-2 will be removed.',
      'II-1 Cy will keep I-2 as their only recorded parent.',
      'II-2 will keep I-2 as their only recorded parent.',
    ]);
  });
});
