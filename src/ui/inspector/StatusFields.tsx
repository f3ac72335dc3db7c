// Observed status and known copies for one condition (NOMENCLATURE S3–S5, S11;
// DOMAIN.md §1: copies are ordered, the father's copy first).
import type { Condition } from '../../engine/genetics/condition.ts';
import type { KnownGenotype, Observation, ObservedStatus, Person } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { NumberField, Section, SelectField, TextField } from './fields.tsx';

const STATUS = [['unknown', 'Unknown'], ['affected', 'Affected'], ['unaffected', 'Unaffected']] as const;
const CARRIER = [['', 'No carrier mark'], ['carrier', 'Carrier, not expected to manifest (dot)'], ['presymptomatic', 'Presymptomatic carrier (line)']] as const;
type CopyChoice = '+' | 'd' | '?';
const COPY = [['?', '? not known'], ['+', '+ normal'], ['d', 'd variant']] as const;

export function StatusFields({ person, condition }: { person: Person; condition: Condition }) {
  const editor = useEditor();
  const obs: Observation = person.observations[condition.id] ?? { status: 'unknown' };
  const setObs = (next: Observation) => {
    const empty = next.status === 'unknown' && next.age === undefined && !next.phenotype && !next.carrierMark;
    editor.setObservation(person.id, condition.id, empty ? undefined : next);
  };
  const copies: KnownGenotype = person.genotypes?.[condition.id] ?? { paternal: '?', maternal: '?' };
  const setCopies = (next: KnownGenotype) =>
    editor.setGenotype(person.id, condition.id, next.paternal === '?' && next.maternal === '?' ? undefined : next);
  const hemizygous = condition.chromosome === 'X' && person.gender === 'man';
  const labels = [...new Set(Object.values(condition.phenotypes ?? {}).flatMap((list) => (list ?? []).map((o) => o.label)))];
  return (
    <Section title={`${condition.shortName ?? condition.name}: status and copies`}>
      <SelectField<ObservedStatus> label="Status" value={obs.status} options={STATUS} onCommit={(status) => setObs({ ...obs, status })} />
      <NumberField
        label={obs.status === 'affected' ? 'Age at onset' : 'Age at last exam'}
        value={obs.age}
        onCommit={(age) => setObs({ ...obs, age })}
      />
      <TextField label="Phenotype" value={obs.phenotype} onCommit={(phenotype) => setObs({ ...obs, phenotype })} />
      <SelectField
        label="Carrier mark"
        value={obs.carrierMark ?? ''}
        options={CARRIER}
        onCommit={(v) => setObs({ ...obs, carrierMark: v === '' ? undefined : v })}
      />
      {!hemizygous && (
        <SelectField<CopyChoice>
          label="Copy from the father (paternal)"
          value={copies.paternal}
          options={COPY}
          onCommit={(paternal) => setCopies({ ...copies, paternal })}
        />
      )}
      <SelectField<CopyChoice>
        label={hemizygous ? 'X copy from the mother (maternal)' : 'Copy from the mother (maternal)'}
        value={copies.maternal}
        options={COPY}
        onCommit={(maternal) => setCopies({ ...copies, maternal })}
      />
      {labels.length > 0 && <p className="hint">Phenotypes of this condition: {labels.join(', ')}.</p>}
    </Section>
  );
}
