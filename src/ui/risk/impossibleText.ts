// Why the data are impossible, in the engine's words but with people named as the chart
// names them ("II-1 Chris", not "Chris (C)"); the engine's own sentence when it gives no parts.
import type { PersonId } from '../../engine/document/types.ts';
import { impossibleSentence, type ImpossibleResult } from '../../engine/inference/index.ts';

export function impossibleText(r: Pick<ImpossibleResult, 'message' | 'model' | 'facts'>, labelOf: (id: PersonId) => string): string {
  return r.model !== undefined && r.facts ? impossibleSentence(r.model, r.facts, labelOf) : r.message;
}
