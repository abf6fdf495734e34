// axe-core in a page (injected once): the accessibility violations found, for
// the a11y tests (an empty list means none); and the targets under WCAG 2.2's 24×24 px.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * Visible targets smaller than 24×24 (links inside a sentence, such as the attribution's, are
 * exempt); only those inside the elements `within` selects, when given.
 */
export async function smallTargets(page: Page, within?: string): Promise<string[]> {
  return page.evaluate((within) => {
    const out: string[] = [];
    const sel =
      'a[href], button, summary, input, select, textarea, [role="button"], [tabindex="0"]';
    const roots = within ? [...document.querySelectorAll(within)] : [document];
    for (const el of roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)])) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown
      if (el.matches('a') && el.closest('p, .maplibregl-ctrl-attrib-inner')) continue; // inline
      if (r.width < 24 || r.height < 24)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, within);
}
