// A compact way to write example families as data: people listed with their parents'
// union, so each example reads like the drawing it describes.
import type { Condition } from '../../genetics/condition.ts';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  type KnownGenotype,
  type Observation,
  type PedigreeDocument,
  type Person,
  type Union,
} from '../types.ts';

export interface ExamplePerson extends Omit<Person, 'observations' | 'genotypes'> {
  /** Observation for the document's one condition. */
  status?: Observation;
  /** Known copies for the document's one condition. */
  copies?: KnownGenotype;
}

/** A document with one active condition; statuses and copies refer to it. */
export function exampleDocument(
  title: string,
  condition: Condition | null,
  people: ExamplePerson[],
  unions: Union[],
): PedigreeDocument {
  const persons: Person[] = people.map(({ status, copies, ...rest }) => {
    const person: Person = { ...rest, observations: {} };
    if (condition && status) person.observations[condition.id] = status;
    if (condition && copies) person.genotypes = { [condition.id]: copies };
    return person;
  });
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    persons,
    unions,
    twins: [],
    conditions: condition ? [condition] : [],
    activeConditionId: condition ? condition.id : null,
    meta: { title },
  };
}
