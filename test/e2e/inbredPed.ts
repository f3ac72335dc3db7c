// A small isolate as a LINKAGE PED text: `couples` couples per generation, each with a son and a
// daughter; each generation's sons marry the daughters of other couples in a seeded shuffled
// order. After a few generations everyone is related many ways over, so exact inference would
// need tables far beyond the engine's limit (the case for the sampling estimate).
export function inbredIsolatePed(couples: number, generations: number, seed = 7): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines: string[] = [];
  const total = 2 * couples * generations;
  let id = 0;
  const person = (father: string, mother: string, sex: 1 | 2) => {
    const name = `i${++id}`;
    // One affected son in the last generation (affection 2); everyone else unknown (0).
    lines.push(`iso ${name} ${father} ${mother} ${sex} ${id === total - 1 ? 2 : 0}`);
    return name;
  };
  let pairs: [string, string][] = Array.from({ length: couples }, () => [person('0', '0', 1), person('0', '0', 2)]);
  for (let g = 1; g < generations; g++) {
    const sons: string[] = [];
    const daughters: string[] = [];
    for (const [f, m] of pairs) {
      sons.push(person(f, m, 1));
      daughters.push(person(f, m, 2));
    }
    const order = daughters.map((d) => ({ d, k: next() })).sort((a, b) => a.k - b.k).map((x) => x.d);
    pairs = sons.map((s, i) => [s, order[i]!]);
  }
  return lines.join('\n') + '\n';
}
