import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { PRESETS } from '../../../src/engine/genetics/presets/index.ts';
import { ConditionPanel } from '../../../src/ui/condition/ConditionPanel.tsx';
import { renderWithEditor } from '../helpers/EditorHarness.tsx';

const family = starterDocument('gnas-family');
const show = () => renderWithEditor(family, (doc) => <ConditionPanel doc={doc} presets={PRESETS} />);
const active = (h: ReturnType<typeof show>) => h.latest().conditions.find((c) => c.id === h.latest().activeConditionId)!;

async function openForm() {
  await userEvent.click(screen.getByText('Edit the model (q, penetrances, labels)'));
}

describe('the condition panel', () => {
  it('shows the active GNAS model with its expressed copy in words', () => {
    show();
    expect(screen.getByRole('combobox', { name: 'Condition model' })).toHaveValue('gnas');
    expect(screen.getByText(/GNAS/, { selector: 'strong' })).toBeInTheDocument();
  });

  it('switches to a preset: autosomal recessive becomes the active condition', async () => {
    const h = show();
    const ar = PRESETS.find((p) => p.mode === 'AR')!;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Condition model' }), ar.id);
    expect(h.latest().activeConditionId).toBe(ar.id);
    expect(active(h).penetrance).toEqual({ '+/+': 0, 'd/+': 0, '+/d': 0, 'd/d': 1 });
  });

  it('labels the four penetrances by ordered genotype in words', async () => {
    show();
    await openForm();
    for (const name of ['no variant (+/+)', 'variant on the father’s copy (d/+)', 'variant on the mother’s copy (+/d)', 'variant on both copies (d/d)']) {
      expect(screen.getByRole('spinbutton', { name })).toBeInTheDocument();
    }
  });

  it('sets the penetrance of d/+ to 0.5 in one undoable edit', async () => {
    const h = show();
    await openForm();
    const field = screen.getByRole('spinbutton', { name: 'variant on the father’s copy (d/+)' });
    await userEvent.clear(field);
    await userEvent.type(field, '0.5{Enter}');
    expect(h.history).toHaveLength(1);
    expect(active(h).penetrance['d/+']).toBe(0.5);
  });

  it('refuses a penetrance of 1.5 with the validator’s message and leaves the model as it was', async () => {
    const h = show();
    await openForm();
    const field = screen.getByRole('spinbutton', { name: 'variant on the mother’s copy (+/d)' });
    await userEvent.clear(field);
    await userEvent.type(field, '1.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent("penetrance['+/d'] = 1.5 is outside [0,1]");
    expect(h.history).toHaveLength(0);
    expect(active(h)).toEqual(family.conditions[0]);
  });

  it('renames a phenotype label: POH becomes "heterotopic ossification"', async () => {
    const h = show();
    await openForm();
    const field = screen.getByRole('textbox', { name: /father’s copy \(d\/\+\): outcome 2/ });
    expect(field).toHaveValue('POH');
    await userEvent.clear(field);
    await userEvent.type(field, 'heterotopic ossification{Enter}');
    expect(active(h).phenotypes!['d/+']!.map((o) => o.label)).toEqual(['PPHP', 'heterotopic ossification', 'osteoma cutis']);
  });
});
