// Which two people the next-child risk is for: by default the selected person and their
// partner (or a selected child's parents, coupleFor), or any two people picked here. The
// father is whoever gives sperm (DOMAIN.md §1), so each list offers the fitting people only.
import { useId } from 'react';
import { gameteOf } from '../../engine/document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Couple } from './useRiskInference.ts';

export interface CouplePickerProps {
  doc: PedigreeDocument;
  couple: Couple | null;
  onChange: (couple: Couple | null) => void;
  labelOf: (id: PersonId) => string;
}

export function CouplePicker({ doc, couple, onChange, labelOf }: CouplePickerProps) {
  const fatherId = useId();
  const motherId = useId();
  const fathers = doc.persons.filter((p) => gameteOf(p) !== 'egg');
  const mothers = doc.persons.filter((p) => gameteOf(p) !== 'sperm');
  const pick = (father: string, mother: string) => onChange(father && mother && father !== mother ? { father, mother } : null);
  return (
    <fieldset className="risk-couple">
      <legend>Next child of</legend>
      <label htmlFor={fatherId}>Father (gives sperm)</label>
      <select id={fatherId} value={couple?.father ?? ''} onChange={(e) => pick(e.currentTarget.value, couple?.mother ?? mothers[0]?.id ?? '')}>
        <option value="">— no next child —</option>
        {fathers.map((p) => (
          <option key={p.id} value={p.id}>
            {labelOf(p.id)}
          </option>
        ))}
      </select>
      <label htmlFor={motherId}>Mother (gives eggs)</label>
      <select id={motherId} value={couple?.mother ?? ''} onChange={(e) => pick(couple?.father ?? fathers[0]?.id ?? '', e.currentTarget.value)}>
        <option value="">— no next child —</option>
        {mothers.map((p) => (
          <option key={p.id} value={p.id}>
            {labelOf(p.id)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
