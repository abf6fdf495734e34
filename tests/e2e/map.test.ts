// The production build in headless Chromium: the map loads with no errors and no
// request leaving the local origin, it pans and zooms, and the events of
// example.geojson are listed and open popups from the list, the map and the URL.
// The checks of the loaded page only read it and share one browser; each test
// that acts on the map (pan, zoom, popups, history) opens its own.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { LAYER_IDS } from '../../src/map/event-layers.ts';
import { isLocal, jumpTo, launch, mapView, pixelOf, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
let s: Session;
let events: EventCollection;

const incidents = () => events.features.filter((f) => f.properties.kind !== 'mention');

async function popupEventId(): Promise<string | null> {
  return s.page
    .locator('.maplibregl-popup .event-popup')
    .getAttribute('data-popup-event-id', { timeout: 10_000 });
}

/** Ids of the events the selection ring is drawn around. */
async function ringedIds(): Promise<string[]> {
  return s.page.evaluate((layer) => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const ids = map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
    return [...new Set(ids)];
  }, LAYER_IDS.selected);
}

async function closePopupWithEscape(): Promise<void> {
  await s.page.keyboard.press('Escape');
  await s.page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
}

beforeAll(async () => {
  const res = await fetch(new URL('generated/example.geojson', baseUrl));
  expect(res.ok, 'dist/generated/example.geojson must exist (npm run data builds it)').toBe(true);
  events = (await res.json()) as EventCollection;
  expect(events.features.length).toBeGreaterThan(0);
});

/** A fresh browser on the map page, idle. */
async function open(): Promise<Session> {
  const session = await launch();
  await session.page.goto(baseUrl);
  await waitForIdle(session.page);
  return session;
}

