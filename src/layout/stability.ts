// How much a layout changed between two versions of a document (NOMENCLATURE.md layout
// guarantee 6: "stable under small edits"). Two measures, both counting people present in
// both layouts, with a quarter symbol as the smallest visible move:
// - peopleMoved, absolute: a person moved if their row changed or their x changed, after
//   discounting a pan of the whole drawing (the median shift).
// - peopleMovedLocally: a person moved if their row changed or their place relative to
//   what the eye reads them against changed: the gap to their left neighbour on the row,
//   or their offset from their parents. When a child joins a fully packed row, something
//   must make room: everything to one side of it slides over by one spacing. That slide
//   is no different to a reader from panning that part of the chart — every couple,
//   sibship and line of descent there is drawn exactly as before — so this measure counts
//   only the people whose surroundings changed (the seam, and whatever was re-centred).
//   The absolute measure stays, so a report can show both honestly.
import type { PedigreeDocument } from '../engine/document/types.ts';
import type { PedigreeLayout, PersonPlacement } from './types.ts';

function commonIds(before: PedigreeLayout, after: PedigreeLayout): string[] {
  return Object.keys(before.people).filter((k) => after.people[k] !== undefined);
}

/** The upper median shift, or the lower one (when half the drawing slid, the half that stayed). */
function medianShift(before: PedigreeLayout, after: PedigreeLayout, ids: string[], lower = false): number {
  const shifts = ids.map((k) => after.people[k]!.x - before.people[k]!.x).sort((a, b) => a - b);
  return shifts[Math.floor((shifts.length - (lower ? 1 : 0)) / 2)] ?? 0;
}

/** People whose row changed or who moved more than `tolerance`, after discounting a pan. */
export function peopleMoved(before: PedigreeLayout, after: PedigreeLayout, tolerance = before.metrics.symbolSize / 4): number {
  const common = commonIds(before, after);
  const median = medianShift(before, after, common);
  return common.filter((k) => {
    const a = before.people[k]!;
    const b = after.people[k]!;
    return a.generation !== b.generation || Math.abs(b.x - a.x - median) > tolerance;
  }).length;
}

/** Midpoint of a person's parents in a layout (their union, or their single parent), if drawn. */
function parentsX(layout: PedigreeLayout, parentIds: Map<string, string[]>, id: string): number | undefined {
  const ps = (parentIds.get(id) ?? []).map((p) => layout.people[p]).filter((p): p is PersonPlacement => p !== undefined);
  return ps.length === 0 ? undefined : ps.reduce((t, p) => t + p.x, 0) / ps.length;
}

/**
 * People whose row changed, or whose distance to their left neighbour (the nearest person
 * on their row drawn in both layouts) or to their parents changed by more than `tolerance`.
 * A person with neither is compared absolutely, after discounting a pan. `doc` is the
 * edited document (it names the parents).
 */
export function peopleMovedLocally(doc: PedigreeDocument, before: PedigreeLayout, after: PedigreeLayout, tolerance = before.metrics.symbolSize / 4): number {
  const unions = new Map(doc.unions.map((u) => [u.id, u.partners as string[]]));
  const parentIds = new Map<string, string[]>();
  for (const p of doc.persons) {
    if (p.parentUnion !== undefined) parentIds.set(p.id, unions.get(p.parentUnion) ?? []);
    else if (p.singleParent !== undefined) parentIds.set(p.id, [p.singleParent]);
  }
  const common = commonIds(before, after);
  const median = medianShift(before, after, common, true);
  const rows = new Map<number, string[]>();
  for (const k of common) {
    const a = before.people[k]!;
    if (a.generation !== after.people[k]!.generation) continue;
    rows.set(a.generation, [...(rows.get(a.generation) ?? []), k]);
  }
  let moved = common.length - [...rows.values()].reduce((t, r) => t + r.length, 0);
  const changed = (was: number, now: number) => Math.abs(now - was) > tolerance;
  for (const row of rows.values()) {
    row.sort((p, q) => before.people[p]!.x - before.people[q]!.x);
    row.forEach((k, i) => {
      const a = before.people[k]!;
      const b = after.people[k]!;
      const left = row[i - 1];
      const pa = parentsX(before, parentIds, k);
      const pb = parentsX(after, parentIds, k);
      let hasReference = false;
      let out = false;
      if (left !== undefined) {
        hasReference = true;
        out ||= changed(a.x - before.people[left]!.x, b.x - after.people[left]!.x);
      }
      if (pa !== undefined && pb !== undefined) {
        hasReference = true;
        out ||= changed(a.x - pa, b.x - pb);
      }
      if (!hasReference) out = changed(a.x + median, b.x);
      if (out) moved++;
    });
  }
  return moved;
}
