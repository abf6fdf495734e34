// The geoparser in a module Web Worker: the page never blocks while the
// gazetteer loads (3.7 MB gzipped, 12 MB of JSON; fetched only when the
// workbench asks) or while an article is geoparsed. Requests and replies:
// protocol.ts.
import { actorNames } from '../../geo/actors.ts';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { possibleEvents } from '../../geo/possible.ts';
import { parseExtraPlaces, type ExtraPlace } from '../../geo/gazetteer/extra-places.ts';
import { loadGazetteer } from '../../geo/gazetteer/load.ts';
import { overlayGazetteer } from '../../geo/gazetteer/overlay.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { nameKey } from '../../geo/normalise.ts';
import { candidateOf, candidateTable } from './candidates.ts';
import { download } from '../lib/fetch-timeout.ts';
import { gunzipIfNeeded } from './gunzip.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (m: WorkerReply) => scope.postMessage(m);

let gazetteer: Promise<Gazetteer> | null = null;
/** The newsroom's places ('places' request), laid over the gazetteer once it is loaded. */
let extra: readonly ExtraPlace[] = [];
let overlaid: { base: Gazetteer; extra: readonly ExtraPlace[]; g: Gazetteer } | null = null;

/** The gazetteer with the newsroom's places over it (built once per set of places). */
function withPlaces(base: Gazetteer): Gazetteer {
  if (!extra.length) return base;
  if (overlaid?.base !== base || overlaid.extra !== extra)
    overlaid = { base, extra, g: overlayGazetteer(base, extra) };
  return overlaid.g;
}

async function fetchGazetteer(url: string, stallMs?: number): Promise<Gazetteer> {
  const t0 = performance.now();
  let last = 0;
  let total: number | null = null;
  const { response: res, bytes } = await download(url, {
    what: 'the gazetteer',
    ...(stallMs !== undefined && { stallMs }),
    onprogress: (loaded, r) => {
      // Content-Length counts the encoded bytes: a progress total only without Content-Encoding.
      const length = Number(r.headers.get('content-length'));
      total = !r.headers.get('content-encoding') && length > 0 ? length : null;
      const now = performance.now();
      if (now - last > 50) {
        last = now;
        reply({ type: 'progress', loaded, total });
      }
    },
  });
  const loaded = bytes.length;
  reply({ type: 'progress', loaded, total: total ?? loaded });
  const t1 = performance.now();
  const g = loadGazetteer(await gunzipIfNeeded(bytes));
  const t2 = performance.now();
  const entry = performance.getEntriesByName(res.url)[0] as PerformanceResourceTiming | undefined;
  reply({
    type: 'ready',
    fetchMs: Math.round(t1 - t0),
    parseMs: Math.round(t2 - t1),
    bytes: loaded,
    transferBytes: entry && entry.transferSize > 0 ? entry.transferSize : null,
    places: g.size,
    actors: actorNames(),
  });
  return g;
}

function load(url: string, stallMs?: number): Promise<Gazetteer> {
  gazetteer ??= fetchGazetteer(url, stallMs).catch((e: unknown) => {
    gazetteer = null;
    reply({
      type: 'load-error',
      message: `The gazetteer could not be loaded from ${url}: ${(e as Error).message}`,
    });
    throw e;
  });
  return gazetteer;
}

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if (m.type === 'load') {
    await load(m.url, m.stallMs).catch(() => undefined);
    return;
  }
  if (m.type === 'places') {
    // Checked here too: the page's data crosses into the geoparser only as valid places.
    const r = parseExtraPlaces(m.collection);
    extra = r.places;
    reply({ type: 'places-set', id: m.id, count: r.places.length, problems: r.problems });
    return;
  }
  if (!gazetteer) {
    const message = 'The gazetteer is not loaded yet.';
    if (m.type === 'geoparse') reply({ type: 'geoparse-error', id: m.id, message });
    else reply({ type: 'found', id: m.id, query: m.query, places: [] });
    return;
  }
  let g: Gazetteer;
  try {
    g = withPlaces(await gazetteer);
  } catch {
    if (m.type === 'geoparse')
      reply({ type: 'geoparse-error', id: m.id, message: 'The gazetteer could not be loaded.' });
    return;
  }
  if (m.type === 'geoparse') {
    try {
      const t0 = performance.now();
      // Today dates a dateline that writes no year ("KYIV, Jan 24 (Reuters) -").
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const a = analyse(m.text, g, {}, {}, { today });
      const collection = collectionOf(a);
      const possible = possibleEvents(a.text, a.sentences, a.events, a.mentions);
      if (possible.length) collection.possible = possible;
      const candidates = candidateTable(collection, a.mentions);
      const ms = performance.now() - t0;
      reply({ type: 'geoparsed', id: m.id, collection, candidates, ms: Math.round(ms) });
    } catch (err) {
      reply({ type: 'geoparse-error', id: m.id, message: (err as Error).message });
    }
  } else if (m.type === 'search') {
    const key = nameKey(m.query.trim());
    const places = key ? g.lookup(key).slice(0, 20) : [];
    const code = /^[a-z]{2}$/i.test(m.query.trim()) ? g.country(m.query.trim()) : undefined;
    const all = code && !places.includes(code) ? [code, ...places] : places;
    reply({
      type: 'found',
      id: m.id,
      query: m.query,
      places: all.map((p) => candidateOf(p, null)),
    });
  }
};
