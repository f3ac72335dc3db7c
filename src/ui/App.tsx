// The editor: header, person toolbar, chart, inspector and condition panel, dialogs.
// State lives in the store (via the session); derived data (layout) is memoised here.
import { useMemo, useState } from 'react';
import { GNAS_FAMILY_HINT } from '../engine/document/examples/starters.ts';
import { personById } from '../engine/document/queries.ts';
import type { PersonId } from '../engine/document/types.ts';
import { PRESETS } from '../engine/genetics/presets/index.ts';
import { layoutPedigree } from '../layout/layoutPedigree.ts';
import { ConditionPanel } from './condition/ConditionPanel.tsx';
import { DialogHost } from './dialogs/DialogHost.tsx';
import type { OpenDialog } from './dialogs/openDialog.ts';
import { EditorContext } from './editor/commands.ts';
import { createEditorCommands } from './editor/createEditorCommands.ts';
import { runAction } from './editor/runAction.ts';
import { openExampleOnFirstStart, useEditorSession } from './editor/useEditorSession.ts';
import { appStore } from '../store/useAppStore.ts';
import type { AppStore } from '../store/createAppStore.ts';
import { useFileActions } from './files/useFileActions.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { neighbourOf } from './keyboard/navigate.ts';
import { useShortcuts } from './keyboard/useShortcuts.ts';
import { ChartPane } from './shell/ChartPane.tsx';
import { HintBar } from './shell/HintBar.tsx';
import { Header } from './shell/Header.tsx';
import { PersonToolbar } from './shell/PersonToolbar.tsx';
import { CouplePanel } from './condition/CouplePanel.tsx';
import './app.css';

/** The editor over `store` (the app's store by default; tests pass a fresh one). */
export function App({ store: appState = appStore }: { store?: AppStore }) {
  // Idempotent, so StrictMode's double call is harmless.
  useState(() => openExampleOnFirstStart(appState));
  const session = useEditorSession(appState);
  const { doc, selectedId, store, showGenotypes } = session;
  const [alert, setAlert] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const setShowGenotypes = store.setShowGenotypes;
  const editor = useMemo(() => createEditorCommands({ ...store, report: setAlert }), [store]);
  const layout = useMemo(() => layoutPedigree(doc), [doc]);
  const files = useFileActions(editor, doc, layout, setDialog, setAlert);

  const selected = selectedId === null ? undefined : personById(doc, selectedId);
  const labelOf = (id: PersonId) => {
    const name = personById(doc, id)?.name;
    const number = layout.people[id]?.label ?? id;
    return name ? `${number} ${name}` : number;
  };
  const act = (action: Parameters<typeof runAction>[0]) =>
    runAction(action, { editor, selected: selected ? selected.id : null, openDialog: setDialog, toggleGenotypes: () => setShowGenotypes(!showGenotypes) });

  const moveTo = (id: PersonId | null) => {
    if (id === null) return;
    editor.select(id);
    // Keep keyboard focus on the selected symbol so screen readers announce it.
    requestAnimationFrame(() => document.querySelector<SVGGElement>(`[data-person="${CSS.escape(id)}"]`)?.focus());
  };
  useShortcuts({
    enabled: dialog === null,
    onAction: (a) => act(a),
    onArrow: (direction) => {
      if (!selected) return moveTo(doc.persons[0]?.id ?? null);
      moveTo(neighbourOf(doc, layout, selected.id, direction));
    },
  });

  return (
    <EditorContext.Provider value={editor}>
      <div className="app">
        <Header
          title={doc.meta.title ?? 'Untitled pedigree'}
          canUndo={session.canUndo}
          canRedo={session.canRedo}
          onUndo={editor.undo}
          onRedo={editor.redo}
          save={session.save}
          showGenotypes={showGenotypes}
          onToggleGenotypes={() => setShowGenotypes(!showGenotypes)}
          onHelp={() => setDialog({ kind: 'help' })}
          onFile={files.command}
        />
        <section className="notices" aria-label="Messages">
          {session.firstStart && <HintBar text={GNAS_FAMILY_HINT} />}
          {session.recoveryNotice && <HintBar text={session.recoveryNotice} onDismiss={store.dismissRecoveryNotice} />}
          <p className="alert-region" role="alert">
            {alert}
          </p>
        </section>
        <main className="workspace">
          <div className="chart-column">
            <PersonToolbar selectedLabel={selected ? labelOf(selected.id) : null} onAction={act} />
            <ChartPane
              doc={doc}
              layout={layout}
              selectedId={selected ? selected.id : null}
              showGenotypes={showGenotypes}
              onSelect={editor.select}
              fileInputRef={files.inputRef}
              onFile={files.openText}
              onRefused={(fileName, problem) => setDialog({ kind: 'import-errors', fileName, problems: [problem] })}
            />
          </div>
          <aside className="side" aria-label="Details">
            <Inspector doc={doc} selectedId={selected ? selected.id : null} label={selected ? layout.people[selected.id]?.label : undefined} />
            <ConditionPanel doc={doc} presets={PRESETS} cross={<CouplePanel doc={doc} selectedId={selected ? selected.id : null} labelOf={labelOf} />} />
          </aside>
        </main>
        <DialogHost dialog={dialog} doc={doc} labelOf={labelOf} onClose={() => setDialog(null)} onCreate={files.create} onExport={files.exportFigure} />
      </div>
    </EditorContext.Provider>
  );
}
