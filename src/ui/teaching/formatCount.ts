// Whole numbers with thousands separators ("1,000", "20,000"), written out by hand: the first
// toLocaleString call of a page loads the browser's number-formatting data, which took
// 100–300 ms of main thread in Chromium, right when the 1,000 runs' results appeared.
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
