// The path of one variant copy through the family: back to the founder copy it came
// from and forward to everyone who inherited it. A copy's origin parent is the one who
// gave the gamete: the father for the paternal copy, the mother for the maternal copy
// (DOMAIN.md §1). With a simulation's allele tags the founder copy is known exactly;
// with tested genotypes only, the walk goes up while the origin parent carries exactly
// one variant copy (two would leave it ambiguous which one was passed on).
import type { ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { childrenOf, parentsOf } from '../../engine/document/queries.ts';
import type { AlleleTags } from './copies.ts';

export interface CopyRef {
  personId: PersonId;
  copy: ParentOfOrigin;
}

export interface VariantPath {
  /** `${personId}:${copy}` of every copy on the path. */
  copies: Set<string>;
  people: Set<PersonId>;
  /** Transmissions along the path, parent to child. */
  edges: { parent: PersonId; child: PersonId }[];
  /** The earliest copy reached going up. */
  origin: CopyRef;
}

export const copyKey = (r: CopyRef): string => `${r.personId}:${r.copy}`;

type AlleleOf = (id: PersonId, copy: ParentOfOrigin) => string;

function alleleReader(doc: PedigreeDocument, conditionId: string | null, tags: AlleleTags | undefined): AlleleOf {
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  return (id, copy) => tags?.[id]?.[copy]?.allele ?? (conditionId ? byId.get(id)?.genotypes?.[conditionId]?.[copy] : undefined) ?? '?';
}

function originParent(doc: PedigreeDocument, ref: CopyRef): PersonId | undefined {
  const parents = parentsOf(doc, ref.personId);
  return ref.copy === 'paternal' ? parents.father : parents.mother;
}

/** The copy a child received from `parent`, or null if `parent` has no gamete role for it. */
function copyFrom(doc: PedigreeDocument, child: PersonId, parent: PersonId): ParentOfOrigin | null {
  const parents = parentsOf(doc, child);
  if (parents.father === parent) return 'paternal';
  if (parents.mother === parent) return 'maternal';
  return null;
}

function variantCopiesOf(allele: AlleleOf, id: PersonId): ParentOfOrigin[] {
  return (['paternal', 'maternal'] as const).filter((c) => allele(id, c) === 'd');
}

/** The source key of a tagged copy: its origin, else its founder copy. */
function sourceOf(tags: AlleleTags, r: CopyRef): string | undefined {
  const t = tags[r.personId]?.[r.copy];
  if (!t) return undefined;
  return t.origin ?? (t.founderId ? `${t.founderId}:${t.founderCopy ?? '?'}` : undefined);
}

function sameFounder(tags: AlleleTags, a: CopyRef, b: CopyRef): boolean {
  const sa = sourceOf(tags, a);
  return sa !== undefined && sa === sourceOf(tags, b);
}

/** Null when the start copy does not carry the variant. */
export function variantPath(doc: PedigreeDocument, conditionId: string | null, start: CopyRef, tags?: AlleleTags): VariantPath | null {
  const allele = alleleReader(doc, conditionId, tags);
  if (allele(start.personId, start.copy) !== 'd') return null;
  const useTags = tags !== undefined && sourceOf(tags, start) !== undefined;

  let origin = start;
  for (let guard = 0; guard < doc.persons.length; guard++) {
    const parent = originParent(doc, origin);
    if (!parent) break;
    const carried = variantCopiesOf(allele, parent);
    const next = useTags
      ? carried.map((copy) => ({ personId: parent, copy })).find((r) => sameFounder(tags!, r, origin))
      : carried.length === 1
        ? { personId: parent, copy: carried[0]! }
        : undefined;
    if (!next) break;
    origin = next;
  }

  const path: VariantPath = { copies: new Set([copyKey(origin)]), people: new Set([origin.personId]), edges: [], origin };
  const queue: CopyRef[] = [origin];
  while (queue.length > 0) {
    const from = queue.shift()!;
    const parentHasOneVariant = variantCopiesOf(allele, from.personId).length === 1;
    for (const child of childrenOf(doc, from.personId)) {
      const copy = copyFrom(doc, child, from.personId);
      if (!copy || allele(child, copy) !== 'd') continue;
      const ref = { personId: child, copy };
      const inherited = useTags ? sameFounder(tags!, ref, from) : parentHasOneVariant;
      if (!inherited || path.copies.has(copyKey(ref))) continue;
      path.copies.add(copyKey(ref));
      path.people.add(child);
      path.edges.push({ parent: from.personId, child });
      queue.push(ref);
    }
  }
  path.copies.add(copyKey(start));
  path.people.add(start.personId);
  return path;
}
