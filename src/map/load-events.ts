// The page's events: a small file is read on the main thread as before; a large
// one (its response's Content-Length above OFF_MAIN_BYTES) is read off it, twice
// and at once: by a worker of the page for the list, the popups and the checks
// (events.worker.ts), and by MapLibre's worker for the map, given the file's URL
// (events-protocol.ts). Both validate with loadEvents: the same events are left
// out of the map and of the list, with the same message.
import { httpError, testStallMs } from '../lib/fetch-timeout.ts';
import { EventDataError, Redirected, eventsUrl, loadEvents, type ParsedEvents } from './data.ts';
import { decodeInline, inlineParam } from './inline-data.ts';
import { loadTiledEvents, tilesParam, type TiledEvents } from './tiled-events.ts';
import { eventsSourceUrl } from './events-protocol.ts';
import type { EventsReply } from './events.worker.ts';

/** Above this many bytes as transferred (gzip or not), the file is read off the main thread. */
export const OFF_MAIN_BYTES = 1_000_000;

export interface LoadedEvents extends ParsedEvents {
  /** The map's events source as a URL its worker reads, or null: the map is given `collection`. */
  sourceUrl: string | null;
}

function inWorker(url: string, stallMs?: number): Promise<ParsedEvents> {
  const worker = new Worker(new URL('./events.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<EventsReply>) => {
      worker.terminate();
      const r = e.data;
      if (r.ok) resolve(r.result);
      else reject(r.dataError ? new EventDataError(r.message) : new Error(r.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`the events worker failed: ${e.message}`));
    };
    worker.postMessage({ url, ...(stallMs && { stallMs }) });
  });
}

/** The events file at `url` (same origin), validated; large ones off the main thread. */
export async function loadPageEvents(
  url: string,
  options: { stallMs?: number; offMainBytes?: number } = {},
): Promise<LoadedEvents> {
  const { stallMs, offMainBytes = OFF_MAIN_BYTES } = options;
  try {
    const r = await loadEvents(url, fetch, {
      ...(stallMs && { stallMs }),
      check: (response) => {
        if (!response.ok) throw httpError('the events file', response);
        if (Number(response.headers.get('content-length')) > offMainBytes)
          throw new Redirected('read off the main thread');
      },
    });
    return { ...r, sourceUrl: null };
  } catch (e) {
    if (!(e instanceof Redirected)) throw e;
  }
  return { ...(await inWorker(url, stallMs)), sourceUrl: eventsSourceUrl(url) };
}

/** What the page's events come from: `?tiles=`, else `?inline=`, else the events file. */
export type PageEvents = ParsedEvents & { sourceUrl: string | null; tiles: TiledEvents | null };

/** The page's events, from its URL's parameters (README, "URL parameters"). */
export async function pageEvents(
  location: { href: string; search: string },
  baseURI: string,
): Promise<PageEvents> {
  // The browser tests shorten the downloads' 15 s stall timeout with ?test-stall-ms=.
  const stallMs = testStallMs(location.search);
  const stall = stallMs ? { stallMs } : {};
  const tilesUrl = tilesParam(location, baseURI);
  if (tilesUrl) return loadTiledEvents(tilesUrl, stall);
  const inline = inlineParam(location.search);
  if (inline) return { ...(await decodeInline(inline)), sourceUrl: null, tiles: null };
  return { ...(await loadPageEvents(eventsUrl(location, baseURI), stall)), tiles: null };
}
