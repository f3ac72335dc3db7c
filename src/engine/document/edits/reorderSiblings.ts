// Change birth order within one sibship. `order` must list exactly the children of the
// union (or single parent); they are written back into the slots the sibship already
// occupies in `doc.persons`, so nobody else moves.
import { childrenOf, indexDocument } from '../queries.ts';
import { words, who, whoList } from '../sentence.ts';
import type { PedigreeDocument, PersonId, UnionId } from '../types.ts';
import { fail, failAbout, succeed, type EditResult } from './result.ts';

export interface ReorderSiblingsArgs {
  /** The union, or the single parent, whose children are reordered. */
  parent: UnionId | PersonId;
  order: PersonId[];
}

export function reorderSiblings(doc: PedigreeDocument, args: ReorderSiblingsArgs): EditResult {
  const index = indexDocument(doc);
  const sibship = index.unions.has(args.parent)
    ? childrenOf(doc, args.parent)
    : (index.childrenBySingleParent.get(args.parent) ?? []);
  const same =
    sibship.length === args.order.length &&
    new Set(args.order).size === args.order.length &&
    args.order.every((id) => sibship.includes(id));
  if (!same) {
    return failAbout(
      doc,
      'invalid-value',
      words`The new order must list exactly the children of ${args.parent} (${sibship.length > 0 ? whoList(sibship) : 'none'}).`,
    );
  }
  const slots = sibship.map((id) => index.order.get(id)!).sort((a, b) => a - b);
  const persons = [...doc.persons];
  slots.forEach((slot, i) => {
    persons[slot] = index.persons.get(args.order[i]!)!;
  });
  return succeed({ ...doc, persons });
}

/** Move one child a place earlier (-1) or later (+1) among their siblings. */
export function moveSibling(doc: PedigreeDocument, args: { id: PersonId; by: -1 | 1 }): EditResult {
  const p = indexDocument(doc).persons.get(args.id);
  if (!p) return fail('not-found', `There is no person with id "${args.id}".`);
  const parent = p.parentUnion ?? p.singleParent;
  if (parent === undefined) return failAbout(doc, 'no-parents', words`${who(args.id)} has no recorded parents, so no siblings to move among.`);
  const sibs = [...childrenOfSibship(doc, parent, p.parentUnion !== undefined)];
  const i = sibs.indexOf(args.id);
  const j = i + args.by;
  if (j < 0 || j >= sibs.length) return succeed(doc);
  [sibs[i], sibs[j]] = [sibs[j]!, sibs[i]!];
  return reorderSiblings(doc, { parent, order: sibs });
}

function childrenOfSibship(doc: PedigreeDocument, parent: string, isUnion: boolean): readonly PersonId[] {
  const index = indexDocument(doc);
  return (isUnion ? index.childrenByUnion.get(parent) : index.childrenBySingleParent.get(parent)) ?? [];
}
