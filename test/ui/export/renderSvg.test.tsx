// The exported figure: a standalone SVG drawn by the same components as the chart.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { buildScene } from '../../../src/ui/chart/scene.ts';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import { renderPedigreeSvg } from '../../../src/ui/export/renderSvg.tsx';
import { gnasFamily, gnasFamilyLayout } from '../../fixtures/chartFamilies.ts';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('renderPedigreeSvg', () => {
  it('writes a standalone SVG file: namespace, viewBox, size, title and no interactive parts', () => {
    const { svg, width, height } = renderPedigreeSvg(gnasFamily(), gnasFamilyLayout());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const root = parse(svg).documentElement;
    expect(root.getAttribute('viewBox')?.split(' ')).toHaveLength(4);
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    expect(root.querySelector('title')?.textContent).toBe('GNAS family');
    expect(root.querySelectorAll('[role="button"], [tabindex], style')).toHaveLength(0);
  });

  it('describes the same people with the same words as the live chart', () => {
    const doc = gnasFamily();
    const layout = gnasFamilyLayout();
    render(<PedigreeChart document={doc} layout={layout} />);
    const live = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    const exported = [...parse(renderPedigreeSvg(doc, layout).svg).querySelectorAll('[data-person] > [aria-label]')].map((g) => g.getAttribute('aria-label'));
    expect(exported).toEqual(live);
  });

  it('leaves names out in privacy mode but keeps pedigree numbers', () => {
    const { svg } = renderPedigreeSvg(gnasFamily(), gnasFamilyLayout(), { privacy: true });
    for (const name of ['Arthur', 'Beth', 'Dora', 'Gil', 'Ida']) expect(svg).not.toContain(name);
    expect(svg).toContain('>II-2<');
  });

  it('leaves ages and ages at death out in privacy mode (L10: pedigree numbers only), keeping the "d." of the deceased', () => {
    const doc = gnasFamily();
    const open = renderPedigreeSvg(doc, gnasFamilyLayout()).svg;
    const ages = doc.persons.filter((p) => p.age !== undefined).map((p) => `>${p.age} y<`);
    expect(ages.length).toBeGreaterThan(0);
    for (const age of ages) expect(open).toContain(age);
    const { svg } = renderPedigreeSvg(doc, gnasFamilyLayout(), { privacy: true });
    expect(svg).not.toMatch(/>\d+ y</);
    expect(svg).not.toMatch(/d\. \d+ y/);
    expect(svg).not.toMatch(/deceased at \d+/);
    if (doc.persons.some((p) => p.deceased)) expect(svg).toContain('>d.<');
  });

  it('draws the key only when asked, and to the right of everything else', () => {
    expect(renderPedigreeSvg(gnasFamily(), gnasFamilyLayout(), { legend: false }).svg).not.toContain('Affected: PHP1a');
    const scene = buildScene(gnasFamily(), gnasFamilyLayout(), { privacy: false, showGenotypes: true, theme: DEFAULT_THEME, legend: true });
    const rightmostText = Math.max(...scene.model.people.map((v) => v.x + Math.max(...v.below.map((t) => t.length * DEFAULT_THEME.fontSize * 0.56)) / 2));
    expect(scene.legend!.box.minX).toBeGreaterThan(rightmostText);
    expect(scene.legend!.box.minX).toBeGreaterThan(Math.max(...gnasFamilyLayout().lines.flatMap((l) => l.points.map((p) => p[0]))));
  });

  it('scales the file’s size, not its drawing, for sharper raster output', () => {
    const one = renderPedigreeSvg(gnasFamily(), gnasFamilyLayout());
    const two = renderPedigreeSvg(gnasFamily(), gnasFamilyLayout(), { scale: 2 });
    expect(two.width).toBe(one.width * 2);
    expect(parse(two.svg).documentElement.getAttribute('viewBox')).toBe(parse(one.svg).documentElement.getAttribute('viewBox'));
  });
});
