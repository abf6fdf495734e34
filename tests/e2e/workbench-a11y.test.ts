// axe-core on the workbench: empty, then with an article mapped and an event under review.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
const ARTICLE = readFileSync('tests/e2e/fixtures/workbench-article.txt', 'utf8');

describe('workbench accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations (${scheme}), empty and while reviewing`, async () => {
      const s = await launch({ colorScheme: scheme });
      try {
        const p = s.page;
        await p.goto(new URL('workbench.html', baseUrl).href);
        await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
        const run = () => axeViolations(p);
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
