import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { renderApp } from '../helpers/renderApp.tsx';

const family = starterDocument('gnas-family');
const upload = (name: string, text: string) =>
  userEvent.upload(screen.getByLabelText('Open a pedigree file'), new File([text], name, { type: 'text/plain' }));

async function fileMenu(item: string) {
  await userEvent.click(screen.getByRole('button', { name: 'File' }));
  await userEvent.click(screen.getByRole('button', { name: item }));
}

// Two PED families: f1 is a trio, f2 a single affected person.
const TWO_FAMILIES = ['f1 dad 0 0 1 1', 'f1 mum 0 0 2 1', 'f1 kid dad mum 1 2', 'f2 solo 0 0 2 2'].join('\n');

describe('opening files', { timeout: 30_000 }, () => {
  it('lists every problem of a broken PED file and leaves the pedigree as it was', async () => {
    const store = renderApp(family);
    const before = store.getState().document;
    // Line 2 repeats person a; line 3 gives b the man a as both father and mother.
    await upload('broken.ped', 'f1 a 0 0 1 1\nf1 a 0 0 2 1\nf1 b a a 2 1\n');
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open broken.ped' });
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'line 2, person a: family f1, a is listed twice (first on line 1).',
      'line 3, person b: family f1, b has mother a, who is listed as male (sex 1).',
      'line 3, person b: family f1, b has a as both father and mother.',
    ]);
    expect(dialog).toHaveTextContent('3 problems were found');
    expect(dialog).toHaveTextContent('Your current pedigree is unchanged.');
    expect(store.getState().document).toBe(before);
  });

  it('reports a JSON syntax error by line and keeps the pedigree', async () => {
    const store = renderApp(family);
    const before = store.getState().document;
    await upload('family.json', '{\n  "format": "imprint-lab",\n  "persons": [,]\n}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open family.json' });
    expect(dialog.querySelectorAll('li')).toHaveLength(1);
    expect(store.getState().document).toBe(before);
  });

  it('opens a PED file with two families after the user chooses family f2', async () => {
    const store = renderApp(family);
    await upload('two.ped', TWO_FAMILIES);
    await screen.findByRole('dialog', { name: 'Choose a family' });
    expect(screen.getByRole('radio', { name: 'Family f1 (3 people)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /Family f2 \(1 person\)/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Open family' }));
    await waitFor(() => expect(store.getState().document.persons).toHaveLength(1));
  });

  it('shows the notes of a PED file that opened as a neutral, dismissible status, not as an alert', async () => {
    const store = renderApp(family);
    // Sex code 3 is outside PED's 1/2: the file opens, with that person read as of unknown sex.
    await upload('odd.ped', 'f1 dad 0 0 1 1\nf1 mum 0 0 2 1\nf1 kid dad mum 3 2\n');
    await waitFor(() => expect(store.getState().document.persons).toHaveLength(3));
    const messages = screen.getByRole('region', { name: 'Messages' });
    const notice = within(messages).getByRole('status', { name: 'File notice' });
    expect(notice).toHaveTextContent(
      'Opened odd.ped. Note: 1 line has a sex code other than 1 or 2; that person was read as of unknown sex.',
    );
    expect(within(messages).getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(notice).toBeEmptyDOMElement();
  });

  it('keeps the file notice empty when a file opens without notes', async () => {
    const store = renderApp(family);
    await upload('trio.json', JSON.stringify(starterDocument('trio')));
    await waitFor(() => expect(store.getState().document.persons).toHaveLength(3));
    expect(screen.getByRole('status', { name: 'File notice' })).toBeEmptyDOMElement();
  });

  it('opens a saved native file and can undo back to the previous pedigree', async () => {
    const store = renderApp(family);
    const before = store.getState().document;
    await upload('trio.json', JSON.stringify(starterDocument('trio')));
    await waitFor(() => expect(store.getState().document.persons).toHaveLength(3));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().document).toEqual(before);
  });
});

describe('File › New', { timeout: 30_000 }, () => {
  it('warns that it replaces the current work, then starts the trio template', async () => {
    const store = renderApp(family);
    await fileMenu('New…');
    const dialog = screen.getByRole('dialog', { name: 'New pedigree' });
    expect(dialog).toHaveTextContent('This replaces the current pedigree. Undo (Ctrl+Z) brings it back');
    await userEvent.click(screen.getByRole('radio', { name: /Trio/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace current pedigree' }));
    expect(store.getState().document.persons.map((p) => p.id)).toEqual(['father', 'mother', 'child']);
  });

  it('changes nothing when cancelled', async () => {
    const store = renderApp(family);
    const before = store.getState().document;
    await fileMenu('New…');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().document).toBe(before);
  });
});
