import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore.ts';
import { memoryStorage } from '../../src/store/persistence.ts';
import { selectCanRedo, selectCanUndo } from '../../src/store/selectors.ts';
import type { AppState } from '../../src/store/types.ts';
import { conditionForMode } from '../../src/engine/genetics/modes.ts';
import { doc, man, union, woman } from '../fixtures/documents.ts';

/** A fresh store holding  p1 ─┬─ p2  (u1), in memory. */
function fresh() {
  const store = createAppStore({
    storage: memoryStorage(),
    initialDocument: doc([man('p1'), woman('p2')], [union('u1', 'p1', 'p2')], [], { conditions: [conditionForMode('AD')], activeConditionId: 'mode-AD' }),
  });
  const s = () => store.getState();
  const history = () => store.temporal.getState();
  return { store, s, history };
}

type Step = [string, (s: AppState) => unknown];
const ACTIONS: Step[] = [
  ['addPerson', (s) => s.addPerson({ sex: 'woman' })],
  ['addChild', (s) => s.addChild({ parent: 'u1', sex: 'son' })],
  ['addPartner', (s) => s.addPartner({ person: 'p1' })],
  ['addParents', (s) => s.addParents({ person: 'p2' })],
  ['linkParent', (s) => s.linkParent({ child: 'p1', parent: 'p2' })],
  ['setPersonFields', (s) => s.setPersonFields({ id: 'p1', fields: { name: 'Al' } })],
  ['setObservation', (s) => s.setObservation({ id: 'p1', conditionId: 'mode-AD', observation: { status: 'affected' } })],
  ['setKnownGenotype', (s) => s.setKnownGenotype({ id: 'p1', conditionId: 'mode-AD', genotype: { paternal: 'd', maternal: '+' } })],
  ['setUnionFields', (s) => s.setUnionFields({ id: 'u1', fields: { separated: true } })],
  ['removePerson', (s) => s.removePerson({ id: 'p2' })],
  ['setCondition', (s) => s.setCondition({ condition: conditionForMode('AR') })],
  ['newDocument', (s) => s.newDocument()],
];

describe('undo and redo', () => {
  it.each(ACTIONS)('undoes and redoes %s exactly', (_name, act) => {
    const { s, history } = fresh();
    const before = s().document;
    act(s());
    const after = s().document;
    expect(after).not.toEqual(before);
    s().undo();
    expect(s().document).toEqual(before);
    s().redo();
    expect(s().document).toEqual(after);
    expect(selectCanRedo(history())).toBe(false);
  });

  it('undoes twin and sibling additions and a sibling reorder one step each', () => {
    const { s } = fresh();
    s().addChild({ parent: 'u1', sex: 'son' });
    s().addSibling({ person: 'p3', sex: 'daughter' });
    s().addTwin({ person: 'p3', zygosity: 'MZ' });
    s().reorderSiblings({ parent: 'u1', order: ['p4', 'p5', 'p3'] });
    expect(s().document.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p5', 'p3']);
    s().undo();
    expect(s().document.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p5', 'p4']);
    s().undo();
    s().undo();
    expect(s().document.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('undoes a link between existing people without undoing the person added before', () => {
    const { s } = fresh();
    s().addPerson({ sex: 'man' });
    const withPerson = s().document;
    s().linkPartner({ person: 'p2', partner: 'p3' });
    expect(s().document.unions.map((u) => u.id)).toEqual(['u1', 'u2']);
    s().undo();
    expect(s().document).toBe(withPerson);
  });

  it('records no step for a refused edit, keeps the document and reports the error', () => {
    const { s, history } = fresh();
    const before = s().document;
    const r = s().linkParent({ child: 'p1', parent: 'p1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'same-person', message: 'p1 cannot be their own parent.' } });
    expect(s().document).toBe(before);
    expect(s().lastError).toMatchObject({ code: 'same-person', message: 'p1 cannot be their own parent.' });
    expect(selectCanUndo(history())).toBe(false);
    s().addPerson({ sex: 'man' });
    expect(s().lastError).toBeNull();
  });

  it('drops changes that leave the document as it was, and view changes', () => {
    const { s, history } = fresh();
    s().setPersonFields({ id: 'p1', fields: { gender: 'man' } });
    s().select('p1');
    s().setZoom({ x: 10, y: 5, k: 2 });
    s().setTheme('dark');
    s().setSeed(42);
    expect(history().pastStates).toHaveLength(0);
  });

  it('records a drag of many changes as one step', () => {
    const { s, history } = fresh();
    s().beginBatch();
    for (let i = 0; i < 20; i++) s().setPersonFields({ id: 'p1', fields: { age: i } });
    s().endBatch();
    expect(history().pastStates).toHaveLength(1);
    expect(s().document.persons[0]?.age).toBe(19);
    s().undo();
    expect(s().document.persons[0]?.age).toBeUndefined();
  });

  it('records nothing for a batch that changed nothing', () => {
    const { s, history } = fresh();
    s().beginBatch();
    s().setPersonFields({ id: 'p1', fields: { age: 3 } });
    s().setPersonFields({ id: 'p1', fields: { age: undefined } });
    s().endBatch();
    expect(history().pastStates).toHaveLength(0);
  });

  it('makes loading a document undoable and refuses an invalid one', () => {
    const { s } = fresh();
    const before = s().document;
    const other = doc([woman('x1')]);
    expect(s().loadDocument(other).ok).toBe(true);
    expect(s().document).toBe(other);
    s().undo();
    expect(s().document).toBe(before);
    const cyclic = doc([man('a', { singleParent: 'b' }), woman('b', { singleParent: 'a' })]);
    const r = s().loadDocument(cyclic);
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid-value', message: 'The pedigree cannot be opened: a is recorded as their own ancestor (a → b → a).' },
    });
    expect(s().document).toBe(before);
  });

  it('clears a selection that undo removed', () => {
    const { s } = fresh();
    s().addChild({ parent: 'u1', sex: 'son' });
    s().select('p3');
    s().undo();
    expect(s().selection).toBeNull();
  });
});
