// Screenshots of every run, for people to look at (test-results/ is git-ignored):
// fixed views at three zooms, and the initial view at desktop and phone sizes in
// light and dark. Each also asserts that the page stayed error-free.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jumpTo, launch, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';

beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe('fixed views', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ width: 1280, height: 800 });
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
  });
  afterAll(async () => s?.close());

  for (const [name, lng, lat, zoom] of [
    ['world-z1', 20, 20, 1],
    ['middle-east-z5', 45, 30, 5],
    ['iraq-z7', 43.7, 33.3, 7],
  ] as const) {
    it(name, async () => {
      await jumpTo(s.page, lng, lat, zoom);
      await s.page.screenshot({ path: `${OUT}/${name}.png` });
      expect(s.errors).toEqual([]);
    });
  }
});

describe('initial view', () => {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${w}x${h} ${scheme}`, async () => {
        const s = await launch({ width: w, height: h, colorScheme: scheme });
        try {
          await s.page.goto(baseUrl);
          await waitForIdle(s.page);
          await s.page.screenshot({ path: `${OUT}/initial-${w}x${h}-${scheme}.png` });
          // And with a popup open.
          const first = s.page.locator('li[data-event-id] button').first();
          await first.click();
          await s.page.locator('.maplibregl-popup').waitFor();
          await s.page.waitForTimeout(50);
          await waitForIdle(s.page);
          await s.page.screenshot({ path: `${OUT}/popup-${w}x${h}-${scheme}.png` });
          expect(s.errors).toEqual([]);
        } finally {
          await s.close();
        }
      });
    }
  }
});
