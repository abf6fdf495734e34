// Stage 4: toponym resolution. Chooses, for every place mention, one gazetteer
// candidate using the article's context: countries named or implied by
// demonyms, local containers ("X, in northern Lebanon", "X in Anbar province"),
// distance to the article's other places, the kind of feature the mention
// names ("... province", "... air base"), and population. One sense per
// discourse: every mention with the same key gets the same place. Pure.
import type { Place } from './gazetteer/types.ts';
import { writtenAlike, type Mention, type Token } from './mentions.ts';
import { DIVISION_WORDS } from './lexicon.ts';
import { nameKey } from './normalise.ts';
import { placeLists } from './attach/rules.ts';
import { firstAtLeast } from './sorted.ts';
import { RESOLVE_KM, W, type ScorePart } from './resolve-weights.ts';
import { isNewsroomPlace } from './gazetteer/overlay.ts';

export interface Scored {
  place: Place;
  score: number;
  /** The score's parts by name (geo/resolve-weights.ts): what made it. */
  parts: Partial<Record<ScorePart, number>>;
}

export interface ResolvedMention extends Mention {
  place: Place | null;
  /** 0..1 */
  confidence: number;
  /** The best candidates with their scores, best first (at most 5). */
  scores: Scored[];
  /**
   * When no candidate scores enough to stand as a place on its own (`place` null):
   * the best one and its confidence. An event located here takes it, for review.
   */
  tentative?: { place: Place; confidence: number };
  /**
   * The resolved town, site or region the sentence names around this place
   * ("Pont-Sondé, a farming town in Artibonite", "a camp south of El Fasher"), if
   * any: where an event stands when the gazetteer lacks the place or holds only a
   * namesake far from the story.
   */
  container?: Place;
}

const R = 6371.0088;
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const toRad = Math.PI / 180;
  const dLat = (bLat - aLat) * toRad;
  const dLon = (bLon - aLon) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(aLat * toRad) * Math.cos(bLat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

const MAX_CANDIDATES = 60;
/** Below this score a mention stays unresolved (and is dropped from the map). */
export const MIN_SCORE = 0.75;

function typePrior(p: Place): number {
  switch (p.type) {
    case 'country':
      return 1.6;
    case 'water':
      return 1.0;
    case 'region':
      return p.code === 'ADM1' ? 0.45 : 0.2;
    case 'city':
      return p.code === 'PPLC' ? 0.9 : p.code === 'PPLA' ? 0.3 : p.code === 'PPLA2' ? 0.12 : 0;
    case 'site':
      return 0;
  }
}

function popPrior(p: Place): number {
  return Math.log10(p.population + 1) / 7; // 0 .. ~1.2
}

/**
 * A world city: a national capital, a city of a million, or the seat of a big region. Named
 * in passing ("talks in Paris", "Moscow said"), it is that city, not a small namesake
 * (Paris, Texas; Moscow, Idaho), unless the article's own context supports the namesake.
 */
function prominent(p: Place): boolean {
  if (p.type !== 'city') return false;
  return (
    p.population >= 1_000_000 ||
    (p.code === 'PPLC' && p.population >= 100_000) ||
    (p.code === 'PPLA' && p.population >= PROMINENT_PPLA)
  );
}
const PROMINENT_PPLA = 200_000;
/** A namesake this many times smaller than a world city needs local support. */
const NAMESAKE_RATIO = 50;
/** How much of its country-level evidence an unsupported namesake keeps. */
const NAMESAKE_WEAK = 0.25;

/** GeoNames' ASCII spelling of ä, ö, ü (Münster: "Muenster"), which nameKey does not merge. */
const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const ownKeyCache = new WeakMap<Place, readonly string[]>();
/**
 * The keys of a place's own name and ASCII name (the compiled gazetteer keeps only the
 * preferred name: the ASCII one is re-derived) and of each part of a bilingual name
 * ("Donostia / San Sebastián"); every other key it is indexed under is an alternate name.
 */
export function ownKeys(p: Place): readonly string[] {
  let keys = ownKeyCache.get(p);
  if (!keys) {
    const names = [p.name, ...p.name.split(' / ')];
    const set = new Set<string>();
    for (const n of names) {
      set.add(nameKey(n));
      set.add(nameKey(n.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c]!)));
    }
    keys = [...set];
    ownKeyCache.set(p, keys);
  }
  return keys;
}

