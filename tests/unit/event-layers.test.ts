import { describe, expect, it } from 'vitest';
import {
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import {
  CLUSTER_SPACING_PX,
  EVENT_SOURCE_ID,
  HALO_LAYER_IDS,
  ICONS,
  INTERACTIVE_LAYER_IDS,
  KIND_COLOURS,
  KIND_COLOURS_DARK,
  LAYER_IDS,
  eventLayers,
  selectionFilter,
} from '../../src/map/event-layers.ts';
import { composeStyle } from '../../src/map/basemap.ts';
import { basemapStyle } from '../../src/map/style.ts';

function styleWith(layers: ReturnType<typeof eventLayers>, cluster = false): StyleSpecification {
  return {
    version: 8,
    glyphs: 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf',
    sources: {
      [EVENT_SOURCE_ID]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
        ...(cluster ? { cluster: true } : {}),
      },
    },
    layers,
  };
}

describe('eventLayers', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is a valid style (${theme})`, () => {
      expect(validateStyleMin(styleWith(eventLayers({ theme })))).toEqual([]);
    });
    it(`is a valid style with clusters (${theme})`, () => {
      const layers = eventLayers({ theme, clustered: true, font: ['Noto Sans Regular'] });
      expect(validateStyleMin(styleWith(layers, true))).toEqual([]);
      expect(layers.map((l) => l.id)).toContain(LAYER_IDS.clusterCount);
    });
  }

  it('basemap labels give way to the markers; optional labels go under them, with collisions', () => {
    const font = ['Noto Sans Regular'];
    const markers = eventLayers({ theme: 'light' }).find((l) => l.id === LAYER_IDS.markers)!;
    expect(markers.layout).toMatchObject({
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    });
    expect(eventLayers({ theme: 'light', font }).map((l) => l.id)).not.toContain(LAYER_IDS.labels);
    // No font, no labels (they could not be drawn).
    expect(eventLayers({ theme: 'light', labels: true }).map((l) => l.id)).not.toContain(
      LAYER_IDS.labels,
    );
    for (const theme of ['light', 'dark'] as const) {
      const layers = eventLayers({ theme, font, labels: true });
      expect(validateStyleMin(styleWith(layers))).toEqual([]);
      const ids = layers.map((l) => l.id);
      expect(ids.indexOf(LAYER_IDS.labels)).toBe(ids.indexOf(LAYER_IDS.markers) - 1);
      const labels = layers.find((l) => l.id === LAYER_IDS.labels)!;
      expect(labels.layout).toMatchObject({ 'text-field': ['get', 'place'], 'text-font': font });
      expect(labels.layout).not.toHaveProperty('text-allow-overlap');
    }
  });

  it('puts the approximate-area halos first (they go under the labels) and the markers on top', () => {
    const ids = eventLayers({ theme: 'light' }).map((l) => l.id);
    expect(ids.slice(0, HALO_LAYER_IDS.length)).toEqual(HALO_LAYER_IDS);
    expect(ids.at(-1)).toBe(LAYER_IDS.markers);
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids).toContain(id);
  });

  it('draws strikes and attacks with different icons, from the events source', () => {
    const layers = eventLayers({ theme: 'light' });
    const markers = layers.find((l) => l.id === LAYER_IDS.markers)!;
    expect(markers.type).toBe('symbol');
    expect(JSON.stringify(markers)).toContain(ICONS.strike);
    expect(JSON.stringify(markers)).toContain(ICONS.attack);
    for (const l of layers) expect((l as { source?: string }).source).toBe(EVENT_SOURCE_ID);
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(3);
    expect(new Set(Object.values(KIND_COLOURS_DARK)).size).toBe(3);
  });

  it('adds no cluster layers unless asked, and no count without a font', () => {
    expect(eventLayers({ theme: 'light' }).some((l) => l.id === LAYER_IDS.clusters)).toBe(false);
    const ids = eventLayers({ theme: 'light', clustered: true }).map((l) => l.id);
    expect(ids).toContain(LAYER_IDS.clusters);
    expect(ids).not.toContain(LAYER_IDS.clusterCount);
  });

  it('draws clusters from a 24 px target to discs that do not overlap their neighbours', () => {
    const clusters = eventLayers({ theme: 'light', clustered: true }).find(
      (l) => l.id === LAYER_IDS.clusters,
    )!;
    const paint = clusters.paint as Record<string, unknown>;
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)
      .paint_circle!;
    const radius = expression.createPropertyExpression(
      paint['circle-radius'],
      'circle-radius',
      spec['circle-radius']!,
    );
    if (radius.result !== 'success') throw new Error('circle-radius');
    const at = (n: number) =>
      radius.value.evaluate({ zoom: 4 }, {
        type: 'Point',
        properties: { point_count: n },
      } as never) as number;
    const stroke = paint['circle-stroke-width'] as number;
    expect(2 * at(2)).toBeGreaterThanOrEqual(24);
    expect(at(50)).toBeGreaterThan(at(2));
    // Two neighbouring clusters, the largest there are, CLUSTER_SPACING_PX apart.
    expect(2 * (at(1e6) + stroke)).toBeLessThan(CLUSTER_SPACING_PX);
  });
});

/** 'constant', 'camera' (zoom only), 'source' or 'composite' (per feature). */
function kindOf(layerType: string, property: string, value: unknown): string {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layerType}`
  ]![property]!;
  const parsed = expression.createPropertyExpression(value, property, spec);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.kind;
}

describe('one circle program for the first view', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`gives every circle layer but the selection ring constant or zoom-only paint (${theme})`, () => {
      const style = composeStyle(
        basemapStyle({ theme, tilesUrl: 'pmtiles://x', fontsUrl: 'http://127.0.0.1/fonts/' }),
        theme,
        null,
      );
      const circles = style.layers.filter((l) => l.type === 'circle');
      // The basemap's place dots and the events' halos and mentions.
      expect(circles.map((l) => l.id)).toEqual(
        expect.arrayContaining(['place-dot', ...HALO_LAYER_IDS, LAYER_IDS.mentions]),
      );
      for (const layer of circles) {
        if (layer.id === LAYER_IDS.selected) continue;
        for (const [property, value] of Object.entries(layer.paint ?? {})) {
          expect([layer.id, property, kindOf('circle', property, value)]).toEqual([
            layer.id,
            property,
            expect.stringMatching(/^(constant|camera)$/),
          ]);
        }
      }
    });
  }

  it('draws the selection ring only for the selected event', () => {
    const ring = eventLayers({ theme: 'light' }).find((l) => l.id === LAYER_IDS.selected)!;
    expect((ring as { filter?: unknown }).filter).toEqual(selectionFilter(null));
    const feature = (id: string) => ({ type: 1 as const, properties: { id, kind: 'strike' } });
    const shows = (id: string | null, featureId: string) =>
      featureFilter(selectionFilter(id), 'filter').filter({ zoom: 5 }, feature(featureId) as never);
    expect(shows(null, 'a')).toBe(false);
    expect(shows('a', 'a')).toBe(true);
    expect(shows('a', 'b')).toBe(false);
  });
});
