// Labels and markers (issue 13, part 5): no basemap label is drawn under a
// strike or attack marker, and with `labels=shown` the markers carry their
// place names, placed by MapLibre's collision detection. On the example
// article; each test opens its own browser context.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
type Hooked = Window & { __map: import('maplibre-gl').Map };

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Per strike or attack marker in view: the basemap labels drawn within its icon (about 18 px across). */
function labelsUnderMarkers(page: Page) {
  return page.evaluate(() => {
    const map = (window as unknown as Hooked).__map;
    const basemapLabels = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && 'source' in l && l.source === 'basemap')
      .map((l) => l.id);
    const markers = map.queryRenderedFeatures({ layers: ['events-markers'] });
    const r = 9;
    return markers.map((m) => {
      const p = map.project((m.geometry as GeoJSON.Point).coordinates as [number, number]);
      const under = map.queryRenderedFeatures(
        [
          [p.x - r, p.y - r],
          [p.x + r, p.y + r],
        ],
        { layers: basemapLabels },
      );
      return {
        place: String(m.properties?.place),
        labels: under.map((f) => String(f.properties?.name)),
      };
    });
  });
}

describe('labels and markers', () => {
  for (const zoom of [null, 6]) {
    it(`no basemap label is drawn under a strike or attack marker${zoom ? ` (zoom ${zoom}, near Baghdad)` : ' (first view)'}`, async () => {
      s = await launch({ width: 1000, height: 700 });
      await s.page.goto(`${baseUrl}${zoom ? `#map=${zoom}/33.3/44.0` : ''}`);
      await waitForIdle(s.page);
      const found = await labelsUnderMarkers(s.page);
      expect(found.length).toBeGreaterThan(1);
      expect(found.filter((m) => m.labels.length > 0)).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  }

  it('labels=shown writes the place names beside the markers', async () => {
    s = await launch({ width: 1000, height: 700 });
    await s.page.goto(`${baseUrl}?labels=shown#map=6/33.3/44.0`);
    await waitForIdle(s.page);
    const names = await s.page.evaluate(() => {
      const map = (window as unknown as Hooked).__map;
      const inView = map.queryRenderedFeatures({ layers: ['events-markers'] });
      const labels = map.queryRenderedFeatures({ layers: ['events-labels'] });
      return {
        markers: inView.map((f) => String(f.properties?.place)),
        labels: labels.map((f) => String(f.properties?.place)),
      };
    });
    expect(names.labels.length).toBeGreaterThan(1);
    for (const label of names.labels) expect(names.markers).toContain(label);
    expect((await labelsUnderMarkers(s.page)).filter((m) => m.labels.length > 0)).toEqual([]);
    // Without the parameter, no such layer.
    await s.page.goto(`${baseUrl}#map=6/33.3/44.0`);
    await waitForIdle(s.page);
    expect(
      await s.page.evaluate(() => !!(window as unknown as Hooked).__map.getLayer('events-labels')),
    ).toBe(false);
    expect(s.errors).toEqual([]);
  });
});
