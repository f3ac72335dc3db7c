// Quality measures of a finished layout, computed from the document and the positions only
// (never from the layout's internals), so tests and benchmarks can check the guarantees of
// NOMENCLATURE.md "Layout guarantees" against any layout.
import type { PedigreeDocument, PersonId } from '../engine/document/types.ts';
import { countEdgeCrossings } from './crossings.ts';
import type { PedigreeLayout, PersonPlacement } from './types.ts';

interface Sibship {
  /** x of the union midpoint or the single parent. */
  top: number;
  topRow: number;
  children: PersonPlacement[];
}

function sibships(doc: PedigreeDocument, layout: PedigreeLayout): Sibship[] {
  const byKey = new Map<string, Sibship>();
  const unions = new Map(doc.unions.map((u) => [u.id, u]));
  for (const person of doc.persons) {
    const c = layout.people[person.id];
    if (!c) continue;
    let parents: PersonPlacement[] = [];
    let key: string | undefined;
    if (person.parentUnion !== undefined) {
      const u = unions.get(person.parentUnion);
      parents = (u?.partners ?? []).map((id) => layout.people[id]).filter((p): p is PersonPlacement => p !== undefined);
      key = `u:${person.parentUnion}`;
    } else if (person.singleParent !== undefined) {
      const p = layout.people[person.singleParent];
      parents = p ? [p] : [];
      key = `p:${person.singleParent}`;
    }
    if (key === undefined || parents.length === 0) continue;
    let s = byKey.get(key);
    if (!s) {
      s = {
        top: parents.reduce((t, p) => t + p.x, 0) / parents.length,
        topRow: Math.max(...parents.map((p) => p.generation)),
        children: [],
      };
      byKey.set(key, s);
    }
    s.children.push(c);
  }
  return [...byKey.values()];
}

function rowsOf(layout: PedigreeLayout, keep: (p: PersonPlacement) => boolean = () => true): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  for (const p of Object.values(layout.people)) {
    if (!keep(p)) continue;
    const row = rows.get(p.generation);
    if (row) row.push(p.x);
    else rows.set(p.generation, [p.x]);
  }
  for (const row of rows.values()) row.sort((a, b) => a - b);
  return rows;
}

