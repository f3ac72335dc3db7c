// The student's carrier marks drawn with the NSGC carrier dot (NOMENCLATURE S4), on a copy of
// the challenge document: the challenge itself is never changed.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';

export function withCarrierMarks(doc: PedigreeDocument, marked: readonly PersonId[]): PedigreeDocument {
  const condition = doc.activeConditionId;
  if (condition === null || marked.length === 0) return doc;
  const set = new Set(marked);
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      if (!set.has(p.id)) return p;
      const obs = p.observations[condition] ?? { status: 'unknown' as const };
      return { ...p, observations: { ...p.observations, [condition]: { ...obs, carrierMark: 'carrier' as const } } };
    }),
  };
}
