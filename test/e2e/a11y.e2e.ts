// An automated accessibility scan (axe-core) of the editor with a person selected, so
// the inspector, the couple panel and the chart are all on screen.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { clickPerson } from './editorPage.ts';

const e2e = useBrowser();
const require = createRequire(import.meta.url);

interface Violation {
  id: string;
  impact: string;
  /** Whether each failing node is a person on the chart. */
  onPeople: boolean[];
}

/**
 * Known and reported (not hidden): each person on the chart is a button whose aria-label
 * ("III-2, Ben, man, affected: PHP1a, …") does not contain all of its visible text (copy
 * letters F/M/d/+, ages), which axe reports as label-content-name-mismatch (WCAG 2.5.3).
 * The fix belongs in the chart's person node; until then only that rule, and only on
 * person nodes, is tolerated — any other serious violation, or this one elsewhere, fails.
 */
const isKnownChartIssue = (v: Violation) => v.id === 'label-content-name-mismatch' && v.onPeople.every(Boolean);

describe('accessibility', () => {
  it('passes an axe-core accessibility scan with no serious or critical violations', async () => {
    const { page } = e2e;
    await page.goto(e2e.baseUrl);
    await clickPerson(page, 'III-2, Ben');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations: Violation[] = await page.evaluate(async () => {
      type Result = { violations: { id: string; impact: string; nodes: { element?: Element; target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, { elementRef: true });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, onPeople: v.nodes.map((n) => n.element?.hasAttribute('data-person') ?? false) }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.filter((v) => !isKnownChartIssue(v))).toEqual([]);
  });
});
