// A large events file goes to MapLibre as a URL: its worker fetches, parses and
// validates it (`conflict-events://<http URL>`, registered in src/map/map.worker.ts),
// so that the page's main thread neither parses it nor copies it to the worker.
// The validator is the page's own (data.ts loadEvents): what MapLibre draws is
// what the validator accepted, bad features left out, as on the page.
import type { AddProtocolAction } from 'maplibre-gl';
import type { EventFeature } from '../../geo/types.ts';
import { loadEvents } from './data.ts';

export const EVENTS_PROTOCOL = 'conflict-events';

/**
 * The URL of the events source for the events file at `httpUrl`, which is on the
 * page's origin: `conflict-events://host/path?query` (MapLibre would mangle a
 * whole URL after the scheme); the worker reads it with its own scheme.
 */
export function eventsSourceUrl(httpUrl: string): string {
  const u = new URL(httpUrl);
  return `${EVENTS_PROTOCOL}://${u.host}${u.pathname}${u.search}`;
}

/** The http(s) URL of an events source URL, for a page (or worker) at `base`. */
export function eventsFileUrl(sourceUrl: string, base: { protocol: string }): string {
  return `${base.protocol}//${sourceUrl.slice(EVENTS_PROTOCOL.length + 3)}`;
}

/**
 * The properties the event layers filter and draw on (src/map/event-layers.ts):
 * MapLibre 6 sends the data it loaded from a URL back to the page
 * (geojson_worker_source.ts, loadData), so it gets these, not whole events.
 */
function slim(f: EventFeature): EventFeature {
  const { id, kind, precision, place, name } = f.properties;
  return {
    type: 'Feature',
    geometry: f.geometry,
    properties: { id, kind, precision, place, name } as EventFeature['properties'],
  };
}

/** The protocol's handler: the file's events that the validator accepts (an error if none is). */
export function eventsProtocol(stallMs?: number): AddProtocolAction {
  return async (params) => {
    const url = eventsFileUrl(params.url, self.location);
    const r = await loadEvents(url, fetch, stallMs ? { stallMs } : {});
    return { data: { type: 'FeatureCollection', features: r.collection.features.map(slim) } };
  };
}
