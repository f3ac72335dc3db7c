// The inspector: every attribute of the selected person, their status and copies for
// each condition, and their partnerships. Keyed by person so fields reset on selection.
import { personById } from '../../engine/document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { DocumentFields } from './DocumentFields.tsx';
import { Explanation } from './Explanation.tsx';
import { PersonFields } from './PersonFields.tsx';
import { RelationFields } from './RelationFields.tsx';
import { StatusFields } from './StatusFields.tsx';

export interface InspectorProps {
  doc: PedigreeDocument;
  selectedId: PersonId | null;
  /** How the chart names a person: pedigree number, then name ("II-3 Anna", or "II-3"). */
  labelOf: (id: PersonId) => string;
}

export function Inspector({ doc, selectedId, labelOf }: InspectorProps) {
  const person = selectedId === null ? undefined : personById(doc, selectedId);
  const active = doc.conditions.find((c) => c.id === doc.activeConditionId);
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">{person ? `Inspector: ${labelOf(person.id)}` : 'Inspector'}</h2>
      {!person ? (
        <>
          <p className="hint">Select a person in the chart (click, tap, or Tab to them) to see and edit everything about them.</p>
          <DocumentFields doc={doc} />
        </>
      ) : (
        <div key={person.id}>
          {active && <Explanation person={person} condition={active} />}
          {doc.conditions.map((c) => (
            <StatusFields key={c.id} person={person} condition={c} />
          ))}
          <PersonFields person={person} />
          <RelationFields doc={doc} personId={person.id} labelOf={labelOf} />
        </div>
      )}
    </section>
  );
}
