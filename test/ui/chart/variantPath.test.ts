// Tracing one variant copy: up through origin parents (father for the paternal copy,
// mother for the maternal copy) to its founder copy, then down to everyone who got it.
import { describe, expect, it } from 'vitest';
import type { AlleleTags } from '../../../src/ui/chart/copies.ts';
import { alleleTagsFromRun } from '../../../src/ui/chart/alleleTagsFromRun.ts';
import { buildChartModel } from '../../../src/ui/chart/chartModel.ts';
import { highlightedPath } from '../../../src/ui/chart/scene.ts';
import { variantPath } from '../../../src/ui/chart/variantPath.ts';
import { gnasFamily, gnasFamilyLayout } from '../../fixtures/chartFamilies.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';

describe('variantPath from tested genotypes', () => {
  it('walks Ida’s paternal variant back to her great-grandfather’s maternal copy and forward to every carrier of it', () => {
    const path = variantPath(gnasFamily(), 'gnas', { personId: 'p9', copy: 'paternal' })!;
    expect(path.origin).toEqual({ personId: 'p1', copy: 'maternal' });
    expect([...path.people].sort()).toEqual(['p1', 'p3', 'p5', 'p7', 'p9']);
    expect([...path.copies].sort()).toEqual(['p1:maternal', 'p3:paternal', 'p5:maternal', 'p7:maternal', 'p9:paternal']);
    expect(path.edges).toEqual([
      { parent: 'p1', child: 'p3' },
      { parent: 'p3', child: 'p5' },
      { parent: 'p3', child: 'p7' },
      { parent: 'p5', child: 'p9' },
    ]);
  });

  it('returns nothing for a normal copy', () => {
    expect(variantPath(gnasFamily(), 'gnas', { personId: 'p9', copy: 'maternal' })).toBeNull();
  });

  it('stops going up at a parent with the variant on both copies (which one was passed is unknown)', () => {
    const family = tagFamily();
    const path = variantPath(family, 'c', { personId: 'p3', copy: 'paternal' })!;
    expect(path.origin).toEqual({ personId: 'p3', copy: 'paternal' });
    expect([...path.people]).toEqual(['p3']);
  });
});

/**
 *   g1 (d/+) ─┬─ g2 (+/d)
 *             │
 *          p1 (d/d) ─┬─ p2 (+/+)
 *                    │
 *                 p3 (d/+)
 */
function tagFamily() {
  const gt = (paternal: '+' | 'd', maternal: '+' | 'd') => ({ c: { paternal, maternal } });
  return doc(
    [
      man('g1', { genotypes: gt('d', '+') }),
      woman('g2', { genotypes: gt('+', 'd') }),
      child(man('p1', { genotypes: gt('d', 'd') }), 'u1'),
      woman('p2', { genotypes: gt('+', '+') }),
      child(man('p3', { genotypes: gt('d', '+') }), 'u2'),
    ],
    [union('u1', 'g1', 'g2'), union('u2', 'p1', 'p2')],
  );
}

describe('variantPath from a simulation’s allele tags', () => {
  const d = (origin: string) => ({ allele: 'd' as const, origin });
  const n = (origin: string) => ({ allele: '+' as const, origin });
  const tags: AlleleTags = {
    g1: { paternal: d('g1:paternal'), maternal: n('g1:maternal') },
    g2: { paternal: n('g2:paternal'), maternal: d('g2:maternal') },
    p1: { paternal: d('g1:paternal'), maternal: d('g2:maternal') },
    p2: { paternal: n('p2:paternal'), maternal: n('p2:maternal') },
    p3: { paternal: d('g2:maternal'), maternal: n('p2:maternal') },
  };

  it('follows the tagged copy through a parent with two variant copies to the right founder', () => {
    const path = variantPath(tagFamily(), 'c', { personId: 'p3', copy: 'paternal' }, tags)!;
    expect(path.origin).toEqual({ personId: 'g2', copy: 'maternal' });
    expect([...path.people].sort()).toEqual(['g2', 'p1', 'p3']);
    expect([...path.copies].sort()).toEqual(['g2:maternal', 'p1:maternal', 'p3:paternal']);
  });

  it('adapts a simulation run: founder origins become founder ids, an X-linked man has no paternal copy', () => {
    const tagsFromRun = alleleTagsFromRun({
      people: [
        {
          id: 'm1',
          generation: 0,
          sex: undefined,
          paternal: null,
          maternal: { allele: 'd', origin: { kind: 'founder', person: 'm1', copy: 'maternal' }, tag: 'm1:maternal' },
          genotype: 'd',
          viable: true,
          affected: true,
          variantFrom: 'mother',
        },
      ],
    });
    expect(tagsFromRun).toEqual({ m1: { paternal: null, maternal: { allele: 'd', origin: 'm1:maternal', founderId: 'm1', founderCopy: 'maternal' } } });
  });
});

describe('highlightedPath', () => {
  const doc = gnasFamily();
  const model = buildChartModel(doc, gnasFamilyLayout(), { privacy: false, showGenotypes: true, fontSize: 11 });

  it('highlights a requested variant copy over the selection', () => {
    const path = highlightedPath({ doc, model, copy: { personId: 'p7', copy: 'maternal' }, selectedId: 'p9' })!;
    expect(path.origin).toEqual({ personId: 'p1', copy: 'maternal' });
  });

  it('keeps the selected person’s path when the requested copy is a normal one', () => {
    const path = highlightedPath({ doc, model, copy: { personId: 'p6', copy: 'maternal' }, selectedId: 'p9' })!;
    expect([...path.people].sort()).toEqual(['p1', 'p3', 'p5', 'p7', 'p9']);
  });

  it('highlights nothing while copies are hidden', () => {
    const hidden = buildChartModel(doc, gnasFamilyLayout(), { privacy: false, showGenotypes: false, fontSize: 11 });
    expect(highlightedPath({ doc, model: hidden, copy: null, selectedId: 'p9' })).toBeNull();
  });
});
