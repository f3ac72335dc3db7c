// A sentence about people kept as parts, with each person as an id rather than a name, so
// whoever shows it can name people its own way: the editor as its chart does ("II-3 Anna",
// NOMENCLATURE L8), the CLI and tests by name and id. The same idea as the inference's
// ImpossibleResult.facts, for any message; parts are plain JSON, so they cross to a worker.
import { describePerson } from './queries.ts';
import type { PedigreeDocument, PersonId } from './types.ts';

export type SentencePart = string | { person: PersonId };
export type Sentence = readonly SentencePart[];

type Slot = string | number | SentencePart | Sentence;

/** The person `id`, as a part to be named by the reader. */
export function who(person: PersonId): SentencePart {
  return { person };
}

/** Several people, separated by `separator` ("Ann, Ben"). */
export function whoList(people: readonly PersonId[], separator = ', '): SentencePart[] {
  return people.flatMap((p, i) => (i === 0 ? [who(p)] : [separator, who(p)]));
}

/** Tagged template: words`${who(a)} and ${who(b)} are already partners.` gives the parts. */
export function words(text: TemplateStringsArray, ...slots: Slot[]): SentencePart[] {
  const parts: SentencePart[] = [];
  text.forEach((chunk, i) => {
    if (chunk !== '') parts.push(chunk);
    if (i >= slots.length) return;
    const slot = slots[i]!;
    if (typeof slot === 'number') parts.push(String(slot));
    else if (Array.isArray(slot)) parts.push(...(slot as Sentence));
    else parts.push(slot as SentencePart);
  });
  return parts;
}

/** The sentence as text, each person named by `nameOf`. */
export function wordSentence(sentence: Sentence, nameOf: (id: PersonId) => string): string {
  return sentence.map((part) => (typeof part === 'string' ? part : nameOf(part.person))).join('');
}

/** The engine's own wording: people by name and id ("Anna (anna)"), or the bare id. */
export function wordByName(doc: PedigreeDocument, sentence: Sentence): string {
  return wordSentence(sentence, (id) => describePerson(doc, id));
}
