import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personById } from '../../../src/engine/document/queries.ts';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { Inspector } from '../../../src/ui/inspector/Inspector.tsx';
import { renderWithEditor } from '../helpers/EditorHarness.tsx';

// The GNAS family; Anna (II-1) is selected: PPHP, variant on her father's copy (d/+).
// Labels as the chart would give them (pedigree number, then name; the number alone when unnamed).
const family = starterDocument('gnas-family');
const LABELS: Record<string, string> = { anna: 'II-1 Anna', 'anna-husband': 'II-2 Peter', ben: 'III-2 Ben', 'ben-wife': 'III-1 Eva', clara: 'III-4 Clara', max: 'III-5' };
const labelOf = (id: string) => LABELS[id] ?? id;
const showAnna = () => renderWithEditor(family, (doc) => <Inspector doc={doc} selectedId="anna" labelOf={labelOf} />);

describe('the inspector', () => {
  it('asks for a selection when nobody is selected', () => {
    renderWithEditor(family, (doc) => <Inspector doc={doc} selectedId={null} labelOf={labelOf} />);
    expect(screen.getByRole('heading', { name: 'Inspector' })).toBeInTheDocument();
    expect(screen.getByText(/Select a person in the chart/)).toBeInTheDocument();
  });

  it('edits the pedigree’s title when nobody is selected', async () => {
    const h = renderWithEditor(family, (doc) => <Inspector doc={doc} selectedId={null} labelOf={labelOf} />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Family K{Enter}');
    expect(h.latest().meta.title).toBe('Family K');
  });

  it('shows the selected person’s status, phenotype and both copies', () => {
    showAnna();
    expect(screen.getByRole('heading', { name: 'Inspector: II-1 Anna' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('affected');
    expect(screen.getByRole('textbox', { name: 'Phenotype' })).toHaveValue('PPHP');
    expect(screen.getByRole('combobox', { name: 'Copy from the father (paternal)' })).toHaveValue('d');
    expect(screen.getByRole('combobox', { name: 'Copy from the mother (maternal)' })).toHaveValue('+');
  });

  it('changes the status for the condition in one edit', async () => {
    const h = showAnna();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'unaffected');
    expect(h.history).toHaveLength(1);
    expect(personById(h.latest(), 'anna')!.observations.gnas).toEqual({ status: 'unaffected', age: 3, phenotype: 'PPHP' });
  });

  it('renames on leaving the field, as one undo step rather than one per letter', async () => {
    const h = showAnna();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Annette');
    expect(h.history).toHaveLength(0);
    await userEvent.tab();
    expect(h.history).toHaveLength(1);
    expect(personById(h.latest(), 'anna')!.name).toBe('Annette');
  });

  it('sets the copy from the mother to the variant: d/d', async () => {
    const h = showAnna();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Copy from the mother (maternal)' }), 'd');
    expect(personById(h.latest(), 'anna')!.genotypes!.gnas).toEqual({ paternal: 'd', maternal: 'd' });
  });

  it('refuses an age of 200 with a message naming the field and changes nothing', async () => {
    const h = showAnna();
    const age = screen.getByRole('spinbutton', { name: 'Age (years)' });
    await userEvent.clear(age);
    await userEvent.type(age, '200{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Age (years) must be a number from 0 to 150.');
    expect(h.history).toHaveLength(0);
    expect(personById(h.latest(), 'anna')!.age).toBe(62);
  });

  it('marks a person deceased and then records the age at death', async () => {
    const h = showAnna();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Deceased' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Age at death' }), '63{Enter}');
    expect(personById(h.latest(), 'anna')!.deceased).toEqual({ age: 63 });
  });

  it('names partners and twins as the chart does (pedigree number, then name), never by internal id', () => {
    // Clara and her brother Max (unnamed here, so "III-5" alone) as dizygotic twins.
    const twins = { ...family, persons: family.persons.map((p) => (p.id === 'max' ? { ...p, name: undefined } : p)), twins: [{ id: 't1', members: ['clara', 'max'], zygosity: 'DZ' as const }] };
    renderWithEditor(twins, (doc) => <Inspector doc={doc} selectedId="clara" labelOf={labelOf} />);
    expect(screen.getByRole('group', { name: 'Twins: III-4 Clara, III-5' })).toBeInTheDocument();
    showAnna();
    expect(screen.getByRole('group', { name: 'Partnership with II-2 Peter' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Swap sexes with II-2 Peter' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\((anna-husband|max|clara)\)/);
  });

  it('edits the partnership: separated, and infertility', async () => {
    const h = showAnna();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Separated or divorced' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'No children' }), 'infertility');
    expect(h.latest().unions.find((u) => u.id === 'u-anna')).toEqual({ id: 'u-anna', partners: ['anna-husband', 'anna'], separated: true, noChildren: 'infertility' });
  });

  it('explains the switch: when Ben becomes a woman, his variant reaches a child on the mother’s copy and means PHP1a', async () => {
    // Two egg-giving parents of the same children are refused, so Eva's gender is unknown here.
    const evaUnknown = { ...family, persons: family.persons.map((p) => (p.id === 'ben-wife' ? { ...p, gender: 'unknown' as const } : p)) };
    renderWithEditor(evaUnknown, (doc) => <Inspector doc={doc} selectedId="ben" labelOf={labelOf} />);
    const meaning = () => screen.getByRole('region', { name: 'What this means for GNAS' }).textContent ?? '';
    expect(meaning()).toMatch(/becomes the child’s paternal copy/);
    expect(meaning()).toMatch(/PPHP/);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gender (symbol)' }), 'woman');
    expect(meaning()).toMatch(/becomes the child’s maternal copy/);
    expect(meaning()).toMatch(/PHP1a/);
    expect(meaning()).not.toMatch(/PPHP/);
  });
});
