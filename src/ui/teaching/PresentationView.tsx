// Presentation mode (issue 7 §3): the pedigree alone, full screen, in a dark or light
// projector theme, revealed generation by generation with the copies hidden until asked
// for. Everything runs from a presenter clicker or the keyboard (presentationKeys.ts);
// the buttons in the bar are only a convenience. Names and dates are hidden (NOMENCLATURE L10).
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { PedigreeChart } from '../chart/PedigreeChart.tsx';
import { enterFullscreen, leaveFullscreen } from './fullscreen.ts';
import { applyPresentation, presentationCommand, presentationStatus, startPresentation, type PresentationCommand } from './presentationKeys.ts';
import { linesBelowOnProjector, PROJECTOR_THEMES, projectorLayoutMetrics } from './projectorThemes.ts';
import { useRevealMask } from './useRevealMask.ts';

export function PresentationView({ doc, onExit }: { doc: PedigreeDocument; onExit: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [fitKey, setFitKey] = useState(0);
  const generationCount = useMemo(() => layoutPedigree(doc).generations.length, [doc]);
  const [state, dispatch] = useReducer(applyPresentation, generationCount, (n) => startPresentation(n));
  const theme = PROJECTOR_THEMES[state.theme];
  const layout = useMemo(() => layoutPedigree(doc, projectorLayoutMetrics(theme, linesBelowOnProjector(doc))), [doc, theme]);
  const maskTop = useRevealMask(frame, layout, state.revealed, [fitKey, state.showCopies, state.legend, state.theme]);
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });

  useEffect(() => {
    const el = root.current;
    if (el) {
      el.focus();
      void enterFullscreen(el);
    }
    // Refit when the window changes size (entering or leaving full screen does).
    const refit = () => setFitKey((k) => k + 1);
    window.addEventListener('resize', refit);
    const run = (command: PresentationCommand) => {
      if (command === 'exit') {
        void leaveFullscreen();
        exit.current();
      } else if (command === 'fullscreen') {
        if (document.fullscreenElement) void leaveFullscreen();
        else if (root.current) void enterFullscreen(root.current);
      } else dispatch(command);
    };
    // Capture phase: the editor's shortcuts behind the overlay never see these keys.
    const onKey = (e: KeyboardEvent) => {
      const command = presentationCommand(e);
      e.stopPropagation();
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('resize', refit);
      void leaveFullscreen();
    };
  }, []);

  const status = presentationStatus(state);
  return (
    <div ref={root} className={`presentation presentation-${state.theme}`} role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1} style={{ background: theme.background, color: theme.ink }}>
      <div ref={frame} className="presentation-chart" hidden={state.blank}>
        <PedigreeChart
          key={`${fitKey}-${state.theme}-${state.legend}`}
          document={doc}
          layout={layout}
          theme={theme}
          showGenotypes={state.showCopies}
          privacy
          legend={state.legend}
          label={`Pedigree chart: ${doc.meta.title ?? 'untitled'}, generation ${state.revealed} of ${state.generations} shown`}
        />
        {maskTop !== null && <div className="presentation-mask" data-testid="reveal-mask" style={{ top: maskTop, background: theme.background }} />}
      </div>
      {state.blank && <div className="presentation-blank" aria-label="Blank screen" />}
      <p className="presentation-status" role="status">
        {status}
      </p>
    </div>
  );
}
