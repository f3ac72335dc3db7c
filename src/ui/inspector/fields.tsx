// Labelled form fields for the inspector. Text and numbers commit when the field is
// left or Enter is pressed, so one edit is one undo step (not one per keystroke).
import { useId, useState, type ReactNode } from 'react';

interface FieldProps<T> {
  label: string;
  value: T;
  onCommit: (value: T) => void;
}

export function TextField({ label, value, onCommit, multiline = false }: FieldProps<string | undefined> & { multiline?: boolean }) {
  const id = useId();
  const commit = (raw: string) => {
    const next = raw.trim() === '' ? undefined : raw;
    if (next !== value) onCommit(next);
  };
  const common = {
    id,
    defaultValue: value ?? '',
    onBlur: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => commit(e.currentTarget.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea key={value ?? ''} rows={3} {...common} />
      ) : (
        <input key={value ?? ''} type="text" {...common} onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)} />
      )}
    </div>
  );
}

/** A number, or empty for "not recorded". Out-of-range input is refused with a message. */
export function NumberField({ label, value, onCommit, min = 0, max = 150, step = 1 }: FieldProps<number | undefined> & { min?: number; max?: number; step?: number }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    if (raw.trim() === '') {
      setError(null);
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) {
      setError(`${label} must be a number from ${min} to ${max}.`);
      return;
    }
    setError(null);
    if (n !== value) onCommit(n);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        key={value ?? ''}
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit }: FieldProps<T> & { options: readonly (readonly [T, string])[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onCommit(e.currentTarget.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, value, onCommit }: FieldProps<boolean>) {
  return (
    <div className="field field-check">
      <label>
        <input type="checkbox" checked={value} onChange={(e) => onCommit(e.currentTarget.checked)} /> {label}
      </label>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
