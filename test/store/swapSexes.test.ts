import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore.ts';
import { memoryStorage } from '../../src/store/persistence.ts';
import { child, doc, man, union, woman } from '../fixtures/documents.ts';

/**
 *  p1 ─┬─ p2        Ben (p1) also has p5 with Ann (p4): while Ann is a woman,
 *      p3           Ben cannot become a woman (p5 would have two mothers).
 *  p4 ─┬─ p1
 *      p5
 */
function fresh(ann: 'woman' | 'unknown') {
  const store = createAppStore({
    storage: memoryStorage(),
    initialDocument: doc(
      [man('p1', { name: 'Ben' }), woman('p2', { name: 'Eva' }), child(man('p3'), 'u1'), { ...woman('p4', { name: 'Ann' }), gender: ann }, child(woman('p5'), 'u2')],
      [union('u1', 'p1', 'p2'), union('u2', 'p4', 'p1')],
    ),
  });
  return { s: () => store.getState(), history: () => store.temporal.getState() };
}

describe('store: swapPartnerSexes', () => {
  it('is undone in one step and redone in one step', () => {
    const { s, history } = fresh('unknown');
    const before = s().document;
    expect(s().swapPartnerSexes({ union: 'u1' }).ok).toBe(true);
    const after = s().document;
    expect(after.persons.slice(0, 2).map((p) => p.gender)).toEqual(['woman', 'man']);
    expect(history().pastStates.length).toBe(1);
    s().undo();
    expect(s().document).toEqual(before);
    s().redo();
    expect(s().document).toEqual(after);
  });

  it('records a refused swap as the last error and adds no undo step', () => {
    const { s, history } = fresh('woman');
    const before = s().document;
    const result = s().swapPartnerSexes({ union: 'u1' });
    expect(result.ok).toBe(false);
    expect(s().lastError?.code).toBe('impossible-role');
    expect(s().document).toBe(before);
    expect(history().pastStates.length).toBe(0);
  });
});
