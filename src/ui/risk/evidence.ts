// Which recorded facts the reasoning weighs: the people nearest (by parent–child steps) to
// the people asked about who have a status or a test result, how each is related, and the
// pedigree with one person's facts left out (to measure what those facts did to a number).
import { childrenOf, indexDocument, parentsOf } from '../../engine/document/queries.ts';
import type { PedigreeDocument, Person, PersonId } from '../../engine/document/types.ts';
import type { ConditionId } from '../../engine/genetics/condition.ts';

/** Steps from the person asked about: up to a parent, down to a child. */
export type Path = ('up' | 'down')[];

export interface EvidenceHolder {
  id: PersonId;
  /** From the first person asked about (or the nearest of them). */
  path: Path;
  from: PersonId;
}

export function hasEvidence(person: Person, conditionId: ConditionId): boolean {
  const status = person.observations[conditionId]?.status ?? 'unknown';
  const known = person.genotypes?.[conditionId];
  return status !== 'unknown' || (known !== undefined && (known.paternal !== '?' || known.maternal !== '?'));
}

/** Breadth-first from `starts` over genetic links; the first `limit` people with evidence. */
export function nearestEvidence(doc: PedigreeDocument, conditionId: ConditionId, starts: readonly PersonId[], limit: number): EvidenceHolder[] {
  const persons = indexDocument(doc).persons;
  const seen = new Map<PersonId, EvidenceHolder>();
  let frontier: EvidenceHolder[] = starts.filter((id) => persons.has(id)).map((id) => ({ id, path: [], from: id }));
  frontier.forEach((h) => seen.set(h.id, h));
  const found: EvidenceHolder[] = [];
  while (frontier.length > 0 && found.length < limit) {
    for (const h of frontier) if (found.length < limit && hasEvidence(persons.get(h.id)!, conditionId)) found.push(h);
    const next: EvidenceHolder[] = [];
    for (const h of frontier) {
      const steps: [PersonId, 'up' | 'down'][] = [...parentsOf(doc, h.id).parents.map((p) => [p, 'up'] as [PersonId, 'up']), ...childrenOf(doc, h.id).map((c) => [c, 'down'] as [PersonId, 'down'])];
      for (const [id, step] of steps) {
        if (seen.has(id)) continue;
        const holder = { id, path: [...h.path, step], from: h.from };
        seen.set(id, holder);
        next.push(holder);
      }
    }
    frontier = next;
  }
  return found;
}

/** The document with one person's status and test result for the condition left out. */
export function withoutEvidence(doc: PedigreeDocument, conditionId: ConditionId, id: PersonId): PedigreeDocument {
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      if (p.id !== id) return p;
      const observations = { ...p.observations };
      delete observations[conditionId];
      const copy: Person = { ...p, observations };
      if (p.genotypes) {
        const genotypes = { ...p.genotypes };
        delete genotypes[conditionId];
        copy.genotypes = genotypes;
      }
      return copy;
    }),
  };
}

const WORDS: Record<string, [string, string, string]> = {
  '': ['', '', ''],
  up: ['father', 'mother', 'parent'],
  down: ['son', 'daughter', 'child'],
  'up,down': ['brother', 'sister', 'sibling'],
  'up,up': ['grandfather', 'grandmother', 'grandparent'],
  'down,down': ['grandson', 'granddaughter', 'grandchild'],
  'up,up,down': ['uncle', 'aunt', 'aunt or uncle'],
  'up,down,down': ['nephew', 'niece', 'niece or nephew'],
  'up,up,down,down': ['cousin', 'cousin', 'cousin'],
};

/** "mother", "son", "cousin" … or "relative"; '' for the person themself. */
export function relationWord(path: Path, relative: Person): string {
  const words = WORDS[path.join(',')];
  if (!words) return 'relative';
  return relative.gender === 'man' ? words[0] : relative.gender === 'woman' ? words[1] : words[2];
}