const ABBREVIATED: Record<string, string> = { st: 'Saint', ste: 'Sainte', mt: 'Mount', ft: 'Fort' };
/** The keys a mention may stand for as a place's own name: "St. Petersburg" is Saint
 *  Petersburg's, "Laurel County" (read through the bare name) Laurel's. */
function surfaceKeys(m: Mention): string[] {
  const expanded = m.text.replace(
    /\b(st|ste|mt|ft)\b\.?/gi,
    (w, a: string) => ABBREVIATED[a.toLowerCase()]!,
  );
  const keys = new Set([m.key, nameKey(expanded)]);
  const division = /^(.+?)\s+(\p{L}+)$/u.exec(expanded);
  if (division && DIVISION_WORDS.has(division[2]!.toLowerCase())) keys.add(nameKey(division[1]!));
  return [...keys].filter(Boolean);
}

const isDivision = (w: string) => DIVISION_WORDS.has(w) || w === 'region' || w === 'state';

/** A division word ends the mention or follows it ("Chin state", "Kherson region"). */
function namesDivision(m: Mention, ctx: ResolveContext): boolean {
  const word = /\p{L}+$/u.exec(m.text.toLowerCase())?.[0] ?? '';
  if (m.text.includes(' ') && isDivision(word)) return true;
  const next = ctx.tokens[m.sentence]?.[m.tokenEnd];
  return !!next && !next.cap && isDivision(next.lower);
}

/** The key of a mention without a division word ("Chin state" → "chin"). */
const bareKey = (m: Mention) =>
  nameKey(
    m.text.replace(/\s+(\p{L}+)$/u, (w, last: string) => (isDivision(last.toLowerCase()) ? '' : w)),
  );

/** Feature-word agreement: "... province" wants a region, "... air base" a site. */
function kindAgreement(m: Mention, p: Place): number {
  const last = m.text.toLowerCase();
  const word = /\p{L}+$/u.exec(last)?.[0] ?? '';
  if (isDivision(word)) return p.type === 'region' ? 1 : -0.5;
  if (/(air ?base|airport|base|camp|crossing|refinery)$/.test(last))
    return p.type === 'site' ? 1 : -0.3;
  if (/(sea|gulf|strait|ocean|bay|lake|river)$/.test(last)) return p.type === 'water' ? 1 : -0.3;
  return 0;
}

export interface ResolveContext {
  /** Sentence tokens by sentence index (for local container patterns). */
  tokens: Token[][];
}

/** Containers stated next to a mention: "X, in northern Lebanon", "X in Anbar province", "X, Syria", "province of X". */
function containersOf(m: Mention, all: Mention[], ctx: ResolveContext, strict = false): Mention[] {
  const toks = ctx.tokens[m.sentence]!;
  const out: Mention[] = [];
  // `all` is in token order: from the first mention after m, while within 8 tokens.
  const lo = firstAtLeast(all, (x) => x.tokenStart, m.tokenEnd);
  for (let i = lo; i < all.length && all[i]!.tokenStart - m.tokenEnd <= 8; i++) {
    const o = all[i]!;
    if (o === m) continue;
    const between = toks.slice(m.tokenEnd, o.tokenStart);
    // Strict: only a description between ("a farming town in", "refugee camp, on the
    // western edge of"), not another phrase ("X on Wednesday, the government in Y").
    if (strict && between.some((t) => t.cap || NOT_DESCRIPTION.test(t.lower))) continue;
    const gapText = between.map((t) => t.lower).join(' ');
    const firstGap = toks[m.tokenEnd - 1]!.gap;
    // "X, Syria" / "X, in northern Lebanon" / "X in Anbar province" / "X, located in the central province of Babil" / "X, a town on the Syrian border in western Anbar"
    if (between.length === 0 && /^\s*,\s*$/.test(firstGap)) out.push(o);
    else if (
      /(^|\s)(in|of|near)(\s|$)/.test(gapText) &&
      between.length <= 8 &&
      !/\b(and|but|while|said)\b/.test(gapText)
    )
      out.push(o);
  }
  return out;
}

