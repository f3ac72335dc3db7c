// The condition panel: choose a preset, edit the active condition (chart follows
// live, every change undoable), and the Punnett square for the selected couple.
import { useId, type ReactNode } from 'react';
import type { Condition } from '../../engine/genetics/condition.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { ConditionForm } from './ConditionForm.tsx';

export interface ConditionPanelProps {
  doc: PedigreeDocument;
  presets: readonly Condition[];
  /** The cross (Punnett square) for the selected couple, when there is one. */
  cross?: ReactNode;
}

export function ConditionPanel({ doc, presets, cross }: ConditionPanelProps) {
  const editor = useEditor();
  const selectId = useId();
  const active = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  const choose = (id: string) => {
    const preset = presets.find((p) => p.id === id) ?? doc.conditions.find((c) => c.id === id);
    if (preset) editor.putCondition(preset);
  };
  const inDoc = doc.conditions.filter((c) => !presets.some((p) => p.id === c.id));
  return (
    <section className="panel condition-panel" aria-labelledby="condition-title">
      <h2 id="condition-title">Condition</h2>
      <div className="field">
        <label htmlFor={selectId}>Condition model</label>
        <select id={selectId} value={active?.id ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
          {!active && <option value="">Choose a condition…</option>}
          {inDoc.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} (this pedigree)
            </option>
          ))}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {active && (
        <>
          <p className="condition-summary">
            <strong>{active.gene}</strong> ({active.chromosome === 'X' ? 'X-linked' : 'autosomal'}): {active.expressedCopy}
          </p>
          <details>
            <summary>Edit the model (q, penetrances, labels)</summary>
            <ConditionForm key={active.id} condition={active} onChange={(next) => editor.putCondition(next)} />
          </details>
        </>
      )}
      {cross}
    </section>
  );
}
