// Who the person is: name, gender (symbol shape), sex assigned at birth, age, death,
// proband/consultand, adoption, pregnancy, several-in-one, notes (NOMENCLATURE S1–S10).
import type { Gender, Person, PregnancyOutcome, SexAssignedAtBirth } from '../../engine/document/types.ts';
import { useEditor } from '../editor/commands.ts';
import { CheckField, NumberField, Section, SelectField, TextField } from './fields.tsx';

const GENDERS = [['woman', 'Woman (circle)'], ['man', 'Man (square)'], ['nonbinary', 'Non-binary (diamond)'], ['unknown', 'Unknown (diamond)']] as const;
const SAAB = [['', 'Not recorded'], ['AFAB', 'AFAB (assigned female)'], ['AMAB', 'AMAB (assigned male)'], ['UAAB', 'UAAB (unassigned)']] as const;
const ADOPTION = [['', 'Not adopted'], ['in', 'Adopted in'], ['out', 'Adopted out']] as const;
const PREGNANCY = [['', 'Born (not a pregnancy)'], ['ongoing', 'Ongoing pregnancy'], ['miscarriage', 'Miscarriage'], ['termination', 'Termination'], ['ectopic', 'Ectopic'], ['stillbirth', 'Stillbirth']] as const;

export function PersonFields({ person }: { person: Person }) {
  const editor = useEditor();
  const set = (patch: Parameters<typeof editor.updatePerson>[1]) => editor.updatePerson(person.id, patch);
  const count = person.count;
  return (
    <Section title="Person">
      <TextField label="Name" value={person.name} onCommit={(name) => set({ name })} />
      <SelectField<Gender> label="Gender (symbol)" value={person.gender} options={GENDERS} onCommit={(gender) => set({ gender })} />
      <SelectField<SexAssignedAtBirth | ''>
        label="Sex assigned at birth"
        value={person.sexAssignedAtBirth ?? ''}
        options={SAAB}
        onCommit={(v) => set({ sexAssignedAtBirth: v === '' ? undefined : v })}
      />
      <NumberField label="Age (years)" value={person.age} onCommit={(age) => set({ age })} />
      <NumberField label="Birth year" value={person.birthYear} min={1800} max={2200} onCommit={(birthYear) => set({ birthYear })} />
      <CheckField label="Deceased" value={person.deceased !== undefined} onCommit={(on) => set({ deceased: on ? {} : undefined })} />
      {person.deceased && (
        <NumberField label="Age at death" value={person.deceased.age} onCommit={(age) => set({ deceased: { ...person.deceased, age } })} />
      )}
      <CheckField label="Proband" value={person.proband === true} onCommit={(on) => set({ proband: on || undefined })} />
      <CheckField label="Consultand" value={person.consultand === true} onCommit={(on) => set({ consultand: on || undefined })} />
      <SelectField label="Adoption" value={person.adopted ?? ''} options={ADOPTION} onCommit={(v) => set({ adopted: v === '' ? undefined : v })} />
      <SelectField<PregnancyOutcome | ''>
        label="Pregnancy outcome"
        value={person.pregnancy?.outcome ?? ''}
        options={PREGNANCY}
        onCommit={(v) => set({ pregnancy: v === '' ? undefined : { ...person.pregnancy, outcome: v } })}
      />
      {person.pregnancy && (
        <NumberField
          label="Gestation (weeks)"
          value={person.pregnancy.gestationWeeks}
          max={45}
          onCommit={(gestationWeeks) => person.pregnancy && set({ pregnancy: { ...person.pregnancy, gestationWeeks } })}
        />
      )}
      <SelectField
        label="Individuals in this symbol"
        value={count === undefined ? '1' : count === 'n' ? 'n' : 'number'}
        options={[['1', 'One person'], ['number', 'A known number'], ['n', 'Unknown number (n)']]}
        onCommit={(v) => set({ count: v === '1' ? undefined : v === 'n' ? 'n' : 2 })}
      />
      {typeof count === 'number' && <NumberField label="Number of individuals" value={count} min={2} max={999} onCommit={(n) => set({ count: n ?? 2 })} />}
      <TextField label="Notes" value={person.notes} multiline onCommit={(notes) => set({ notes })} />
    </Section>
  );
}
