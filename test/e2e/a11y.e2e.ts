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
  targets: string[];
}

describe('accessibility', () => {
  it('passes an axe-core accessibility scan with no serious or critical violations', async () => {
    const { page } = e2e;
    await page.goto(e2e.baseUrl);
    await clickPerson(page, 'III-2, Ben');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations: Violation[] = await page.evaluate(async () => {
      type Result = { violations: { id: string; impact: string; nodes: { element?: Element; target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, {});
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });
});