/** Number of sorted values strictly between lo and hi. */
function countBetween(sorted: number[], lo: number, hi: number): number {
  const bound = (v: number, strict: boolean) => {
    let a = 0;
    let b = sorted.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (strict ? sorted[mid]! <= v : sorted[mid]! < v) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  return Math.max(0, bound(hi, false) - bound(lo, true));
}

/** Crossings between lines of descent: pairs of parent→child edges ending on a row in opposite order. */
export function crossingCount(doc: PedigreeDocument, layout: PedigreeLayout): number {
  const bands = new Map<number, { tops: number[]; bottoms: number[] }>();
  for (const s of sibships(doc, layout)) {
    for (const c of s.children) {
      let band = bands.get(c.generation);
      if (!band) bands.set(c.generation, (band = { tops: [], bottoms: [] }));
      band.tops.push(s.top);
      band.bottoms.push(c.x);
    }
  }
  let total = 0;
  for (const band of bands.values()) total += countEdgeCrossings(band.tops, band.bottoms);
  return total;
}

function placedUnions(doc: PedigreeDocument, layout: PedigreeLayout): [PersonPlacement, PersonPlacement][] {
  const out: [PersonPlacement, PersonPlacement][] = [];
  for (const u of doc.unions) {
    const a = layout.people[u.partners[0]];
    const b = layout.people[u.partners[1]];
    if (a && b && a !== b) out.push([a, b]);
  }
  return out;
}

/** Share of unions whose partners are on one row (1 when there are no unions). */
export function partnersOnOneRow(doc: PedigreeDocument, layout: PedigreeLayout): number {
  const unions = placedUnions(doc, layout);
  if (unions.length === 0) return 1;
  return unions.filter(([a, b]) => a.generation === b.generation).length / unions.length;
}

/** Share of unions whose partners are on one row with nobody drawn between them. */
export function partnersAdjacent(doc: PedigreeDocument, layout: PedigreeLayout): number {
  const unions = placedUnions(doc, layout);
  if (unions.length === 0) return 1;
  const rows = rowsOf(layout);
  const adjacent = unions.filter(
    ([a, b]) => a.generation === b.generation && countBetween(rows.get(a.generation)!, Math.min(a.x, b.x), Math.max(a.x, b.x)) === 0,
  );
  return adjacent.length / unions.length;
}

/**
 * Share of sibships (children of one union on one row, two or more) with no one from
 * another family between them; partners who married in without recorded parents may stand
 * between siblings, next to the sibling they married.
 */
export function sibshipContiguity(doc: PedigreeDocument, layout: PedigreeLayout): number {
  const withParents = new Set<PersonId>(doc.persons.filter((p) => p.parentUnion !== undefined || p.singleParent !== undefined).map((p) => p.id));
  const rows = rowsOf(layout, (p) => withParents.has(p.id) && p.duplicateOf === undefined);
  let total = 0;
  let contiguous = 0;
  for (const s of sibships(doc, layout)) {
    const byRow = new Map<number, number[]>();
    for (const c of s.children) byRow.set(c.generation, [...(byRow.get(c.generation) ?? []), c.x]);
    for (const [row, xs] of byRow) {
      if (xs.length < 2) continue;
      total++;
      const lo = Math.min(...xs);
      const hi = Math.max(...xs);
      if (countBetween(rows.get(row)!, lo, hi) === xs.length - 2) contiguous++;
    }
  }
  return total === 0 ? 1 : contiguous / total;
}

/** Mean distance between a union (or single parent) and the centre of its children below. */
export function meanChildOffset(doc: PedigreeDocument, layout: PedigreeLayout): number {
  const all = sibships(doc, layout);
  if (all.length === 0) return 0;
  let sum = 0;
  for (const s of all) {
    const xs = s.children.map((c) => c.x);
    sum += Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - s.top);
  }
  return sum / all.length;
}

/** Children not strictly below every parent (guarantee 1). */
export function childrenNotBelowParents(doc: PedigreeDocument, layout: PedigreeLayout): number {
  return sibships(doc, layout).reduce((t, s) => t + s.children.filter((c) => c.generation <= s.topRow).length, 0);
}

/** Sibships drawn out of birth order without birth-order numbers (guarantee 4). */
export function unnumberedReorders(doc: PedigreeDocument, layout: PedigreeLayout): number {
  let count = 0;
  for (const s of sibships(doc, layout)) {
    const byRow = new Map<number, PersonPlacement[]>();
    for (const c of s.children) byRow.set(c.generation, [...(byRow.get(c.generation) ?? []), c]);
    for (const row of byRow.values()) {
      const reordered = row.some((c, i) => i > 0 && c.x < row[i - 1]!.x);
      if (reordered && row.some((c) => c.birthOrder === undefined)) count++;
    }
  }
  return count;
}

/** Twin groups with someone else drawn between the twins (guarantee 4). */
export function twinsApart(doc: PedigreeDocument, layout: PedigreeLayout): number {
  const rows = rowsOf(layout);
  return doc.twins.filter((t) => {
    const ps = t.members.map((id) => layout.people[id]).filter((p): p is PersonPlacement => p !== undefined);
    if (ps.length < 2) return false;
    if (ps.some((p) => p.generation !== ps[0]!.generation)) return true;
    const xs = ps.map((p) => p.x);
    return countBetween(rows.get(ps[0]!.generation)!, Math.min(...xs), Math.max(...xs)) !== ps.length - 2;
  }).length;
}

/** Pairs of neighbouring symbols on a row closer than one symbol width (guarantee 5). */
export function overlapCount(layout: PedigreeLayout): number {
  let count = 0;
  for (const row of rowsOf(layout).values()) {
    for (let i = 1; i < row.length; i++) if (row[i]! - row[i - 1]! < layout.metrics.symbolSize) count++;
  }
  return count;
}

export function layoutWidth(layout: PedigreeLayout): number {
  return layout.bounds.maxX - layout.bounds.minX;
}

export { peopleMoved, peopleMovedLocally } from './stability.ts';
