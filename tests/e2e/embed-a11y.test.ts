// axe-core on the embed (light and dark, with a parameter message), the open
// share dialog, and the no-WebGL outline view. Each first checks that the page
// shows what axe is to check (a page with nothing on it has no violations).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';
import { LAYER_IDS } from '../../src/map/event-layers.ts';
import { axeViolations } from './axe.ts';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
let events: EventCollection;
beforeAll(async () => {
  events = (await (
    await fetch(new URL('generated/example.geojson', baseUrl))
  ).json()) as EventCollection;
  expect(events.features.length).toBeGreaterThan(0);
});

describe('accessibility of embedding (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the embed (${theme}) with a title and a parameter message`, async () => {
      const s = await launch({ width: 700, height: 800 });
      try {
        await s.page.goto(`${baseUrl}index.html?embed&theme=${theme}&title=Strikes&list=bad`);
        await waitForIdle(s.page);
        // The content: the title, the message, the list, the markers drawn on the map.
        expect(await s.page.locator('h1').textContent()).toBe('Strikes');
        expect(await s.page.locator('[data-testid="param-error"]').textContent()).toContain(
          '"bad"',
        );
        expect(await s.page.locator('.app').getAttribute('class')).toContain(`theme-${theme}`);
        expect(await s.page.locator('li[data-event-id]').count()).toBe(events.features.length);
        const markers = await s.page.evaluate(
          (layer) =>
            (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures(
              { layers: [layer] },
            ).length,
          LAYER_IDS.markers,
        );
        expect(markers).toBeGreaterThan(0);
        expect(await axeViolations(s.page)).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }

  it('the open share dialog', async () => {
    const s = await launch();
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.getByRole('button', { name: 'Embed' }).click();
      const dialog = s.page.locator('[data-testid="embed-dialog"]');
      await dialog.waitFor();
      expect(await dialog.isVisible()).toBe(true);
      expect(await s.page.locator('#embed-code').inputValue()).toMatch(/^<iframe src="/);
      expect(await dialog.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
      expect(await axeViolations(s.page)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the no-WebGL view', async () => {
    const s = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      await s.page.goto(`${baseUrl}index.html?embed`);
      await s.page.locator('svg path.land[d^="M"]').waitFor();
      expect(await s.page.locator('[data-testid="no-webgl"]').textContent()).toMatch(
        /WebGL is unavailable/,
      );
      expect(await s.page.locator('svg .event-point').count()).toBe(events.features.length);
      expect(await s.page.locator('li[data-event-id]').count()).toBe(events.features.length);
      expect(await axeViolations(s.page)).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
