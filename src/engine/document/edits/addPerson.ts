// Add an unconnected person (the first person of a new pedigree, or someone to link
// later with linkParent / linkPartner). Created ids: [person].
import type { PedigreeDocument } from '../types.ts';
import { nextId } from './ids.ts';
import { newPerson, type NewPersonSex } from './newPerson.ts';
import { succeed, type EditResult } from './result.ts';

export function addPerson(doc: PedigreeDocument, args: { sex: NewPersonSex; name?: string }): EditResult {
  const id = nextId(doc, 'p');
  return succeed({ ...doc, persons: [...doc.persons, newPerson(id, args.sex, args.name)] }, [id]);
}
