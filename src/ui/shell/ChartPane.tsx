// The chart with its zoom buttons, inside the file drop zone. Tabbing to a person
// selects them (focus = selection), so keyboard users never need Enter first.
//
// A press on a person focuses, hence selects, them at once; the toolbar above then
// changes and the chart can move under the finger or pointer before the click. That
// click then lands on the background, which would clear the selection just made (seen
// with touch on a 768×1024 tablet). So a background click clears the selection only
// when the press began on the background too.
import { useCallback, useRef, type RefObject } from 'react';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import { PedigreeChart } from '../chart/PedigreeChart.tsx';
import type { ChartTheme } from '../chart/theme.ts';
import type { ZoomControls } from '../chart/useZoom.ts';
import { FileDrop } from '../files/FileDrop.tsx';
import { useCarrierOverlay } from '../risk/useCarrierOverlay.ts';

export interface ChartPaneProps {
  doc: PedigreeDocument;
  layout: PedigreeLayout;
  theme: ChartTheme;
  selectedId: PersonId | null;
  showGenotypes: boolean;
  onSelect: (id: PersonId | null) => void;
  fileInputRef: RefObject<HTMLInputElement | null>;
  onFile: (name: string, text: string) => void | Promise<void>;
  onRefused: (name: string, problem: string) => void;
}

export function ChartPane(props: ChartPaneProps) {
  const zoom = useRef<ZoomControls>(null);
  const pressedOnPerson = useRef(false);
  const { doc, onSelect: select } = props;
  const onSelect = useCallback((id: PersonId | null) => (id === null && pressedOnPerson.current ? undefined : select(id)), [select]);
  // Carrier chances under each person when the risk panel's overlay switch is on.
  const annotations = useCarrierOverlay(doc);
  return (
    <FileDrop inputRef={props.fileInputRef} onFile={props.onFile} onRefused={props.onRefused}>
      <div
        className="chart-frame"
        onPointerDownCapture={(e) => {
          pressedOnPerson.current = (e.target as Element).closest?.('[data-person]') != null;
        }}
        onFocus={(e) => {
          const id = (e.target as Element).closest?.('[data-person]')?.getAttribute('data-person');
          if (id && id !== props.selectedId) onSelect(id);
        }}
      >
        {doc.persons.length === 0 ? (
          <p className="empty-chart">
            The pedigree is empty. Add a first person with the buttons above (or press S, D or C), or open a file by dropping
            it here.
          </p>
        ) : (
          <PedigreeChart
            document={doc}
            layout={props.layout}
            theme={props.theme}
            selectedId={props.selectedId}
            onSelect={onSelect}
            showGenotypes={props.showGenotypes}
            {...(annotations ? { annotations } : {})}
            controlsRef={zoom}
            label={`Pedigree chart: ${doc.meta.title ?? 'untitled'}, ${doc.persons.length} people`}
          />
        )}
      </div>
      <div className="zoom-buttons" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom.current?.zoomIn()} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoom.current?.zoomOut()} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => zoom.current?.fit()}>Fit</button>
      </div>
    </FileDrop>
  );
}
