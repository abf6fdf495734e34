// Areas as areas (issue 13, part 4): a strike on a whole country tints the
// country's shape (the basemap's polygons), a region's attack draws its extent;
// choosing a country event fits its extent, and "Show all" returns to the first
// view. Each test opens its own browser context.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { EventCollection, EventProperties } from '../../geo/types.ts';
import { eventFeature } from '../event-feature.ts';
import { idleAfter, launch, mapView, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
type Hooked = Window & { __map: import('maplibre-gl').Map };

const event = (
  id: string,
  coordinates: [number, number],
  over: Partial<EventProperties>,
  bbox?: [number, number, number, number],
) =>
  eventFeature(
    id,
    coordinates,
    { country: 'SY', precision: 'country', actor: 'US forces', ...over },
    bbox,
  );

// Syria's extent (as a gazetteer gives it), a town far from it, and a region.
const SYRIA: [number, number, number, number] = [35.7, 32.3, 42.4, 37.3];
const fixture: EventCollection = {
  type: 'FeatureCollection',
  features: [
    event('Syria', [38.5, 35.0], {}, SYRIA),
    event('Aden', [45.0, 12.8], { country: 'YE', precision: 'city', kind: 'attack' }),
    event(
      'Anbar',
      [42.0, 33.4],
      { country: 'IQ', precision: 'region', kind: 'attack' },
      [38.8, 30.9, 44.0, 35.2],
    ),
  ],
};

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('areas as areas', () => {
  it('tints the country and draws the region; choosing the country fits it; Show all restores the first view', async () => {
    s = await launch({ width: 1000, height: 700 });
    await s.context.route('**/generated/example.geojson', (route) =>
      route.fulfill({ json: fixture }),
    );
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    const page = s.page;
    const rendered = (layer: string) =>
      page.evaluate((l) => {
        const map = (window as unknown as Hooked).__map;
        return map
          .queryRenderedFeatures({ layers: [l] })
          .map((f) => f.properties?.iso_a2 ?? f.properties?.id);
      }, layer);
    expect(new Set(await rendered('event-countries-strike'))).toEqual(new Set(['SY']));
    expect(await rendered('event-extents-attack')).toContain('Anbar');
    const first = await mapView(page);

    await idleAfter(page, () => page.locator('li[data-event-id="Syria"] button').click());
    const after = await page.evaluate((bbox) => {
      const map = (window as unknown as Hooked).__map;
      const b = map.getBounds();
      const padding = JSON.parse(map.getContainer().dataset.fitPadding!);
      const fit = map.cameraForBounds(
        [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        { padding },
      )!;
      return {
        zoom: map.getZoom(),
        fitZoom: fit.zoom!,
        centreInView: b.contains([(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]),
      };
    }, SYRIA);
    // The extent fitted (the popup may pan the map a little, never zoom it).
    expect(after.zoom).toBeCloseTo(after.fitZoom, 5);
    expect(after.zoom).toBeGreaterThan(first.zoom + 0.5);
    expect(after.centreInView).toBe(true);
    await expect
      .poll(() => page.locator('.maplibregl-popup .event-popup-title').textContent())
      .toContain('Syria');

    await idleAfter(page, () => page.getByRole('button', { name: 'Show all' }).click());
    const back = await mapView(page);
    expect(back.zoom).toBeCloseTo(first.zoom, 2);
    expect(back.lng).toBeCloseTo(first.lng, 2);
    expect(back.lat).toBeCloseTo(first.lat, 2);
    expect(s.errors).toEqual([]);
  });
});
