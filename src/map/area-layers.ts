// Areas drawn as areas (issue 13, part 4): a strike or attack on a whole country
// tints the country's shape (the basemap's `countries` polygons, chosen by ISO
// code), one on a region or a sea draws its extent (the event's bbox) softly.
// Pure functions of the events and the theme, like event-layers.ts; composeStyle
// puts them under the basemap's labels.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { bboxPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { kindColours, type Theme } from './event-layers.ts';
import { SOURCE_ID as BASEMAP_SOURCE_ID } from './style.ts';

export const AREA_SOURCE_ID = 'event-areas';

/** The prefixes of the area layers' ids (each is followed by `-strike` or `-attack`). */
export const AREA_LAYER_IDS = {
  countries: 'event-countries',
  countryOutlines: 'event-country-outlines',
  extents: 'event-extents',
  extentOutlines: 'event-extent-outlines',
} as const;

const incident = (f: EventFeature) => f.properties.kind !== 'mention';

/** ISO codes of the countries that are the place of a strike (or, failing one, an attack), by kind. */
export function countryCodes(data: EventCollection | null): { strike: string[]; attack: string[] } {
  const strike = new Set<string>();
  const attack = new Set<string>();
  for (const f of data?.features ?? []) {
    const p = f.properties;
    if (!incident(f) || p.precision !== 'country' || !p.country) continue;
    (p.kind === 'strike' ? strike : attack).add(p.country);
  }
  for (const c of strike) attack.delete(c);
  return { strike: [...strike].sort(), attack: [...attack].sort() };
}

/** The extents of region and water strikes and attacks (their bbox), as polygons with the event's kind and id. */
export function extents(data: EventCollection | null): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (const f of data?.features ?? []) {
    const p = f.properties;
    if (!incident(f) || !f.bbox || (p.precision !== 'region' && p.precision !== 'water')) continue;
    features.push(bboxPolygon(f.bbox, { properties: { id: p.id, kind: p.kind } }));
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The area source and layers for `data`, bottom to top: only those with
 * something to draw, each with a constant colour (one per kind), so that they
 * add no shader program of their own to the first view. `countries`: whether the
 * basemap (with its country polygons) is in the style; the fallback style of a
 * basemap that could not be built has none.
 */
export function areaLayers(
  data: EventCollection | null,
  theme: Theme,
  countries = true,
): { source: GeoJSONSourceSpecification; layers: LayerSpecification[] } {
  const colours = kindColours(theme);
  const dark = theme === 'dark';
  const codes = countryCodes(data);
  const areas = extents(data);
  const layers: LayerSpecification[] = [];
  for (const kind of ['attack', 'strike'] as const) {
    const colour = colours[kind];
    if (countries && codes[kind].length > 0) {
      const where = {
        source: BASEMAP_SOURCE_ID,
        'source-layer': 'countries',
        filter: ['in', ['get', 'iso_a2'], ['literal', codes[kind]]] as ExpressionSpecification,
      };
      layers.push(
        {
          id: `${AREA_LAYER_IDS.countries}-${kind}`,
          type: 'fill',
          ...where,
          paint: { 'fill-color': colour, 'fill-opacity': dark ? 0.22 : 0.16 },
        },
        {
          id: `${AREA_LAYER_IDS.countryOutlines}-${kind}`,
          type: 'line',
          ...where,
          paint: { 'line-color': colour, 'line-width': 1.5, 'line-opacity': 0.7 },
        },
      );
    }
    if (areas.features.some((f) => f.properties?.kind === kind)) {
      const where = {
        source: AREA_SOURCE_ID,
        filter: ['==', ['get', 'kind'], kind] as ExpressionSpecification,
      };
      layers.push(
        {
          id: `${AREA_LAYER_IDS.extents}-${kind}`,
          type: 'fill',
          ...where,
          paint: { 'fill-color': colour, 'fill-opacity': dark ? 0.12 : 0.08 },
        },
        {
          id: `${AREA_LAYER_IDS.extentOutlines}-${kind}`,
          type: 'line',
          ...where,
          paint: {
            'line-color': colour,
            'line-width': 1,
            'line-dasharray': [3, 2],
            'line-opacity': 0.6,
          },
        },
      );
    }
  }
  return { source: { type: 'geojson', data: areas }, layers };
}
