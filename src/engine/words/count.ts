// Counted nouns in messages: "1 line", "2 lines", "1 person", "3 people", never "1 people"
// or "line(s)". Every message in the app is English. Thousands are grouped by hand, not with
// toLocaleString, whose first call on a page loads the browser's number data (100–300 ms of
// main thread in Chromium, measured for the run results, src/ui/teaching/formatCount.ts).

/** "1 line", "12 lines", "1,204 people" (with `plural` for irregular nouns). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped} ${n === 1 ? singular : plural}`;
}

/** The form that agrees with a count: `agree(1, 'has', 'have')` → "has". */
export function agree<T extends string>(n: number, one: T, many: T): T {
  return n === 1 ? one : many;
}
