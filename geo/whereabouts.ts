// Where an article is: the places of its focus, against which a namesake far
// away is told apart, and whether a point lies inside an area's bbox. Pure.
import type { Place } from './gazetteer/types.ts';
import { distanceKm, type ResolvedMention } from './resolve.ts';

/** Whether a point lies in a bbox (which may cross the antimeridian: west > east, as Russia's). */
export const inside = (b: [number, number, number, number], lon: number, lat: number) =>
  (b[0] <= b[2] ? lon >= b[0] && lon <= b[2] : lon >= b[0] || lon <= b[2]) &&
  lat >= b[1] &&
  lat <= b[3];

/**
 * Where an article's other places are: a place is "near" them when a town, site,
 * region or sea of another name lies within 1,500 km of it, or a country the
 * article names as a place contains it. Only the places of the article's focus
 * count: the countries it names most places in (a third of the most, and two at
 * least), so that capitals named in passing ("talks in Paris", "officials in
 * Lisbon") do not vouch for a namesake near them. A place's own name is no
 * evidence for itself.
 */
export interface Whereabouts {
  /** Whether the article names enough other places (three) to say where it is. */
  any(key: string): boolean;
  near(p: Place, key: string): boolean;
}

const FAR_KM = 1500;

export function whereabouts(mentions: readonly ResolvedMention[]): Whereabouts {
  // Distinct places with the keys naming them, so that a check costs the article's
  // distinct places, not its mentions, and each (place, key) is checked once.
  const byPlace = new Map<string, { p: Place; keys: Set<string> }>();
  const keys = new Set<string>();
  for (const m of mentions) {
    // Demonyms and modifiers ("Israeli jets", "US drone strike") name attackers as
    // often as places: not evidence of where the article is.
    const p = m.place;
    if (!p || m.role !== 'place' || m.modifier || m.embedded) continue;
    const e = byPlace.get(p.id) ?? { p, keys: new Set<string>() };
    e.keys.add(m.key);
    byPlace.set(p.id, e);
    keys.add(m.key);
  }
  // Distinct names per country (a country's own name counts for it).
  const weight = new Map<string, Set<string>>();
  for (const e of byPlace.values()) {
    const c = e.p.country ?? '';
    const w = weight.get(c) ?? new Set<string>();
    for (const k of e.keys) w.add(k);
    weight.set(c, w);
  }
  const most = Math.max(0, ...[...weight.values()].map((w) => w.size));
  const focus = (e: { p: Place }) =>
    most < 2 || (weight.get(e.p.country ?? '')?.size ?? 0) >= Math.max(2, most / 3);
  const places = [...byPlace.values()].filter(focus);
  const memo = new Map<string, boolean>();
  const other = (e: { keys: Set<string> }, key: string) => e.keys.size > 1 || !e.keys.has(key);
  return {
    any: (key) => keys.size - (keys.has(key) ? 1 : 0) >= 3,
    near: (p, key) => {
      const k = `${p.id}|${key}`;
      let v = memo.get(k);
      if (v === undefined) {
        v = places.some(
          (e) =>
            other(e, key) &&
            (e.p.type === 'country'
              ? e.p.country === p.country || (!!e.p.bbox && inside(e.p.bbox, p.lon, p.lat))
              : distanceKm(p.lat, p.lon, e.p.lat, e.p.lon) <= FAR_KM),
        );
        memo.set(k, v);
      }
      return v;
    },
  };
}
