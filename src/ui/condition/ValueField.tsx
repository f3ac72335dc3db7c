// A number or text field that hands the raw parsed value to its owner, who checks the
// whole condition with the engine's validator (so the message is the validator's).
import { useId } from 'react';

interface ValueFieldProps {
  label: string;
  value: number | string;
  onCommit: (value: number | string) => void;
  kind: 'number' | 'text';
  invalid?: boolean;
}

export function ValueField({ label, value, onCommit, kind, invalid }: ValueFieldProps) {
  const id = useId();
  const commit = (raw: string) => {
    const next = kind === 'number' ? (raw.trim() === '' ? Number.NaN : Number(raw)) : raw;
    if (next !== value) onCommit(next);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        key={String(value)}
        id={id}
        type={kind === 'number' ? 'number' : 'text'}
        step="any"
        inputMode={kind === 'number' ? 'decimal' : undefined}
        defaultValue={value}
        aria-invalid={invalid || undefined}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
    </div>
  );
}
