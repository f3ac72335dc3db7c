// Adapts a step-through simulation (src/engine/teaching/simulation) to the chart's allele
// tags: each copy's allele and the stable key of the founder copy or de novo event it
// descends from, so the chart can trace a simulated variant's path exactly.
import type { SimulationRun, TaggedCopy } from '../../engine/teaching/simulation/types.ts';
import type { AlleleTag, AlleleTags } from './copies.ts';

function toTag(copy: TaggedCopy): AlleleTag {
  const tag: AlleleTag = { allele: copy.allele, origin: copy.tag };
  if (copy.origin.kind === 'founder') {
    tag.founderId = copy.origin.person;
    tag.founderCopy = copy.origin.copy;
  }
  return tag;
}

/** Tags for everyone simulated so far (a partial run gives tags for the people drawn). */
export function alleleTagsFromRun(run: Pick<SimulationRun, 'people'>): AlleleTags {
  const tags: AlleleTags = {};
  for (const p of run.people) tags[p.id] = { paternal: p.paternal ? toTag(p.paternal) : null, maternal: toTag(p.maternal) };
  return tags;
}
