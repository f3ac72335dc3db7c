// Edit the active condition: q, the four penetrances by ordered genotype, the X-linked
// male penetrances, the expressed copy and phenotype labels (DOMAIN.md §2). Every change
// is checked with validateCondition first; an invalid value is refused with the
// validator's message and nothing changes.
import { useState } from 'react';
import type { Condition } from '../../engine/genetics/condition.ts';
import type { OrderedGenotype } from '../../engine/genetics/genotype.ts';
import { PENETRANCE_LABELS } from './labels.ts';
import { validateCondition } from '../../engine/genetics/validateCondition.ts';
import { ValueField } from './ValueField.tsx';
import { PhenotypeLabels } from './PhenotypeLabels.tsx';

export interface ConditionFormProps {
  condition: Condition;
  onChange: (next: Condition) => boolean;
}

export function ConditionForm({ condition, onChange }: ConditionFormProps) {
  const [problems, setProblems] = useState<string[]>([]);
  const propose = (next: Condition) => {
    const found = validateCondition(next).map((p) => p.message);
    setProblems(found);
    if (found.length === 0) onChange(next);
  };
  const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));
  return (
    <div className="condition-form">
      <ValueField kind="number" label="Variant frequency q in founders" value={condition.q} onCommit={(v) => propose({ ...condition, q: num(v) })} />
      <fieldset className="section">
        <legend>Penetrance: P(affected) by ordered genotype (father’s copy / mother’s copy)</legend>
        {(Object.keys(PENETRANCE_LABELS) as OrderedGenotype[]).map((g) => (
          <ValueField
            key={g}
            kind="number"
            label={`${condition.chromosome === 'X' ? 'Women: ' : ''}${PENETRANCE_LABELS[g]}`}
            value={condition.penetrance[g]}
            onCommit={(v) => propose({ ...condition, penetrance: { ...condition.penetrance, [g]: num(v) } })}
          />
        ))}
        {condition.chromosome === 'X' && condition.malePenetrance && (
          <>
            <ValueField kind="number" label="Men: normal X (+)" value={condition.malePenetrance['+']}
              onCommit={(v) => condition.malePenetrance && propose({ ...condition, malePenetrance: { ...condition.malePenetrance, '+': num(v) } })} />
            <ValueField kind="number" label="Men: variant on their X (d)" value={condition.malePenetrance.d}
              onCommit={(v) => condition.malePenetrance && propose({ ...condition, malePenetrance: { ...condition.malePenetrance, d: num(v) } })} />
          </>
        )}
      </fieldset>
      <ValueField kind="text" label="Expressed copy (in words)" value={condition.expressedCopy} onCommit={(v) => propose({ ...condition, expressedCopy: String(v) })} />
      <PhenotypeLabels condition={condition} onChange={propose} />
      {problems.length > 0 && (
        <div role="alert" className="error-box">
          <p>Not changed:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
