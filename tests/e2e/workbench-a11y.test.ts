// axe-core on the workbench: empty, then with an article mapped and an event under review.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const ARTICLE = readFileSync('tests/e2e/fixtures/workbench-article.txt', 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('workbench accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations (${scheme}), empty and while reviewing`, async () => {
      const s = await launch({ colorScheme: scheme });
      try {
        const p = s.page;
        await p.goto(new URL('workbench.html', baseUrl).href);
        await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
        await p.addScriptTag({ content: axeSource });
        const run = () =>
          p.evaluate(async () => {
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
        expect(await run()).toEqual([]);
        await p.getByLabel('Article text', { exact: true }).fill(ARTICLE);
        await p.getByRole('button', { name: 'Map it' }).click();
        await p.locator('li[data-event-id] button').first().click();
        await p.locator('[data-review-event-id]').waitFor();
        await p.locator('#embed-snippet').waitFor();
        await waitForIdle(p);
        expect(await run()).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    }, 120_000);
  }
});
