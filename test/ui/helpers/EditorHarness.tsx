// Renders editor components over a document held in React state, with the real
// editor commands (the engine's pure edits). `latest()` reads the current document,
// `history` every committed version, `alerts` every reported problem.
import { render } from '@testing-library/react';
import { useMemo, useState, type ReactNode } from 'react';
import type { PedigreeDocument, PersonId } from '../../../src/engine/document/types.ts';
import { EditorContext } from '../../../src/ui/editor/commands.ts';
import { createEditorCommands } from '../../../src/ui/editor/createEditorCommands.ts';

export interface Harness {
  latest: () => PedigreeDocument;
  history: PedigreeDocument[];
  alerts: (string | null)[];
  selected: () => PersonId | null;
}

export function renderWithEditor(initial: PedigreeDocument, ui: (doc: PedigreeDocument, selected: PersonId | null) => ReactNode, selected: PersonId | null = null): Harness {
  const harness: Harness = { latest: () => initial, history: [], alerts: [], selected: () => selected };
  function Host() {
    const [doc, setDoc] = useState(initial);
    const [sel, setSel] = useState<PersonId | null>(selected);
    harness.latest = () => doc;
    harness.selected = () => sel;
    const commands = useMemo(() => {
      let current = initial;
      const commit = (next: PedigreeDocument) => {
        current = next;
        harness.history.push(next);
        setDoc(next);
      };
      return createEditorCommands({
        getDocument: () => current,
        apply: (edit) => {
          const result = edit(current);
          if (result.ok) commit(result.doc);
          return result;
        },
        load: (next) => {
          commit(next);
          return { ok: true, doc: next };
        },
        select: setSel,
        undo: () => {},
        redo: () => {},
        report: (m) => harness.alerts.push(m),
      });
    }, []);
    return <EditorContext.Provider value={commands}>{ui(doc, sel)}</EditorContext.Provider>;
  }
  render(<Host />);
  return harness;
}
