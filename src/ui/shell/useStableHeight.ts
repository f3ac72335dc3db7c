// Keeps an element as tall as the tallest it has been at its current width, so a bar
// whose buttons change (the person toolbar: 3 buttons with nobody selected, 9 with
// someone) does not resize the chart below it on every selection. The first growth
// still happens once; the chart refits to it (useZoom) and then stays put.
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useStableHeight(ref: RefObject<HTMLElement | null>): void {
  const tallest = useRef({ width: -1, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const width = el.clientWidth;
    if (width !== tallest.current.width) tallest.current = { width, height: 0 };
    el.style.minHeight = '';
    tallest.current.height = Math.max(tallest.current.height, el.offsetHeight);
    el.style.minHeight = `${tallest.current.height}px`;
  });
}