/** How sure a list mate must be of itself to support the others. */
const LIST_SURE = 0.9;

/** How far a city's district may lie from the city's point (km). */
const DISTRICT_KM = 30;

/**
 * "the city's X district", "the town's X neighbourhood": the city or town resolved
 * last before mention i (in its sentence or the one before), or null.
 */
function cityOfPossessive(
  m: Mention,
  mentions: readonly Mention[],
  out: readonly ResolvedMention[],
  i: number,
  ctx: ResolveContext,
): Place | null {
  const toks = ctx.tokens[m.sentence]!;
  const a = toks[m.tokenStart - 2];
  const b = toks[m.tokenStart - 1];
  const next = toks[m.tokenEnd]?.lower ?? '';
  if (a?.lower !== 'the' || !b || !/^(city|town|capital)$/.test(b.lower)) return null;
  if (!/^['’]s\s/.test(b.gap)) return null;
  if (!/^(district|neighbourhood|neighborhood|quarter|suburb|area)$/.test(next)) return null;
  for (let j = i - 1; j >= 0 && mentions[j]!.sentence >= m.sentence - 1; j--) {
    const p = out[j]!.place;
    if (p?.type === 'city') return p;
  }
  return null;
}

/** Words of another phrase than a place's description. */
const NOT_DESCRIPTION =
  /^(government|officials?|ministry|authorities|police|army|military|forces|said|says|told|who|which|that|where|when|while)$/;

export function resolveMentions(mentions: Mention[], ctx: ResolveContext): ResolvedMention[] {
  const places = mentions.filter((m) => m.role === 'place' && !m.unresolved);
  // Country evidence from unambiguous country names and demonyms.
  const evidence = new Map<string, number>();
  const add = (cc: string | null | undefined, w: number) => {
    if (cc) evidence.set(cc, (evidence.get(cc) ?? 0) + w);
  };
  for (const m of mentions) {
    if (!m.candidates.length) continue;
    if (m.role === 'demonym') add(m.country, 0.3);
    else if (m.candidates[0]?.type === 'country') {
      // An ambiguous name ("Georgia": a country and a US state) is no evidence for itself.
      const rival = m.candidates.some(
        (p, i) => i > 0 && ((p.type === 'region' && p.code === 'ADM1') || p.population >= 100_000),
      );
      if (!rival) add(m.candidates[0].country, m.modifier ? 0.3 : 1);
    } else if (
      m.candidates.length === 1 &&
      (m.candidates[0]!.population >= 100_000 || m.candidates[0]!.type === 'region')
    )
      add(m.candidates[0]!.country, 0.5);
    else if (
      m.candidates.every((p) => p.type === 'region' && p.country === m.candidates[0]!.country)
    )
      add(m.candidates[0]!.country, 0.5);
  }
  const byKey = new Map<string, Mention[]>();
  for (const m of places) {
    const a = byKey.get(m.key);
    if (a) a.push(m);
    else byKey.set(m.key, [m]);
  }
  // Local containers per key.
  const containers = new Map<string, Mention[]>();
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const a = bySentence.get(m.sentence);
    if (a) a.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const [key, ms] of byKey) {
    const cs: Mention[] = [];
    const seen = new Set<string>();
    for (const m of ms) {
      for (const c of containersOf(m, bySentence.get(m.sentence)!, ctx)) {
        if (seen.has(c.key)) continue;
        seen.add(c.key);
        cs.push(c);
      }
    }
    containers.set(key, cs);
  }
  // The other places of a list a name stands in ("around Qamishli, Amuda and Derik").
  const listMates = new Map<string, Set<string>>();
  for (const [s, ms] of bySentence)
    for (const list of placeLists(
      ctx.tokens[s]!,
      ms.filter((m) => m.role === 'place'),
    )) {
      // Coordinated by "and"/"or" ("X, Y" alone may be a town and its state).
      const toks = ctx.tokens[s]!.slice(list[0]!.tokenEnd, list[list.length - 1]!.tokenStart);
      if (!toks.some((t) => t.lower === 'and' || t.lower === 'or')) continue;
      for (const m of list) {
        const set = listMates.get(m.key) ?? new Set<string>();
        for (const o of list) if (o.key !== m.key) set.add(o.key);
        listMates.set(m.key, set);
      }
    }
  const choice = new Map<string, { scores: Scored[]; confidence: number }>();
  const own = new Map<string, [string, number]>();
  const neighbours = new Map<string, Set<string>>();
  for (const m of places) {
    const set = neighbours.get(m.key) ?? new Set<string>();
    for (const o of bySentence.get(m.sentence)!)
      if (o.role === 'place' && o.key !== m.key) set.add(o.key);
    neighbours.set(m.key, set);
  }
  // First-level regions the article names, by country (with the keys naming them): a
  // namesake's own state named is local support ("Paris" in an article naming Texas).
  const regionsNamed = new Map<string, { name: string; key: string }[]>();
  for (const m of places)
    for (const c of m.candidates)
      if (c.type === 'region' && c.code === 'ADM1' && c.country) {
        const a = regionsNamed.get(c.country) ?? [];
        a.push({ name: c.name, key: m.key });
        regionsNamed.set(c.country, a);
      }
  const stateNamed = (p: Place, key: string) =>
    !!p.admin1 &&
    !!p.country &&
    (regionsNamed.get(p.country) ?? []).some(
      (r) => r.key !== key && (r.name.includes(p.admin1!) || p.admin1!.includes(r.name)),
    );
  const score = (key: string, withProximity: boolean) => {
    const ms = byKey.get(key)!;
    const m = ms[0]!;
    const maxEv = Math.max(1, ...evidence.values());
    // A name is no evidence for itself (nor for the article naming other countries).
    const mine = own.get(key);
    let totalEv = mine ? -mine[1] : 0;
    for (const v of evidence.values()) totalEv += v;
    const cs = containers.get(key) ?? [];
    const cands = m.candidates.slice(0, MAX_CANDIDATES);
    // The world city the surface names by its own name (not one of its alternate names).
    const sk = [...new Set(ms.flatMap(surfaceKeys))];
    const isOwn = (p: Place) =>
      ownKeys(p).some((k) => sk.includes(k)) ||
      ((p.type === 'city' || p.type === 'site') && writtenAlike(m.text, p.name, 0.8));
    const world = cands.find((p) => prominent(p) && isOwn(p));
    // A place whose own name the surface is: a bigger town or site that the surface only names by
    // one of its alternate names ("Berea" for Aleppo, "Stade" for Helsinki) gets no size advantage
    // over it; only context can make it win.
    let ownPrior = -Infinity;
    for (const p of cands) if (isOwn(p)) ownPrior = Math.max(ownPrior, popPrior(p) + typePrior(p));
    const scored: Scored[] = cands.map((p) => {
      let s = 0;
      const parts: Partial<Record<ScorePart, number>> = {};
      const add = (part: ScorePart, v: number) => {
        s += v;
        parts[part] = (parts[part] ?? 0) + v;
      };
      let prior = popPrior(p) + typePrior(p);
      if (ownPrior > -Infinity && !isOwn(p) && (p.type === 'city' || p.type === 'site'))
        prior = Math.min(prior, ownPrior);
      add('prior', prior);
      add('kind', kindAgreement(m, p));
      // Country-level evidence (the country named or implied, places of the same country in the
      // sentence, distant places): weak for a small namesake of a world city.
      let weak = 0;
      if (isOwn(p)) add('ownName', W.ownName);
      if (p.type === 'country' && /^[\p{Lu}.]+$/u.test(m.text)) add('abbreviation', W.abbreviation);
      const ev = p.country
        ? (evidence.get(p.country) ?? 0) - (mine && mine[0] === p.country ? mine[1] : 0)
        : 0;
      weak += W.countryEvidence * Math.min(1, ev / maxEv) + (ev > 0 ? W.countryNamed : 0);
      if (
        ev === 0 &&
        totalEv > 1e-9 &&
        p.type !== 'country' &&
        p.type !== 'water' &&
        p.population < 100_000
      )
        add('unnamedCountry', W.unnamedCountry);
      // Places named in the same sentence tend to be in the same country.
      let nSame = 0;
      let nOther = 0;
      for (const n of neighbours.get(key) ?? []) {
        if (n === key) continue;
        const q =
          choice.get(n)?.scores[0]?.place ??
          (byKey.get(n)?.[0]?.candidates.length === 1
            ? byKey.get(n)![0]!.candidates[0]
            : undefined);
        if (!q || !q.country || q.type === 'country') continue;
        if (q.country === p.country) nSame++;
        else nOther++;
      }
      if (nSame) weak += W.sameCountryNeighbour;
      else if (nOther && p.type !== 'country' && p.type !== 'water' && p.country)
        add(
          'otherCountry',
          ev === 0 && p.population < 100_000 ? W.otherCountrySmall : W.otherCountry,
        );
      // Containers stated next to the mention ("Paris, Texas", "London, Ontario"): local support.
      let contained = 0;
      for (const c of cs) {
        const cp =
          c.role === 'demonym'
            ? c.candidates[0]
            : (choice.get(c.key)?.scores[0]?.place ?? c.candidates[0]);
        if (!cp || cp === p) continue;
        if (cp.type === 'country' || c.role === 'demonym') {
          if (p.country && p.country === cp.country) contained += W.containerCountry;
        } else if (cp.type === 'region' || cp.type === 'water') {
          if (p.admin1 && cp.name && (cp.name.includes(p.admin1) || p.admin1.includes(cp.name)))
            contained += W.containerAdmin1;
          else if (distanceKm(p.lat, p.lon, cp.lat, cp.lon) < RESOLVE_KM.containerRegion)
            contained += W.containerRegionNear;
        } else if (distanceKm(p.lat, p.lon, cp.lat, cp.lon) < RESOLVE_KM.containerTown)
          contained += W.containerTown;
      }
      add('container', contained);
      // A small namesake of a world city ("Paris" that could be Paris, Texas).
      const small =
        world !== undefined &&
        p !== world &&
        (p.type === 'city' || p.type === 'site') &&
        p.population * NAMESAKE_RATIO < world.population;
      // A list's places are coordinated: neighbouring towns, as a rule (not for a small
      // namesake of a world city: "between New York and Moscow, Kiev and Riga").
      for (const n of small ? [] : (listMates.get(key) ?? [])) {
        // Only a mate that is sure of itself: namesakes would otherwise pull each other.
        const ch = choice.get(n);
        const q = ch && ch.confidence >= LIST_SURE ? ch.scores[0]!.place : undefined;
        if (
          q &&
          (q.type === 'city' || q.type === 'site') &&
          q.country === p.country &&
          distanceKm(p.lat, p.lon, q.lat, q.lon) < RESOLVE_KM.list
        ) {
          add('listMate', W.listMate);
          break;
        }
      }
      // The nearest other place chosen (`best`: chosen confidently): the closer, the more
      // support; within RESOLVE_KM.local it is local support, farther off weak.
      let best = Infinity;
      let nearest = Infinity;
      if (withProximity || small) {
        for (const [k2, ch] of choice) {
          if (k2 === key) continue;
          const q = ch.scores[0]!.place;
          if (q.type === 'country' || q.type === 'water') continue;
          const d = distanceKm(p.lat, p.lon, q.lat, q.lon);
          if (d < nearest) nearest = d;
          if (ch.confidence >= 0.5 && d < best) best = d;
        }
      }
      if (withProximity && best < Infinity) {
        const near = W.proximity * Math.exp(-best / RESOLVE_KM.proximityScale);
        if (best < RESOLVE_KM.local) add('proximity', near);
        else weak += near;
      }
      // Without local support (a container, its state named, a place chosen near it), the
      // small namesake keeps only part of its country-level evidence.
      const namesake =
        small && contained === 0 && nearest >= RESOLVE_KM.local && !stateNamed(p, key);
      add('country', namesake ? weak * NAMESAKE_WEAK : weak);
      return { place: p, score: s, parts };
    });
    scored.sort((a, b) => b.score - a.score);
    const top = scored[0]!.score;
    let z = 0;
    for (const x of scored) z += Math.exp((x.score - top) * 2.5);
    choice.set(key, { scores: scored.slice(0, 5), confidence: 1 / z });
  };
  // Pass 1: country context and containers (containers resolved first-come).
  const keys = [...byKey.keys()];
  for (const k of keys) score(k, false);
  // Evidence from pass-1 confident choices.
  for (const k of keys) {
    const ch = choice.get(k)!;
    if (ch.confidence >= 0.6 && ch.scores[0]!.place.country) {
      const w = 0.3 * byKey.get(k)!.length;
      add(ch.scores[0]!.place.country, w);
      own.set(k, [ch.scores[0]!.place.country, w]);
    }
  }
  for (const k of keys) score(k, true);
  const out = mentions.map((m): ResolvedMention => {
    if (m.unresolved) return { ...m, place: null, confidence: 0, scores: [] };
    if (m.role !== 'place') {
      return {
        ...m,
        place: m.candidates[0] ?? null,
        confidence: m.candidates.length ? 1 : 0,
        scores: [],
      };
    }
    const ch = choice.get(m.key)!;
    const best = ch.scores[0]!;
    // "Chin state" with no region of that name: not a town that "Chin" is only an
    // alternate name of (Jinzhou in China). The gazetteer lacks the region.
    if (
      namesDivision(m, ctx) &&
      best.place.type === 'city' &&
      !ownKeys(best.place).includes(bareKey(m))
    )
      return { ...m, place: null, confidence: 0, scores: ch.scores };
    // Too weak: no context supports any candidate and the best is a small place. Not a
    // newsroom's own place (geo/gazetteer/overlay.ts): the desk vouches for the name.
    if (best.score < MIN_SCORE && !isNewsroomPlace(best.place))
      return {
        ...m,
        place: null,
        confidence: 0,
        scores: ch.scores,
        tentative: { place: best.place, confidence: round(ch.confidence) },
      };
    return { ...m, place: best.place, confidence: round(ch.confidence), scores: ch.scores };
  });
  // "Kherson ... the city's Dniprovskyi district": a district of the city named just
  // before; a namesake of it elsewhere is not it (the gazetteer lacks the district).
  out.forEach((r, i) => {
    const m = mentions[i]!;
    if (!r.place || m.role !== 'place') return;
    const city = cityOfPossessive(m, mentions, out, i, ctx);
    if (city && distanceKm(city.lat, city.lon, r.place.lat, r.place.lon) > DISTRICT_KM)
      out[i] = { ...r, place: null, confidence: 0, container: city };
  });
  // Containers of the names the gazetteer lacks (no candidate, or none that is this
  // division): the first resolved one below a country.
  const resolved = new Map(mentions.map((m, i) => [m, out[i]!]));
  out.forEach((r, i) => {
    const m = mentions[i]!;
    // Also for a resolved name: the events stage may find it a far namesake.
    if (m.role !== 'place' || r.tentative) return;
    const c = containersOf(m, bySentence.get(m.sentence) ?? [], ctx, true)
      .map((o) => resolved.get(o)?.place)
      .find((p) => p && p.type !== 'country' && p.type !== 'water');
    if (c) r.container = c;
  });
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