describe('the map page, as loaded (these tests only read it)', () => {
  beforeAll(async () => {
    s = await open();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reaches idle with no page or console error', async () => {
    expect(s.errors).toEqual([]);
    expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(await s.page.locator('[data-events]').getAttribute('data-events')).toBe('loaded');
    expect(await s.page.locator('[data-testid="data-error"]').count()).toBe(0);
  });

  it('requests nothing outside the local origin', async () => {
    const urls = s.requests.map((r) => r.url());
    expect(urls.some((u) => u.includes('example.geojson'))).toBe(true);
    expect(urls.filter((u) => !isLocal(u, baseUrl))).toEqual([]);
  });

  it('fetches each font once: the preloads in index.html are the files the labels use', async () => {
    const fonts = s.requests.map((r) => r.url()).filter((u) => u.includes('/generated/fonts/'));
    const preloaded = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href),
    );
    expect(preloaded.length).toBeGreaterThan(0);
    for (const href of preloaded) expect(fonts).toContain(href);
    expect(fonts.length).toBe(new Set(fonts).size);
  });

  it('reads the basemap tiles in the map worker: the page itself fetches only the header', async () => {
    const archive = (u: string) => new URL(u).pathname.endsWith('/basemap.pmtiles');
    // Every range request, the worker's included, goes through the browser context.
    expect(s.requests.filter((r) => archive(r.url())).length).toBeGreaterThan(2);
    // The page's own resource timeline does not list a worker's fetches.
    const byPage = await s.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(byPage.filter(archive)).toHaveLength(1);
  });

  it('draws no sky pass: its program is never compiled (src/map/sky.ts)', async () => {
    const programs = await s.page.evaluate(() => {
      const cache = (window as unknown as { __map: { painter: { programCache: unknown } } }).__map
        .painter.programCache as { programs: Record<string, unknown> };
      return Object.keys(cache.programs);
    });
    // The basemap and events were drawn, through programs of the same cache.
    expect(programs.some((k) => k.startsWith('fill'))).toBe(true);
    expect(programs.filter((k) => k.startsWith('sky'))).toEqual([]);
  });

  it('fits the strikes and attacks on load', async () => {
    const inView = await s.page.evaluate(
      (points) => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        const b = map.getBounds();
        return points.every((p) => b.contains(p));
      },
      incidents().map((f) => f.geometry.coordinates as [number, number]),
    );
    expect(inView).toBe(true);
    expect((await mapView(s.page)).zoom).toBeLessThanOrEqual(7.01);
  });

  it('has navigation, scale and attribution controls', async () => {
    await expect.poll(() => s.page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    expect(await s.page.locator('.maplibregl-ctrl-compass').count()).toBe(1);
    expect(await s.page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
    const attribution = await s.page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(attribution).toMatch(/Natural Earth/);
    expect(attribution).toMatch(/GeoNames/);
  });

  it('lists every event in article order with data-event-id', async () => {
    const ids = await s.page
      .locator('li[data-event-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    expect(ids).toEqual(events.features.map((f) => f.properties.id));
  });

  it('gives the map an accessible name summarising the events', async () => {
    const canvas = s.page.locator('canvas.maplibregl-canvas');
    expect(await canvas.getAttribute('role')).toBe('region');
    const label = await canvas.getAttribute('aria-label');
    expect(label).toMatch(/strike/);
    expect(label).toMatch(/attack/);
  });
});

describe('the map page, acted on (a fresh browser each)', () => {
  beforeEach(async () => {
    s = await open();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('pans with a mouse drag', async () => {
    const before = await mapView(s.page);
    const box = (await s.page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await s.page.mouse.move(x, y);
    await s.page.mouse.down();
    await s.page.mouse.move(x - 200, y - 80, { steps: 12 });
    await s.page.mouse.up();
    await waitForIdle(s.page);
    const after = await mapView(s.page);
    expect(after.lng).toBeGreaterThan(before.lng);
    expect(after.lat).toBeLessThan(before.lat);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
  });

  it('zooms in with the zoom button', async () => {
    const before = await mapView(s.page);
    await s.page.locator('.maplibregl-ctrl-zoom-in').click();
    await expect.poll(async () => (await mapView(s.page)).zoom).toBeGreaterThan(before.zoom + 0.5);
    await waitForIdle(s.page);
    expect((await mapView(s.page)).zoom).toBeCloseTo(before.zoom + 1, 1);
  });

  it('opens the popup with the excerpt when a list item is chosen', async () => {
    const f = incidents()[0] ?? events.features[0]!;
    await s.page.locator(`[data-event-id="${f.properties.id}"] button`).click();
    expect(await popupEventId()).toBe(f.properties.id);
    const excerpt = await s.page.locator('.maplibregl-popup .event-popup-excerpt').textContent();
    expect(excerpt).toBe(f.properties.excerpt);
    const popup = await s.page.locator('.maplibregl-popup').innerText();
    expect(popup).toContain(f.properties.place);
    if (f.properties.spans.length > 0) {
      expect(await s.page.locator('.maplibregl-popup mark').first().textContent()).toBe(
        f.properties.place,
      );
    }
    await expect
      .poll(() => s.page.locator(`[data-event-id="${f.properties.id}"]`).getAttribute('class'))
      .toMatch(/selected/);
    await waitForIdle(s.page);
    // The selection ring is drawn around this event only, and goes with the selection.
    expect(await ringedIds()).toEqual([f.properties.id]);
    await closePopupWithEscape();
    await waitForIdle(s.page);
    expect(await ringedIds()).toEqual([]);
  });

  it('opens the same popup when the marker is clicked on the canvas', async () => {
    const f: EventFeature = incidents().at(-1) ?? events.features[0]!;
    const lngLat = f.geometry.coordinates as [number, number];
    // Start with another event's popup open: the click must switch popups.
    const other = events.features.find((g) => g.geometry.coordinates.join() !== lngLat.join());
    if (other) {
      await s.page.locator(`li[data-event-id="${other.properties.id}"] button`).click();
      expect(await popupEventId()).toBe(other.properties.id);
      await waitForIdle(s.page);
    }
    await jumpTo(s.page, lngLat[0], lngLat[1], 9);
    const sameSpot = events.features
      .filter(
        (g) => g.geometry.coordinates[0] === lngLat[0] && g.geometry.coordinates[1] === lngLat[1],
      )
      .map((g) => g.properties.id);
    const p = await pixelOf(s.page, lngLat);
    await s.page.mouse.click(p.x, p.y);
    const id = await popupEventId();
    expect(sameSpot).toContain(id);
    const clicked = events.features.find((g) => g.properties.id === id)!;
    expect(await s.page.locator('.maplibregl-popup .event-popup-excerpt').textContent()).toBe(
      clicked.properties.excerpt,
    );
    // The list highlights the clicked event.
    await expect
      .poll(() => s.page.locator(`[data-event-id="${id}"]`).getAttribute('class'))
      .toMatch(/selected/);
    await closePopupWithEscape();
  });

  it('works from the keyboard: arrows move, Enter opens, Escape closes and returns focus', async () => {
    if (events.features.length < 2) return;
    const [first, second] = events.features as [EventFeature, EventFeature];
    await s.page.locator(`[data-event-id="${first.properties.id}"] button`).focus();
    await s.page.keyboard.press('ArrowDown');
    const focused = () =>
      s.page.evaluate(() =>
        document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'),
      );
    expect(await focused()).toBe(second.properties.id);
    await s.page.keyboard.press('Enter');
    expect(await popupEventId()).toBe(second.properties.id);
    await expect
      .poll(() => s.page.locator('[role="status"]').textContent())
      .toContain(second.properties.place);
    await closePopupWithEscape();
    expect(await focused()).toBe(second.properties.id);
  });

  it('opens #event=<id> on load and keeps selection and position in the history', async () => {
    const [a, b] = events.features as [EventFeature, EventFeature | undefined];
    await s.page.goto(`${baseUrl}?reload#event=${encodeURIComponent(a.properties.id)}`);
    await waitForIdle(s.page);
    expect(await popupEventId()).toBe(a.properties.id);
    // The position is written once the map has settled (a moment after idle).
    await expect.poll(() => s.page.url()).toMatch(/map=/);
    if (!b) return;
    await s.page.locator(`[data-event-id="${b.properties.id}"] button`).click();
    expect(await popupEventId()).toBe(b.properties.id);
    await waitForIdle(s.page);
    expect(s.page.url()).toContain(`event=${encodeURIComponent(b.properties.id)}`);
    await s.page.goBack();
    await expect.poll(() => popupEventId()).toBe(a.properties.id);
    await s.page.goForward();
    await expect.poll(() => popupEventId()).toBe(b.properties.id);
    expect(s.errors).toEqual([]);
  });
});
