// Large collections: 20,000 events from a file, events as vector tiles
// (`?tiles=`), and a map that moves continuously, whose URL hash is written once
// per settled move.
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildEventTiles } from '../../scripts/tiles/build.ts';
import { LAYER_IDS } from '../../src/map/event-layers.ts';
import { idleAfter, jumpTo, launch, pixelOf, waitForIdle } from './browser.ts';
import { manyEvents } from './many-events.ts';

const baseUrl = inject('baseUrl');
type Counted = Window & { __map: import('maplibre-gl').Map; __replaced: string[] };

/** Counts the page's history.replaceState calls (their URLs) from now on. */
const countReplaces = () => {
  const w = window as unknown as Counted;
  w.__replaced = [];
  const replace = history.replaceState.bind(history);
  history.replaceState = (data, unused, url) => {
    w.__replaced.push(String(url));
    replace(data, unused, url);
  };
};
const replaced = () => (window as unknown as Counted).__replaced;

describe('the URL hash', () => {
  it('is written once after a flyTo and once after a pan of 40 frames', async () => {
    const s = await launch();
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.evaluate(countReplaces);
      await idleAfter(s.page, () =>
        s.page.evaluate(() =>
          (window as unknown as Counted).__map.flyTo({
            center: [44.4, 33.3],
            zoom: 8,
            duration: 1000,
          }),
        ),
      );
      // Written once the map has stayed still for a moment after it.
      await expect.poll(() => s.page.evaluate(replaced)).toHaveLength(1);
      const afterFly = await s.page.evaluate(replaced);
      expect(afterFly[0]).toMatch(/#map=8\.00\/33\.3\d*\/44\.4\d*$/);
      // A pan by script in every frame: 40 moves, each with its own moveend.
      await idleAfter(s.page, () =>
        s.page.evaluate(
          () =>
            new Promise<number>((done) => {
              const map = (window as unknown as Counted).__map;
              let n = 0;
              let ends = 0;
              map.on('moveend', () => ends++);
              const tick = () => {
                map.panBy([10, 0], { duration: 0 });
                if (++n < 40) requestAnimationFrame(tick);
                else done(ends);
              };
              requestAnimationFrame(tick);
            }),
        ),
      );
      await expect.poll(() => s.page.evaluate(replaced)).toHaveLength(2);
      const panned = (await s.page.evaluate(replaced))[1]!;
      expect(new URL(s.page.url()).hash).toBe(new URL(panned, baseUrl).hash);
      // One more move: its write is the third, none came between.
      await jumpTo(s.page, 44, 33, 6);
      await expect.poll(() => s.page.evaluate(replaced)).toHaveLength(3);
      expect((await s.page.evaluate(replaced))[2]).toMatch(/#map=6\.00\/33\.0+\/44\.0+$/);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

/** Files this test serves beside the build (dist/ is served as it is on disk). */
const DIR = 'dist/e2e-scale';
beforeAll(() => mkdirSync(DIR, { recursive: true }));

type Hooked = Window & { __map: import('maplibre-gl').Map };

// 20,000 events (a 6 MB file): as many as the check needs; the bench measures 100,000.
describe('20,000 events from a file', () => {
  it('are validated once: the list and the map have the same events', async () => {
    const events = manyEvents(20_000);
    // Two bad events, next to good ones: left out of the list and of the map.
    const bad = structuredClone(events.features[7]!);
    bad.properties.id = 'bad-kind';
    (bad.properties as { kind: string }).kind = 'bombing';
    events.features.push(bad, { type: 'Feature', properties: { id: 'no-point' } } as never);
    writeFileSync(`${DIR}/events-20000.geojson`, JSON.stringify(events));
    const s = await launch();
    try {
      await s.page.goto(`${baseUrl}?data=e2e-scale/events-20000.geojson`);
      await waitForIdle(s.page, 180_000);
      await expect
        .poll(() => s.page.locator('.count').textContent())
        .toBe('13333 strikes and attacks, 6667 other places');
      expect(await s.page.locator('[data-testid="data-left-out"]').textContent()).toMatch(
        /^2 of 20002 events were left out: #20001 \("bad-kind"\): properties.kind must be one of/,
      );
      const [lng, lat] = events.features[7]!.geometry.coordinates as [number, number];
      await jumpTo(s.page, lng, lat, 10);
      const ids = await s.page.evaluate(() =>
        (window as unknown as Hooked).__map
          .querySourceFeatures('events')
          .map((f) => f.properties.id as string),
      );
      expect(ids).toContain('e7');
      expect(ids).not.toContain('bad-kind');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  }, 240_000);
});

describe('events as vector tiles (?tiles=)', () => {
  it('shows markers, lists the events in view and opens a popup with the sentence', async () => {
    const events = manyEvents(3000);
    const { archive } = buildEventTiles(events);
    writeFileSync(`${DIR}/events.pmtiles`, archive);
    const s = await launch();
    try {
      await s.page.goto(`${baseUrl}?tiles=e2e-scale/events.pmtiles`);
      await waitForIdle(s.page, 60_000);
      // Zoomed out: clusters, and a count of what is in view.
      await expect.poll(() => s.page.locator('.count').textContent()).toMatch(/ in view of 3,000/);
      const at = events.features[31]!;
      const [lng, lat] = at.geometry.coordinates as [number, number];
      await jumpTo(s.page, lng, lat, 11);
      const rendered = await s.page.evaluate(
        (layer) =>
          (window as unknown as Hooked).__map
            .queryRenderedFeatures({ layers: [layer] })
            .map((f) => f.properties.id as string),
        LAYER_IDS.markers,
      );
      expect(rendered).toContain('e31');
      await expect.poll(() => s.page.locator('li[data-event-id="e31"]').count()).toBe(1);
      expect(await s.page.locator('.count').textContent()).toMatch(
        /^\d+ events? in view of 3,000\.$/,
      );
      // A click on the marker: the popup has the event's sentence, from its tile.
      const p = await pixelOf(s.page, [lng, lat]);
      await s.page.mouse.click(p.x, p.y);
      const popup = s.page.locator('.event-popup');
      await expect.poll(() => popup.getAttribute('data-popup-event-id')).toBe('e31');
      expect(await popup.textContent()).toContain('Event number 31 happened in Town31.');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
