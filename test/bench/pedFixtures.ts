// Large synthetic PED files for the format benchmarks. Deterministic (no randomness):
// families of three generations — two founders, `kids` children, each child marrying
// a founder and having two children — with `markers` genotype columns per line.
export function largePed(options: { families: number; kids: number; markers: number }): string {
  const lines: string[] = [];
  const markerCols = Array.from({ length: options.markers }, (_, i) => (i % 3 === 0 ? '1 2' : i % 3 === 1 ? '2 2' : '1 1')).join(' ');
  const row = (fam: string, id: string, f: string, m: string, sex: number, aff: number) =>
    `${fam} ${id} ${f} ${m} ${sex} ${aff}${options.markers > 0 ? ` ${markerCols}` : ''}`;
  for (let f = 1; f <= options.families; f++) {
    const fam = `FAM-${f}`;
    lines.push(row(fam, 'g1', '0', '0', 1, 1), row(fam, 'g2', '0', '0', 2, 2));
    for (let k = 1; k <= options.kids; k++) {
      const sex = k % 2 === 0 ? 2 : 1;
      lines.push(row(fam, `c${k}`, 'g1', 'g2', sex, k % 3 === 0 ? 2 : 1));
      lines.push(row(fam, `s${k}`, '0', '0', sex === 1 ? 2 : 1, 1));
      const [father, mother] = sex === 1 ? [`c${k}`, `s${k}`] : [`s${k}`, `c${k}`];
      lines.push(row(fam, `gc${k}a`, father, mother, 1, 0), row(fam, `gc${k}b`, father, mother, 2, 1));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One family of `generations` × 2 people: a chain of couples, each a child of the last. */
export function deepPed(generations: number): string {
  const lines = ['D p0 0 0 1 1', 'D w0 0 0 2 1'];
  for (let g = 1; g < generations; g++) {
    lines.push(`D p${g} p${g - 1} w${g - 1} 1 ${g % 5 === 0 ? 2 : 1}`, `D w${g} 0 0 2 1`);
  }
  return `${lines.join('\n')}\n`;
}
