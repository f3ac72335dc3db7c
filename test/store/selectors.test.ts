import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore.ts';
import { memoryStorage } from '../../src/store/persistence.ts';
import * as sel from '../../src/store/selectors.ts';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';
import { doc, man, woman } from '../fixtures/documents.ts';

describe('selectors', () => {
  const store = createAppStore({
    storage: memoryStorage(),
    initialDocument: doc([man('p1', { name: 'Al' }), woman('p2')], [], [], { conditions: [conditionForMode('AR')], activeConditionId: 'mode-AR', meta: { title: 'Test' } }),
  });
  it('return the same object while nothing changed (stable for React)', () => {
    const s = store.getState();
    expect(sel.selectPersons(s)).toBe(sel.selectPersons(store.getState()));
    expect(sel.selectActiveCondition(s)).toBe(s.document.conditions[0]);
    expect(sel.selectTitle(s)).toBe('Test');
  });
  it('resolve the selected person, and null once they are gone', () => {
    store.getState().select('p1');
    expect(sel.selectSelectedPerson(store.getState())?.name).toBe('Al');
    store.getState().removePerson({ id: 'p1' });
    expect(sel.selectSelection(store.getState())).toBeNull();
    expect(sel.selectSelectedPerson(store.getState())).toBeNull();
  });
  it('report undo and redo availability from the history store', () => {
    expect(sel.selectCanUndo(store.temporal.getState())).toBe(true);
    store.getState().undo();
    expect(sel.selectCanUndo(store.temporal.getState())).toBe(false);
    expect(sel.selectCanRedo(store.temporal.getState())).toBe(true);
  });
});
