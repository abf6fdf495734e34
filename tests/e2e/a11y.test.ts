// axe-core on the loaded page, with and without a popup open, light and dark.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations (${scheme}), also with a popup open`, async () => {
      const s = await launch({ colorScheme: scheme });
      try {
        await s.page.goto(baseUrl);
        await waitForIdle(s.page);
        const run = () => axeViolations(s.page);
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
