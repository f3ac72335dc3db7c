// Mixed-radix index maps between a clique table and a sub-scope (last variable fastest).
// map[k] = index in the sub-table of the sub-scope's states at clique entry k, so products
// and marginals over a clique are single loops: T[k] *= F[map[k]] and S[map[k]] += T[k].

export function tableSize(cards: readonly number[]): number {
  let size = 1;
  for (const c of cards) size *= c;
  return size;
}

export function indexMap(vars: readonly number[], cards: readonly number[], subVars: readonly number[]): Int32Array {
  const size = tableSize(cards);
  const map = new Int32Array(size);
  // Stride in the sub-table of each clique variable (0 when not in the sub-scope).
  const subStride = new Array<number>(vars.length).fill(0);
  let stride = 1;
  for (let j = subVars.length - 1; j >= 0; j--) {
    const at = vars.indexOf(subVars[j]!);
    if (at < 0) throw new Error(`indexMap: variable ${subVars[j]} is not in the clique`);
    subStride[at] = stride;
    stride *= cards[at]!;
  }
  const digit = new Array<number>(vars.length).fill(0);
  let index = 0;
  for (let k = 0; k < size; k++) {
    map[k] = index;
    // Odometer increment, last variable fastest.
    for (let i = vars.length - 1; i >= 0; i--) {
      digit[i]!++;
      index += subStride[i]!;
      if (digit[i]! < cards[i]!) break;
      index -= subStride[i]! * cards[i]!;
      digit[i] = 0;
    }
  }
  return map;
}
