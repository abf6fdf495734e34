// axe-core on the loaded page, with and without a popup open, light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
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

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations (${scheme}), also with a popup open`, async () => {
      const s = await launch({ colorScheme: scheme });
      try {
        await s.page.goto(baseUrl);
        await waitForIdle(s.page);
        await s.page.addScriptTag({ content: axeSource });
        const run = () =>
          s.page.evaluate(async () => {
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
        await s.page.locator('li[data-event-id] button').first().click();
        await s.page.locator('.maplibregl-popup').waitFor();
        expect(await run()).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});
