// The editor: header, notices, workspace (toolbar, chart, inspector, condition panel)
// and dialogs. State lives in the store (via the session); the layout is derived and
// memoised here, with the metrics of the theme in use.
import { useMemo, useState } from 'react';
import { GNAS_FAMILY_TITLE } from '../engine/document/examples/gnasFamily.ts';
import { GNAS_FAMILY_HINT } from '../engine/document/examples/starters.ts';
import { personById } from '../engine/document/queries.ts';
import { wordSentence, type Sentence } from '../engine/document/sentence.ts';
import { layoutPedigree } from '../layout/layoutPedigree.ts';
import type { AppStore } from '../store/createAppStore.ts';
import { appStore } from '../store/useAppStore.ts';
import { chartLayoutMetrics } from './chart/chartMetrics.ts';
import { personLabeller } from './chart/personLabel.ts';
import { DEFAULT_THEME, PRESENTATION_THEME } from './chart/theme.ts';
import { DialogHost } from './dialogs/DialogHost.tsx';
import type { OpenDialog } from './dialogs/openDialog.ts';
import { EditorContext } from './editor/commands.ts';
import { createEditorCommands } from './editor/createEditorCommands.ts';
import { openExampleOnFirstStart, useEditorSession } from './editor/useEditorSession.ts';
import { FileNotice } from './files/FileNotice.tsx';
import { PrintFigure } from './files/PrintFigure.tsx';
import { useFileActions } from './files/useFileActions.ts';
import { useEditorKeys } from './keyboard/useEditorKeys.ts';
import { ChartPane } from './shell/ChartPane.tsx';
import { Header } from './shell/Header.tsx';
import { HintBar } from './shell/HintBar.tsx';
import { Workspace } from './shell/Workspace.tsx';
import { TeachingHost } from './teaching/TeachingHost.tsx';
import './app.css';

function alertOf(message: string | null, parts?: Sentence): { message: string; parts?: Sentence } | null {
  return message === null ? null : parts ? { message, parts } : { message };
}

/** The editor over `store` (the app's store by default; tests pass a fresh one). */
export function App({ store: appState = appStore }: { store?: AppStore }) {
  // Idempotent, so StrictMode's double call is harmless.
  useState(() => openExampleOnFirstStart(appState));
  const session = useEditorSession(appState);
  const { doc, store, showGenotypes, presentation } = session;
  // An editor error keeps its people as ids until shown, then is worded with the chart's labels.
  const [alert, setAlert] = useState<{ message: string; parts?: Sentence } | null>(null);
  const [fileNotice, setFileNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const editor = useMemo(() => createEditorCommands({ ...store, report: (message, parts) => setAlert(alertOf(message, parts)) }), [store]);
  const theme = presentation ? PRESENTATION_THEME : DEFAULT_THEME;
  const layout = useMemo(() => layoutPedigree(doc, chartLayoutMetrics(theme)), [doc, theme]);
  const files = useFileActions(editor, doc, setDialog, { alert: (message) => setAlert(alertOf(message)), inform: setFileNotice });
  const selectedId = session.selectedId !== null && personById(doc, session.selectedId) ? session.selectedId : null;
  const labelOf = useMemo(() => personLabeller(doc, layout.people), [doc, layout]);
  const toggleGenotypes = () => store.setShowGenotypes(!showGenotypes);
  const act = useEditorKeys({ editor, doc, layout, selected: selectedId, dialogOpen: dialog !== null, openDialog: setDialog, toggleGenotypes });

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
          onToggleGenotypes={toggleGenotypes}
          presentation={presentation}
          onTogglePresentation={() => store.setPresentation(!presentation)}
          onHelp={() => setDialog({ kind: 'help' })}
          onFile={files.command}
        />
        <TeachingHost store={appState} doc={doc} />
        <section className="notices" aria-label="Messages">
          {session.firstStart && !presentation && doc.meta.title === GNAS_FAMILY_TITLE && <HintBar text={GNAS_FAMILY_HINT} />}
          {session.recoveryNotice && <HintBar text={session.recoveryNotice} onDismiss={store.dismissRecoveryNotice} />}
          <FileNotice text={fileNotice} onDismiss={() => setFileNotice(null)} />
          <p className="alert-region" role="alert">
            {alert && (alert.parts ? wordSentence(alert.parts, labelOf) : alert.message)}
          </p>
        </section>
        <Workspace
          doc={doc}
          selectedId={selectedId}
          labelOf={labelOf}
          presentation={presentation}
          onAction={act}
          chart={
            <ChartPane
              doc={doc}
              layout={layout}
              theme={theme}
              selectedId={selectedId}
              showGenotypes={showGenotypes}
              onSelect={editor.select}
              fileInputRef={files.inputRef}
              onFile={files.openText}
              onRefused={(fileName, problem) => setDialog({ kind: 'import-errors', fileName, problems: [problem] })}
            />
          }
        />
        <PrintFigure doc={doc} showGenotypes={showGenotypes} />
        <DialogHost dialog={dialog} doc={doc} labelOf={labelOf} onClose={() => setDialog(null)} onCreate={files.create} onExport={files.exportFigure} />
      </div>
    </EditorContext.Provider>
  );
}
