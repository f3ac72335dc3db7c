// Set a union's attributes: asserted consanguinity, separation, no-children marks and
// layout hints. A field given as `undefined` is cleared; partners are not editable here.
import type { PedigreeDocument, Union, UnionId } from '../types.ts';
import { findUnion } from './guards.ts';
import { updateUnion } from './mutate.ts';
import { succeed, type EditResult } from './result.ts';

export type UnionFields = Partial<Omit<Union, 'id' | 'partners'>>;

export function setUnionFields(doc: PedigreeDocument, args: { id: UnionId; fields: UnionFields }): EditResult {
  const found = findUnion(doc, args.id);
  if (!found.ok) return found;
  return succeed(
    updateUnion(doc, args.id, (u) => {
      const next: Record<string, unknown> = { ...u };
      for (const [key, value] of Object.entries(args.fields)) {
        if (key === 'id' || key === 'partners') continue;
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      return next as unknown as Union;
    }),
  );
}
