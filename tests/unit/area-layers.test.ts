// Areas as areas (issue 13, part 4): a country's strike or attack tints the
// basemap's polygon of that country, a region's or a sea's draws its bbox; the
// layers validate against the style spec and go under the basemap's labels.
import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { EventCollection, EventFeature, EventProperties } from '../../geo/types.ts';
import { eventFeature } from '../event-feature.ts';
import { AREA_SOURCE_ID, areaLayers, countryCodes, extents } from '../../src/map/area-layers.ts';
import { composeStyle } from '../../src/map/basemap.ts';
import { basemapStyle, firstLabelLayerId } from '../../src/map/style.ts';

const ev = (id: string, over: Partial<EventProperties>, bbox?: [number, number, number, number]) =>
  eventFeature(id, [38, 35], { country: 'SY', precision: 'country', ...over }, bbox);
const fc = (...features: EventFeature[]): EventCollection => ({
  type: 'FeatureCollection',
  features,
});
const data = fc(
  ev('syria', {}),
  ev('iraq', { kind: 'attack', country: 'IQ' }),
  ev('syria-attack', { kind: 'attack' }),
  ev('yemen-mention', { kind: 'mention', country: 'YE' }),
  ev('anbar', { precision: 'region', country: 'IQ' }, [39, 30, 44, 35]),
  ev('red-sea', { kind: 'attack', precision: 'water', country: null }, [32, 12, 44, 28]),
  ev('baghdad', { precision: 'city', country: 'IQ' }, [44, 33, 44.5, 33.5]),
);

describe('the areas of events', () => {
  it('countries by kind: a strike’s colour wins over an attack’s; mentions and towns draw none', () => {
    expect(countryCodes(data)).toEqual({ strike: ['SY'], attack: ['IQ'] });
    expect(countryCodes(null)).toEqual({ strike: [], attack: [] });
  });

  it('the extents of regions and seas, from their bbox', () => {
    const e = extents(data);
    expect(e.features.map((f) => f.properties)).toEqual([
      { id: 'anbar', kind: 'strike' },
      { id: 'red-sea', kind: 'attack' },
    ]);
    expect(e.features[0]!.geometry.coordinates[0]).toEqual([
      [39, 30],
      [44, 30],
      [44, 35],
      [39, 35],
      [39, 30],
    ]);
  });

  it('layers only for what there is, each of one colour; the country filter picks the polygons', () => {
    const { layers } = areaLayers(data, 'light');
    expect(layers.map((l) => l.id)).toEqual([
      'event-countries-attack',
      'event-country-outlines-attack',
      'event-extents-attack',
      'event-extent-outlines-attack',
      'event-countries-strike',
      'event-country-outlines-strike',
      'event-extents-strike',
      'event-extent-outlines-strike',
    ]);
    const strikeFill = layers.find((l) => l.id === 'event-countries-strike')!;
    const picks = (iso: string) =>
      featureFilter((strikeFill as unknown as { filter: never }).filter, 'filter').filter(
        { zoom: 4 },
        {
          type: 3,
          properties: { iso_a2: iso },
        } as never,
      );
    expect(picks('SY')).toBe(true);
    expect(picks('IQ')).toBe(false);
    expect(areaLayers(fc(ev('b', { precision: 'city' })), 'light').layers).toEqual([]);
    // Without the basemap in the style (its fallback), no country layers.
    expect(areaLayers(data, 'dark', false).layers.map((l) => l.id)).not.toContain(
      'event-countries-strike',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`composed under the basemap's labels, a valid style (${theme})`, () => {
      const base = basemapStyle({
        theme,
        tilesUrl: 'pmtiles://x',
        fontsUrl: 'http://127.0.0.1/fonts/',
      });
      const style = composeStyle(base, theme, data);
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.sources[AREA_SOURCE_ID]).toBeDefined();
      const ids = style.layers.map((l) => l.id);
      const label = ids.indexOf(firstLabelLayerId);
      expect(label).toBeGreaterThan(0);
      for (const id of ids.filter((i) => i.startsWith('event-')))
        expect(ids.indexOf(id), id).toBeLessThan(label);
    });
  }
});
