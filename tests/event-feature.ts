// One strike (by default) as the geoparser writes it, for the tests' hand-made
// collections: `over` changes its properties, `bbox` gives it an extent.
import type { EventFeature, EventProperties } from '../geo/types.ts';

export function eventFeature(
  id: string,
  coordinates: [number, number],
  over: Partial<EventProperties> = {},
  bbox?: [number, number, number, number],
): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    ...(bbox ? { bbox } : {}),
    properties: {
      id,
      kind: 'strike',
      place: id,
      name: id,
      country: null,
      precision: 'city',
      gazetteer: `test:${id}`,
      actor: null,
      excerpt: `Strikes hit ${id}.`,
      excerptStart: 0,
      spans: [],
      confidence: 0.9,
      ...over,
    },
  };
}
