// Counted nouns and grouped numbers in messages: "1 line", "2 lines", "1 person", "3 people",
// never "1 people" or "line(s)"; "20,000". Every message in the app is English. Thousands are
// grouped by hand, not with toLocaleString or Intl.NumberFormat, whose first call on a page
// loads the browser's number data: 100–300 ms of Chromium main thread, measured when the
// teaching panel's 1,000 runs' results first appeared.

/** "1,204", "20,000": a whole number (rounded) with its thousands grouped by commas. */
export function groupThousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 line", "12 lines", "1,204 people" (with `plural` for irregular nouns). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${groupThousands(n)} ${n === 1 ? singular : plural}`;
}

/** The form that agrees with a count: `agree(1, 'has', 'have')` → "has". */
export function agree<T extends string>(n: number, one: T, many: T): T {
  return n === 1 ? one : many;
}
