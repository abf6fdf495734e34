// The page's events, from its URL's parameters (README, "URL parameters"): the
// archive of `?tiles=` (src/map/tiled-events.ts), else `?inline=`, else the
// events file (`?data=` or the example), read and validated on the main thread.
// (Reading a large file off the main thread, in a worker of the page and in
// MapLibre's through the source's URL, was measured slower: README, "Large
// collections".)
import { testStallMs } from '../lib/fetch-timeout.ts';
import { eventsUrl, loadEvents, type ParsedEvents } from './data.ts';
import { decodeInline, inlineParam } from './inline-data.ts';
import { loadTiledEvents, tilesParam, type TiledEvents } from './tiled-events.ts';

/** The page's events, and the archive they are drawn from with `?tiles=` (else null). */
export type PageEvents = ParsedEvents & { tiles: TiledEvents | null };

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
  if (inline) return { ...(await decodeInline(inline)), tiles: null };
  return { ...(await loadEvents(eventsUrl(location, baseURI), fetch, stall)), tiles: null };
}
