// Weighted least squares placement of one row with fixed order and minimum gaps:
// minimise Σ w_i (x_i − d_i)² subject to x_{i+1} − x_i ≥ gap_i. Substituting
// y_i = x_i − Σ_{j<i} gap_j turns it into isotonic regression, solved exactly in O(n) by
// the pool-adjacent-violators algorithm (Ayer et al. 1955; Best & Chakravarti 1990).

/** Positions for `desired` in the given order; `gaps[i]` separates item i and i + 1. */
export function placeRow(desired: number[], weights: number[], gaps: number[]): number[] {
  const n = desired.length;
  const offset = new Array<number>(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    offset[i] = acc;
    acc += gaps[i] ?? 0;
  }
  const blockW: number[] = [];
  const blockWY: number[] = [];
  const blockEnd: number[] = [];
  for (let i = 0; i < n; i++) {
    let w = weights[i]!;
    let wy = w * (desired[i]! - offset[i]!);
    while (blockW.length > 0 && blockWY[blockW.length - 1]! / blockW[blockW.length - 1]! > wy / w) {
      w += blockW.pop()!;
      wy += blockWY.pop()!;
      blockEnd.pop();
    }
    blockW.push(w);
    blockWY.push(wy);
    blockEnd.push(i);
  }
  const x = new Array<number>(n);
  let start = 0;
  for (let b = 0; b < blockW.length; b++) {
    const y = blockWY[b]! / blockW[b]!;
    for (let i = start; i <= blockEnd[b]!; i++) x[i] = y + offset[i]!;
    start = blockEnd[b]! + 1;
  }
  return x;
}
