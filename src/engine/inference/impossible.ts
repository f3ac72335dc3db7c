// Why is the data impossible? A minimal set of people's evidence that is impossible on its own
// (every proper subset is possible), found with QuickXplain (Junker 2004): O(k log n)
// likelihood evaluations for k culprits among n observed people, reusing the junction tree.
import type { PedigreeDocument, PersonId } from '../document/types.ts';
import { applyEvidence, type EvidenceItem, type PedigreeNetwork } from './network.ts';
import type { JunctionTree } from './junctionTree.ts';
import { calibrate, type PropagationControl } from './propagate.ts';
import { list } from './model.ts';
import { personLabel } from './parentRoles.ts';

/** One recorded fact in a minimal impossible set: whose, and what ("affected", "copies d/+"). */
export interface ImpossibleFact {
  person: PersonId;
  fact: string;
}

export interface ImpossibleExplanation {
  message: string;
  culprits: PersonId[];
  /** The minimal set of facts (absent when the model is impossible before any observation). */
  facts?: ImpossibleFact[];
}

/**
 * The explanation in words, with people named by `nameOf`: the engine names them by name and
 * id; the app passes the pedigree numbers of the drawing ("II-3 Anna") instead.
 */
export function impossibleSentence(modelName: string, facts: readonly ImpossibleFact[], nameOf: (id: PersonId) => string): string {
  const described = facts.map((f) => `${nameOf(f.person)}: ${f.fact}`);
  return described.length === 1
    ? `Impossible under ${modelName}: ${described[0]} cannot hold (no genotype allows it).`
    : `Impossible under ${modelName}: these observations cannot all hold together — ${list(described)}. Dropping any one of them makes the data possible.`;
}

export function explainImpossible(
  doc: PedigreeDocument,
  net: PedigreeNetwork,
  tree: JunctionTree,
  modelName: string,
  control: PropagationControl = {},
): ImpossibleExplanation {
  const possible = (enabled: Set<number>): boolean => {
    applyEvidence(net, (_, i) => enabled.has(i));
    return calibrate(net.vars, net.evidence, tree, false, control).logLikelihood > -Infinity;
  };
  const all = net.evidenceItems.map((_, i) => i);
  const restore = () => applyEvidence(net, () => true);
  if (!possible(new Set())) {
    restore();
    return { message: `Impossible under ${modelName} even before any observation: every liveborn genotype is non-viable.`, culprits: [] };
  }
  const minimal = quickXplain([], all, (set) => !possible(new Set(set)));
  restore();
  const items = minimal.map((i) => net.evidenceItems[i]!);
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  const facts = items.map((it: EvidenceItem): ImpossibleFact => ({ person: it.person, fact: it.describe() }));
  const culprits = [...new Set(items.map((it) => it.person))];
  return { message: impossibleSentence(modelName, facts, (id) => label(byId, id)), culprits, facts };
}

function label(byId: Map<PersonId, Parameters<typeof personLabel>[0]>, id: PersonId): string {
  const p = byId.get(id);
  return p ? personLabel(p) : id;
}

/**
 * QuickXplain: a minimal subset M of `candidates` with `inconsistent(background ∪ M)`,
 * given that background ∪ candidates is inconsistent.
 */
function quickXplain(background: number[], candidates: number[], inconsistent: (set: number[]) => boolean, backgroundChanged = false): number[] {
  if (backgroundChanged && inconsistent(background)) return [];
  if (candidates.length <= 1) return candidates;
  const half = candidates.length >> 1;
  const c1 = candidates.slice(0, half);
  const c2 = candidates.slice(half);
  const m2 = quickXplain([...background, ...c1], c2, inconsistent, c1.length > 0);
  const m1 = quickXplain([...background, ...m2], c1, inconsistent, m2.length > 0);
  return [...m1, ...m2];
}
