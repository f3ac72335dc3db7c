// The named outcomes of each genotype (GNAS d/+ → PPHP | POH | osteoma cutis; +/d →
// PHP1a): labels are editable here, their sub-probabilities are shown.
import type { Condition, PhenotypeOutcome } from '../../engine/genetics/condition.ts';
import { PENETRANCE_LABELS } from './labels.ts';
import { ValueField } from './ValueField.tsx';

type PhenotypeKey = keyof NonNullable<Condition['phenotypes']>;

export function PhenotypeLabels({ condition, onChange }: { condition: Condition; onChange: (next: Condition) => void }) {
  const entries = Object.entries(condition.phenotypes ?? {}) as [PhenotypeKey, PhenotypeOutcome[] | undefined][];
  if (entries.length === 0) return null;
  const rename = (genotype: PhenotypeKey, index: number, label: string) => {
    const list = (condition.phenotypes?.[genotype] ?? []).map((o, i) => (i === index ? { ...o, label } : o));
    onChange({ ...condition, phenotypes: { ...condition.phenotypes, [genotype]: list } });
  };
  return (
    <fieldset className="section">
      <legend>Phenotype labels</legend>
      {entries.map(([genotype, outcomes]) =>
        (outcomes ?? []).map((o, i) => (
          <ValueField
            key={`${genotype}-${i}`}
            kind="text"
            label={`${genotype in PENETRANCE_LABELS ? PENETRANCE_LABELS[genotype as keyof typeof PENETRANCE_LABELS] : `man ${genotype}`}: outcome ${i + 1} (probability ${o.probability})`}
            value={o.label}
            onCommit={(v) => rename(genotype, i, String(v))}
          />
        )),
      )}
    </fieldset>
  );
}
