// A teaching view laid over the workspace: a labelled region with a heading and a Close
// button. Keys pressed inside stay inside (the editor's single-letter shortcuts must not
// edit the pedigree behind it) and Escape closes it. Focus moves to the heading on open.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface TeachingPanelProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function TeachingPanel({ title, onClose, children, className }: TeachingPanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <section
      className={`teaching-panel ${className ?? ''}`}
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="teaching-panel-head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" onClick={onClose}>
          Close {title.toLowerCase()}
        </button>
      </div>
      {children}
    </section>
  );
}
