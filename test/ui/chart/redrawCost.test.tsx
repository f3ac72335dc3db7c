// A re-render after an edit costs what changed (issue 5: "an edit at 500 people painted in
// under 50 ms"). Counted, not timed: which person bodies React redraws (PersonBody is
// wrapped with a counter) and which DOM attributes change (a MutationObserver).
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import type { PedigreeLayout } from '../../../src/layout/types.ts';
import { groupLines } from '../../../src/ui/chart/ChartLines.tsx';
import type * as PersonBodyModule from '../../../src/ui/chart/PersonBody.tsx';
import { chartLayoutMetrics } from '../../../src/ui/chart/chartMetrics.ts';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import { gnasCondition } from '../../fixtures/chartFamilies.ts';
import { syntheticPedigree } from '../../fixtures/synthetic.ts';

const counter = vi.hoisted(() => ({ bodies: [] as string[] }));
vi.mock('../../../src/ui/chart/PersonBody.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof PersonBodyModule>();
  return {
    ...original,
    PersonBody: (p: Parameters<typeof original.PersonBody>[0]) => {
      counter.bodies.push(`${p.view.id}:${p.part}`);
      return original.PersonBody(p);
    },
  };
});

/** 50 people with the GNAS condition, a status and two known copies each. */
function family(): PedigreeDocument {
  const d = syntheticPedigree({ people: 50, seed: 3 });
  return {
    ...d,
    conditions: [gnasCondition()],
    activeConditionId: 'gnas',
    persons: d.persons.map((p, i) => ({
      ...p,
      name: `Person ${i}`,
      observations: { gnas: { status: i % 4 === 0 ? ('affected' as const) : ('unaffected' as const) } },
      genotypes: { gnas: { paternal: i % 4 === 0 ? ('d' as const) : ('+' as const), maternal: '+' as const } },
    })),
  };
}

const layoutOf = (doc: PedigreeDocument) => layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));

/** The same layout as new objects, every person and line moved right by `dx`. */
function shifted(layout: PedigreeLayout, dx: number): PedigreeLayout {
  return {
    ...layout,
    people: Object.fromEntries(Object.entries(layout.people).map(([k, p]) => [k, { ...p, x: p.x + dx }])),
    lines: layout.lines.map((l) => ({ ...l, points: l.points.map(([x, y]): [number, number] => [x + dx, y]) })),
  };
}

function watch(): () => Map<string, number> {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { subtree: true, attributes: true, childList: true });
  return () => {
    const counts = new Map<string, number>();
    for (const r of observer.takeRecords()) {
      const k = r.type === 'attributes' ? `${(r.target as Element).tagName}.${r.attributeName}` : 'nodes';
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    observer.disconnect();
    return counts;
  };
}

const doc = family();
const layout = layoutOf(doc);
const chart = (d: PedigreeDocument, l: PedigreeLayout, selectedId: string | null = null) => (
  <PedigreeChart document={d} layout={l} selectedId={selectedId} legend={false} />
);

beforeEach(() => {
  counter.bodies = [];
});

describe('redraw cost after an edit', () => {
  it('draws each of the 50 bodies once (symbol and labels) on the first render', () => {
    render(chart(doc, layout));
    expect(document.querySelectorAll('[data-person]')).toHaveLength(50);
    expect(counter.bodies).toHaveLength(100);
  });

  it('redraws only the edited person’s body when one status changes, not the 49 others', () => {
    const { rerender } = render(chart(doc, layout));
    counter.bodies = [];
    const target = doc.persons[17]!;
    const edited = { ...doc, persons: doc.persons.map((p) => (p === target ? { ...p, observations: { gnas: { status: 'unknown' as const } } } : p)) };
    rerender(chart(edited, layoutOf(edited)));
    expect(counter.bodies.sort()).toEqual([`${target.id}:labels`, `${target.id}:symbol`]);
  });

  it('redraws no body when a new layout only moves everyone, and updates each position once', () => {
    const { rerender } = render(chart(doc, layout));
    counter.bodies = [];
    const changes = watch();
    rerender(chart(doc, shifted(layout, 40)));
    expect(counter.bodies).toEqual([]);
    // Each person's shell once, each family's line path once, each generation numeral once
    // (the numerals' column sits left of the content, which moved); nothing else.
    const labelled = layout.lines.filter((l) => l.label).length;
    expect(Object.fromEntries(changes())).toEqual({
      'g.transform': 50,
      'path.d': groupLines(layout.lines).length,
      'text.x': layout.generations.length + labelled,
    });
    expect(document.querySelector(`[data-person="${doc.persons[0]!.id}"]`)).toHaveAttribute('transform', `translate(${layout.people[doc.persons[0]!.id]!.x + 40},${layout.people[doc.persons[0]!.id]!.y})`);
  });

  it('touches no element when a new layout object has the same numbers', () => {
    const { rerender } = render(chart(doc, layout));
    counter.bodies = [];
    const changes = watch();
    rerender(chart(doc, shifted(layout, 0)));
    expect(counter.bodies).toEqual([]);
    expect([...changes()]).toEqual([]);
  });

  it('rewrites only the path of the family whose lines moved', () => {
    const { rerender } = render(chart(doc, layout));
    const union = layout.lines.find((l) => l.kind === 'sibship')!.union!;
    const moved = { ...layout, lines: layout.lines.map((l) => (l.union === union ? { ...l, points: l.points.map(([x, y]): [number, number] => [x, y + 5]) } : { ...l })) };
    const changes = watch();
    rerender(chart(doc, moved));
    expect([...changes()]).toEqual([['path.d', 1]]);
  });

  it('redraws no person when the parent re-renders with a new onSelect function', () => {
    const { rerender } = render(<PedigreeChart document={doc} layout={layout} legend={false} onSelect={() => {}} />);
    counter.bodies = [];
    const changes = watch();
    rerender(<PedigreeChart document={doc} layout={layout} legend={false} onSelect={() => {}} />);
    expect(counter.bodies).toEqual([]);
    expect([...changes()]).toEqual([]);
  });

  it('redraws only the two people whose selection changed', () => {
    const [a, b] = [doc.persons[3]!.id, doc.persons[30]!.id];
    const { rerender } = render(chart(doc, layout, a));
    counter.bodies = [];
    rerender(chart(doc, layout, b));
    expect(counter.bodies.sort()).toEqual([`${a}:labels`, `${a}:symbol`, `${b}:labels`, `${b}:symbol`].sort());
  });
});
