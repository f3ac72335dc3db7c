// Small families for the risk views, their labels, an independent brute-force reference,
// and the panel rendered over an in-page worker client (the real client, protocol and engine).
//
//   AD trio                          [I-1 Frank] ──── (I-2 Mary)
//   Frank affected, Mary unaffected                 │
//                                              [II-1 Chris]   status unknown
import { render } from '@testing-library/react';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { InferenceClientContext } from '../../../src/ui/risk/inferenceClientContext.ts';
import { RiskPanel } from '../../../src/ui/risk/RiskPanel.tsx';
import { InPageWorker } from '../../../src/ui/risk/inPageWorker.ts';
import { createInferenceClient, type InferenceClient } from '../../../src/ui/workers/inferenceClient.ts';
import { AD, condition, pedigree, type PersonSpec, type UnionSpec } from '../../engine/inference/pedigreeBuilder.ts';

export const NAMES: Record<string, string> = { F: 'I-1 Frank', M: 'I-2 Mary', C: 'II-1 Chris' };
export const labelOf = (id: string) => NAMES[id] ?? id;

/** q small enough that the child's carrier chance 1/(2 − q) prints as 50%. */
export const Q = 1e-4;
export const adCondition: Condition = condition({ penetrance: AD, q: Q, name: 'Test AD' });

export function withCondition(doc: PedigreeDocument, c: Condition): PedigreeDocument {
  return { ...doc, conditions: [c], activeConditionId: c.id };
}

export function adTrio(child: PersonSpec['status'] = undefined, c: Condition = adCondition): PedigreeDocument {
  const persons: PersonSpec[] = [{ id: 'F', sex: 'M', status: 'affected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'C', sex: 'M', ...(child ? { status: child } : {}) }];
  const unions: UnionSpec[] = [['F', 'M', ['C']]];
  return withCondition(pedigree(persons, unions), c);
}

/**
 * P(child carries d) in the trio by enumerating all 4³ ordered-genotype assignments
 * (Hardy–Weinberg founders, Mendelian transmission, observation factors), independent of the engine.
 */
export function bruteForceChildCarrier(f: Record<'+/+' | 'd/+' | '+/d' | 'd/d', number>, q: number, father: 'affected' | null, mother: 'unaffected' | null): number {
  const gs = ['+/+', 'd/+', '+/d', 'd/d'] as const;
  const prior = (g: string) => (g[0] === 'd' ? q : 1 - q) * (g[2] === 'd' ? q : 1 - q);
  const pass = (g: string, a: string) => ((g[0] === a ? 1 : 0) + (g[2] === a ? 1 : 0)) / 2;
  let total = 0;
  let carrier = 0;
  for (const gf of gs)
    for (const gm of gs)
      for (const gc of gs) {
        const obs = (father ? f[gf] : 1) * (mother ? 1 - f[gm] : 1);
        const w = prior(gf) * prior(gm) * pass(gf, gc[0]!) * pass(gm, gc[2]!) * obs;
        total += w;
        if (gc !== '+/+') carrier += w;
      }
  return carrier / total;
}

/** Waiting for worker results: generous, since the test machine is shared. */
export const SLOW = { timeout: 8000 };

export const inPageClient = (): InferenceClient => createInferenceClient(() => new InPageWorker());

export function renderPanel(doc: PedigreeDocument, selectedId: string | null, client: InferenceClient = inPageClient()) {
  const panel = (d: PedigreeDocument, id: string | null) => (
    <InferenceClientContext.Provider value={client}>
      <RiskPanel doc={d} selectedId={id} labelOf={labelOf} />
    </InferenceClientContext.Provider>
  );
  const view = render(panel(doc, selectedId));
  return { ...view, client, show: (d: PedigreeDocument, id: string | null) => view.rerender(panel(d, id)) };
}
