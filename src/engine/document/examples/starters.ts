// What "New" offers and what first start opens: blank, the templates and the GNAS family.
import { presetById } from '../../genetics/presets/index.ts';
import { emptyDocument } from '../create.ts';
import type { PedigreeDocument } from '../types.ts';
import { gnasFamily } from './gnasFamily.ts';
import { threeGenerationsTemplate, trioTemplate } from './templates.ts';

export type StarterId = 'blank' | 'trio' | 'three-generations' | 'gnas-family';

export interface Starter {
  id: StarterId;
  name: string;
  description: string;
  create: () => PedigreeDocument;
}

/** Templates and the example use the GNAS preset, the condition the app is about. */
function gnas() {
  const condition = presetById('gnas');
  if (!condition) throw new Error('the GNAS preset is missing from PRESETS');
  return condition;
}

export const STARTERS: readonly Starter[] = [
  { id: 'blank', name: 'Blank', description: 'no people; the GNAS condition model', create: () => ({ ...emptyDocument(), conditions: [gnas()], activeConditionId: 'gnas' }) },
  { id: 'trio', name: 'Trio', description: 'father, mother and a child', create: () => trioTemplate(gnas()) },
  { id: 'three-generations', name: 'Three generations', description: 'grandparents, parents, a son and a daughter', create: () => threeGenerationsTemplate(gnas()) },
  { id: 'gnas-family', name: 'GNAS family', description: 'PHP1a or PPHP/POH by the parent who transmits the variant', create: () => gnasFamily(gnas()) },
];

export function starterDocument(id: StarterId): PedigreeDocument {
  return STARTERS.find((s) => s.id === id)!.create();
}

/** The one-line hint shown with the GNAS family on first start. */
export const GNAS_FAMILY_HINT =
  'Try: select Ben — his children get the variant on the father’s copy (PPHP/POH); select his sister Clara — hers get it on the mother’s copy (PHP1a). The Punnett square is in the Condition panel.';
