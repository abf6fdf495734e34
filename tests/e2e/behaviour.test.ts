// Clustering of many events, and a live switch of the colour scheme.
import { describe, expect, inject, it } from 'vitest';
import { idleAfter, jumpTo, launch, waitForIdle } from './browser.ts';
import { manyEvents } from './many-events.ts';

const baseUrl = inject('baseUrl');
type Hooked = Window & { __map: import('maplibre-gl').Map };

const rendered = (layer: string) =>
  (window as unknown as Hooked).__map.queryRenderedFeatures({ layers: [layer] }).length;

describe('many events', () => {
  it('are clustered at low zoom and split when zooming in', async () => {
    const s = await launch();
    try {
      await s.page.route('**/generated/example.geojson', (route) =>
        route.fulfill({ json: manyEvents(150) }),
      );
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      expect(await s.page.locator('li[data-event-id]').count()).toBe(150);
      await jumpTo(s.page, 44, 33, 3);
      expect(await s.page.evaluate(rendered, 'events-clusters')).toBeGreaterThan(0);
      await jumpTo(s.page, 44, 33, 9);
      expect(await s.page.evaluate(rendered, 'events-clusters')).toBe(0);
      // Choosing an event from the list still opens its popup.
      await s.page.locator('li[data-event-id="e100"] button').click();
      expect(await s.page.locator('.event-popup').getAttribute('data-popup-event-id')).toBe('e100');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('a list of more events than it renders', () => {
  it('renders a window of 1000 items that moves to the selected event', async () => {
    const s = await launch();
    try {
      await s.page.route('**/generated/example.geojson', (route) =>
        route.fulfill({ json: manyEvents(2500) }),
      );
      await s.page.goto(`${baseUrl}#event=e1700`);
      await waitForIdle(s.page, 60_000);
      expect(await s.page.locator('li[data-event-id]').count()).toBe(1000);
      await expect.poll(() => s.page.locator('li[data-event-id="e1700"]').count()).toBe(1);
      await expect
        .poll(() => s.page.locator('.window-note').textContent())
        .toMatch(/1001–2000 of 2,500/);
      expect(await s.page.locator('.event-popup').getAttribute('data-popup-event-id')).toBe(
        'e1700',
      );
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('colour scheme', () => {
  it('follows a live switch to dark and keeps the events and the selection', async () => {
    const s = await launch({ colorScheme: 'light' });
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      const id = await s.page.locator('li[data-event-id]').first().getAttribute('data-event-id');
      await s.page.locator('li[data-event-id] button').first().click();
      await s.page.locator('.maplibregl-popup').waitFor();
      await waitForIdle(s.page);
      const background = () =>
        s.page.evaluate(() =>
          (window as unknown as Hooked).__map.getPaintProperty('background', 'background-color'),
        );
      const light = await background();
      // The restyle makes the map draw: wait for the idle after it, not for a while.
      await idleAfter(s.page, async () => {
        await s.page.emulateMedia({ colorScheme: 'dark' });
        await expect.poll(() => s.page.locator('.app').getAttribute('class')).toMatch(/theme-dark/);
      });
      expect(await background()).not.toEqual(light);
      expect(
        (await s.page.evaluate(rendered, 'events-markers')) +
          (await s.page.evaluate(rendered, 'events-mentions')),
      ).toBeGreaterThan(0);
      expect(await s.page.locator('.event-popup').getAttribute('data-popup-event-id')).toBe(id);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
