// The layout's own index of a document: integer ids and flat arrays, built once in O(n),
// so the ordering on 10,000 people never touch a Map in their inner loops.
// A "family" is what children hang from: a union, or a single recorded parent.
import type { PedigreeDocument, Person, Union } from '../engine/document/types.ts';

export interface Family {
  /** Index into doc.unions, or -1 for a single-parent family. */
  union: number;
  /** Person indices of the parents (two for a union, one for a single parent). */
  parents: number[];
  /** Person indices of the children, in document (birth) order. */
  children: number[];
}

export interface PedigreeGraph {
  doc: PedigreeDocument;
  persons: Person[];
  unions: Union[];
  indexOf: Map<string, number>;
  families: Family[];
  /** Family index each person is a child of, or -1. */
  parentFamily: Int32Array;
  /** Families each person is a parent in (unions in document order, then single-parent). */
  familiesOf: number[][];
  /** Index into doc.twins of each person's twin group, or -1. */
  twinGroup: Int32Array;
}

/** Indexes a document, silently skipping dangling references (validation reports them). */
export function buildGraph(doc: PedigreeDocument): PedigreeGraph {
  const persons: Person[] = [];
  const indexOf = new Map<string, number>();
  for (const p of doc.persons) {
    if (indexOf.has(p.id)) continue;
    indexOf.set(p.id, persons.length);
    persons.push(p);
  }
  const n = persons.length;
  const families: Family[] = [];
  const familiesOf: number[][] = Array.from({ length: n }, () => []);
  const unionFamily = new Map<string, number>();
  const unions: Union[] = [];
  for (const u of doc.unions) {
    const a = indexOf.get(u.partners[0]);
    const b = indexOf.get(u.partners[1]);
    if (a === undefined || b === undefined || a === b || unionFamily.has(u.id)) continue;
    unionFamily.set(u.id, families.length);
    familiesOf[a]!.push(families.length);
    familiesOf[b]!.push(families.length);
    families.push({ union: unions.length, parents: [a, b], children: [] });
    unions.push(u);
  }
  const parentFamily = new Int32Array(n).fill(-1);
  const singleFamily = new Map<number, number>();
  persons.forEach((p, i) => {
    let f: number | undefined;
    if (p.parentUnion !== undefined) f = unionFamily.get(p.parentUnion);
    else if (p.singleParent !== undefined) {
      const parent = indexOf.get(p.singleParent);
      if (parent !== undefined && parent !== i) {
        f = singleFamily.get(parent);
        if (f === undefined) {
          f = families.length;
          singleFamily.set(parent, f);
          familiesOf[parent]!.push(f);
          families.push({ union: -1, parents: [parent], children: [] });
        }
      }
    }
    if (f === undefined || families[f]!.parents.includes(i)) return;
    parentFamily[i] = f;
    families[f]!.children.push(i);
  });
  const twinGroup = new Int32Array(n).fill(-1);
  doc.twins.forEach((t, ti) => {
    for (const id of t.members) {
      const i = indexOf.get(id);
      if (i !== undefined && twinGroup[i] === -1) twinGroup[i] = ti;
    }
  });
  return { doc, persons, unions, indexOf, families, parentFamily, familiesOf, twinGroup };
}

/** Connected components over parent, child and partner links, numbered by first member in document order. */
export function components(g: PedigreeGraph): Int32Array {
  const n = g.persons.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const f of g.families) {
    const first = f.parents[0]!;
    for (const p of f.parents) join(first, p);
    for (const c of f.children) join(first, c);
  }
  const comp = new Int32Array(n);
  const number = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let c = number.get(r);
    if (c === undefined) {
      c = number.size;
      number.set(r, c);
    }
    comp[i] = c;
  }
  return comp;
}
