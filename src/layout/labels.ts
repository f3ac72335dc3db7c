// Pedigree numbering (NOMENCLATURE L8): Roman numeral per row, I at the top; people numbered
// with Arabic numerals left to right in each row ("II-3").

export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** "II-3" labels for people given their rows and x, numbered left to right per row. */
export function pedigreeLabels(rows: number[], xs: ArrayLike<number>): string[] {
  const byRow = new Map<number, number[]>();
  rows.forEach((r, i) => {
    const list = byRow.get(r);
    if (list) list.push(i);
    else byRow.set(r, [i]);
  });
  const labels = new Array<string>(rows.length);
  for (const [r, people] of byRow) {
    people.sort((a, b) => xs[a]! - xs[b]! || a - b);
    people.forEach((p, k) => (labels[p] = `${romanNumeral(r + 1)}-${k + 1}`));
  }
  return labels;
}
