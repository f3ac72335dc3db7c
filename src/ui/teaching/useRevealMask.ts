// Where to cut the chart for "reveal generation by generation": just below the lowest
// drawn part (symbol, copies, labels) of the last revealed generation, in pixels from the
// top of the frame. Measured after the chart has fitted itself, so positions never move
// while generations are revealed: the rows below are covered, not removed.
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { PedigreeLayout } from '../../layout/types.ts';

export function useRevealMask(frame: RefObject<HTMLElement | null>, layout: PedigreeLayout, revealed: number, deps: unknown[]): number | null {
  const [top, setTop] = useState<number | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      const box = frame.current;
      if (!box) return;
      const frameTop = box.getBoundingClientRect().top;
      let bottom = 0;
      for (const p of Object.values(layout.people)) {
        if (p.generation >= revealed) continue;
        const el = box.querySelector(`[data-person="${CSS.escape(p.id)}"]`);
        if (el) bottom = Math.max(bottom, el.getBoundingClientRect().bottom - frameTop);
      }
      const all = Object.values(layout.people).every((p) => p.generation < revealed);
      setTop(all ? null : Math.ceil(bottom + 4));
    };
    const frameId = requestAnimationFrame(measure);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frameId);
      window.removeEventListener('resize', measure);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frame, layout, revealed, ...deps]);
  return top;
}
