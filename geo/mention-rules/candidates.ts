// What a name may stand for: the gazetteer's places, plus continents (which the
// gazetteer does not index), "the Atlantic" for the Atlantic Ocean, and a country's
// demonym ("Syrian"). Pure.
import type { Gazetteer, Place } from '../gazetteer/types.ts';
import { nameKey } from '../normalise.ts';
import { CONTINENTS, STOP } from '../lexicon.ts';
import type { Token } from '../mentions.ts';

const continentPlaces: Map<string, Place> = new Map();
const continentAdjectives: Map<string, Place> = new Map();
for (const c of CONTINENTS) {
  const place = Object.freeze({
    id: c.id,
    name: c.name,
    lat: c.lat,
    lon: c.lon,
    type: 'region',
    code: 'CONT',
    country: null,
    admin1: null,
    population: 100_000_000,
    bbox: c.bbox,
  }) as Place;
  for (const n of [c.name, ...(c.aliases ?? [])]) continentPlaces.set(nameKey(n), place);
  for (const n of c.adjectives ?? []) continentAdjectives.set(nameKey(n), place);
}

/** The continent an adjective names ("European" → Europe), if any. */
export function continentOfAdjective(key: string): Place | undefined {
  return continentAdjectives.get(key);
}

/** Gazetteer candidates, plus continents and "X" → "X Ocean"/"X Sea" for one-word water names ("the Atlantic"). */
export function candidatesFor(
  gazetteer: Gazetteer,
  key: string,
  surface: string,
  single: Token | null,
): readonly Place[] {
  const cands = gazetteer.lookup(key);
  const cont = continentPlaces.get(key);
  if (
    cont &&
    !cands.some(
      (p) =>
        p.type === 'country' || p.type === 'water' || (p.type === 'region' && p.code === 'ADM1'),
    )
  )
    return [cont];
  if (!cands.some((p) => p.population >= 100_000 && p.type !== 'water')) {
    const water = cands.filter((p) => p.type === 'water');
    if (water.length) return water;
  }
  if (
    single &&
    single.cap &&
    !STOP.has(single.lower) &&
    !cands.some((p) => p.population >= 100_000 || p.type !== 'city')
  ) {
    for (const suffix of [' Ocean', ' Sea']) {
      const w = gazetteer.lookup(nameKey(surface + suffix)).filter((p) => p.type === 'water');
      if (w.length) return w;
    }
  }
  return cands;
}

/** The country (ISO alpha-2) whose demonym or adjective the word is ("Syrian" → SY), if any. */
export function demonymCountry(gazetteer: Gazetteer, word: string): string | undefined {
  const lower = word.toLowerCase();
  // "They" folds to "thai": an ordinary word is no demonym.
  if (lower.length < 4 || STOP.has(lower)) return undefined;
  return gazetteer.demonym(nameKey(word)) ?? gazetteer.demonym(lower);
}
