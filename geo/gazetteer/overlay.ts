// A gazetteer with the newsroom's own places (geo/gazetteer/extra-places.ts) laid over
// a base gazetteer. Pure.
//
// How the newsroom's place wins a name both hold: `lookup` returns ONLY the newsroom's
// places for a key any of them has; the base's places of that key are hidden. The
// resolver (geo/resolve.ts) ranks candidates by population and feature-code priors that a
// desk's place (no population, no GeoNames code) would always lose against a town of the
// same name, and any bonus to make it win would be one more weight to tune against the
// benchmarks. A desk that records "Camp Halvorsen" or its own "Al-Amal" means that place
// whenever its articles write the name; hiding the namesakes says exactly that, and
// leaves every score, weight and threshold of the resolver as it is. Names the desk did
// not record look up the base unchanged.
import { keyWords, nameKey } from '../normalise.ts';
import { slug, type ExtraPlace } from './extra-places.ts';
import type { Gazetteer, Place } from './types.ts';

/** The feature code of a newsroom place (Place.code). */
export const NEWSROOM_CODE = 'NEWSROOM';
/** The id prefix of a newsroom place: `newsroom:camp-halvorsen`. */
export const NEWSROOM_PREFIX = 'newsroom:';
/**
 * A newsroom's own place. The resolver never drops it as too weakly supported, and the
 * events stage never as too far from the article's other places: the desk vouches that
 * the name, wherever its articles write it, is this place (a lone "Camp X" in a story
 * naming no country would otherwise stay off the map, as a namesake-free village does).
 */
export const isNewsroomPlace = (p: Place): boolean => p.id.startsWith(NEWSROOM_PREFIX);
/** Names longer than this many words are not found in text (as in the compiled gazetteer). */
const MAX_WORDS = 6;

/** The places as gazetteer places, ids `newsroom:<slug>` (`-2`, `-3` … for a repeated slug). */
export function newsroomPlaces(extra: readonly ExtraPlace[]): Place[] {
  const used = new Map<string, number>();
  return extra.map((e) => {
    const s = slug(e.name);
    const n = (used.get(s) ?? 0) + 1;
    used.set(s, n);
    return Object.freeze({
      id: `${NEWSROOM_PREFIX}${n === 1 ? s : `${s}-${n}`}`,
      name: e.name,
      lat: e.lat,
      lon: e.lon,
      type: e.precision,
      code: NEWSROOM_CODE,
      country: e.country,
      admin1: null,
      population: 0,
    });
  });
}

/** `base` with the newsroom's places in front: see the note at the top. */
export function overlayGazetteer(base: Gazetteer, extra: readonly ExtraPlace[]): Gazetteer {
  const index = new Map<string, Place[]>();
  let maxWords = base.maxWords;
  newsroomPlaces(extra).forEach((place, i) => {
    const e = extra[i]!;
    for (const name of [e.name, ...e.aliases]) {
      const k = nameKey(name);
      if (!k) continue;
      const w = keyWords(k);
      if (w > MAX_WORDS) continue;
      if (w > maxWords) maxWords = w;
      const list = index.get(k);
      if (!list) index.set(k, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  });
  for (const list of index.values()) Object.freeze(list);
  return {
    lookup: (key) => index.get(key) ?? base.lookup(key),
    maxWords,
    country: (code) => base.country(code),
    demonym: (key) => base.demonym(key),
    size: base.size + extra.length,
  };
}
