// The parent-of-origin cross for the selected couple (the selected person and their
// partner, or a selected child's parents), with the engine's explanation in words.
// Untested copies are taken as normal, and the panel says so. The square and its
// explanation are the shared CrossTable. One button swaps the couple's sexes, to see
// the same variant passed through a mother instead of a father (the GNAS lesson).
import { personById } from '../../engine/document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { CrossTable } from '../cross/CrossTable.tsx';
import { useEditor } from '../editor/commands.ts';
import { coupleFor, crossGenotype } from './coupleFor.ts';

export interface CouplePanelProps {
  doc: PedigreeDocument;
  selectedId: PersonId | null;
  labelOf: (id: PersonId) => string;
}

export function CouplePanel({ doc, selectedId, labelOf }: CouplePanelProps) {
  const condition = doc.conditions.find((c) => c.id === doc.activeConditionId);
  const editor = useEditor();
  const couple = coupleFor(doc, selectedId);
  if (!condition) return null;
  if (!couple) return <p className="hint">Select a person with a partner, or a child, to see what their children can inherit.</p>;
  const father = personById(doc, couple.father)!;
  const mother = personById(doc, couple.mother)!;
  const fatherGenotype = crossGenotype(father.genotypes?.[condition.id], condition.chromosome === 'X');
  const motherGenotype = crossGenotype(mother.genotypes?.[condition.id], false);
  const untested = [father, mother].filter((p) => {
    const g = p.genotypes?.[condition.id];
    return !g || g.maternal === '?' || (g.paternal === '?' && !(condition.chromosome === 'X' && p === father));
  });
  return (
    <section className="section couple" aria-label="Children of the selected couple">
      <h3>
        Children of {labelOf(couple.father)} (father, {fatherGenotype}) × {labelOf(couple.mother)} (mother, {motherGenotype})
      </h3>
      <button
        type="button"
        aria-keyshortcuts="X"
        title="Swap the parents' sexes (X)"
        onClick={() => selectedId !== null && editor.swapCoupleSexes(selectedId)}
      >
        Swap the parents’ sexes
      </button>
      {untested.length > 0 && <p className="hint">Copies not known for {untested.map((p) => labelOf(p.id)).join(' and ')} are taken as normal (+).</p>}
      <CrossTable condition={condition} father={fatherGenotype} mother={motherGenotype} />
    </section>
  );
}
