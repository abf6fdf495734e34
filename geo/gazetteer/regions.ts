// First-level regions (provinces, governorates, oblasts, states), derived at
// build time from two public-domain/CC BY sources, with no hand-typed coordinates:
//  - names and ISO 3166-2 codes: OurAirports regions.json (public domain);
//  - areas: the GeoNames cities500 places of one GeoNames admin1 code.
// GeoNames admin1 codes are not ISO codes, so each ISO region is matched to the
// admin1 code that wins a vote:
//  - every OurAirports airport in the ISO region votes for the admin1 code of
//    the nearest cities500 place in its country (weight 1);
//  - a cities500 place in the country whose name key equals the region's name
//    key (without "Governorate", "Oblast" ...) votes for its admin1 (weight 3,
//    or 6 when it is a PPLA/PPLC seat).
// The region's point is the mean of its places (a representative point, not a
// location), its bbox their extent; its population their sum (a ranking hint).
import { readFileSync } from 'node:fs';
import { nameKey } from '../normalise.ts';
import type { Rec } from './build.ts';

interface IsoRegion {
  code: string;
  local_code: string;
  name: string;
  iso_country: string;
  keywords: string;
}
interface Airport {
  iso_country: string;
  iso_region: string;
  latitude_deg: string;
  longitude_deg: string;
}

const SUFFIX =
  /\s+(governorate|oblast|province|provincia|region|state|district|county|prefecture|department|municipality|autonomous republic|autonomous region|autonomous okrug|krai|kray|republic|territory|division|emirate|wilayah|wilaya|muhafazah|voivodeship|canton|parish)$/i;
const SUFFIXES = ['Province', 'Governorate', 'Oblast', 'Region', 'State'];

/** "Al-Anbar Governorate" → "Al-Anbar"; "Dnipropetrovsk (Sicheslav) Oblast" → "Dnipropetrovsk Oblast" first. */
export function regionStem(name: string): string {
  const clean = name.replace(/\s*\([^)]*\)/g, '').trim();
  return (
    clean
      .replace(SUFFIX, '')
      .replace(/^(محافظة|ولاية|إقليم)\s+/, '')
      // "Republic of Dagestan", "Autonomous Republic of Abkhazia": the bare name too.
      .replace(
        /^(autonomous\s+)?(republic|region|province|state|oblast)\s+of\s+(the\s+)?(?=\S)/i,
        '',
      )
      .trim()
  );
}

export function regionNames(name: string, keywords: string): string[] {
  const clean = name.replace(/\s*\([^)]*\)/g, '').trim();
  const stem = regionStem(name);
  const out = new Set<string>([clean, stem]);
  for (const paren of name.match(/\(([^)]*)\)/g) ?? []) {
    const inner = paren.slice(1, -1);
    if (!/^(city|unassigned|autonomous republic)$/i.test(inner)) out.add(`${inner}`);
  }
  for (const s of SUFFIXES) out.add(`${stem} ${s}`);
  for (const k of keywords.split(',')) {
    const kk = k.trim();
    if (!kk || /^airports? in /i.test(kk)) continue;
    out.add(kk);
    const ks = regionStem(kk);
    if (ks !== kk) out.add(ks);
  }
  return [...out];
}

export function regionsFromSources(
  cities: Rec[],
  regionsPath: string,
  airportsPath: string,
  hints: Record<string, { place: string }> = {},
): Rec[] {
  const isoRegions = JSON.parse(readFileSync(regionsPath, 'utf8')) as IsoRegion[];
  const airports = JSON.parse(readFileSync(airportsPath, 'utf8')) as Airport[];

  // cities by country, and by country+admin1
  const byCountry = new Map<string, Rec[]>();
  const byAdmin1 = new Map<string, Rec[]>();
  for (const c of cities) {
    if (!c.country) continue;
    let l = byCountry.get(c.country);
    if (!l) byCountry.set(c.country, (l = []));
    l.push(c);
    if (c.admin1Code && c.admin1Code !== '00') {
      const k = `${c.country}.${c.admin1Code}`;
      let m = byAdmin1.get(k);
      if (!m) byAdmin1.set(k, (m = []));
      m.push(c);
    }
  }

  const votes = new Map<string, Map<string, number>>(); // iso code → admin1 key → weight
  const vote = (iso: string, a1: string, w: number) => {
    let m = votes.get(iso);
    if (!m) votes.set(iso, (m = new Map()));
    m.set(a1, (m.get(a1) ?? 0) + w);
  };
  // Name votes alone, for telling admin1 areas coarser than the ISO regions (below).
  const nameVotes = new Map<string, Map<string, number>>();
  const nameVote = (iso: string, a1: string, w: number) => {
    vote(iso, a1, w);
    let m = nameVotes.get(iso);
    if (!m) nameVotes.set(iso, (m = new Map()));
    m.set(a1, (m.get(a1) ?? 0) + w);
  };

  for (const a of airports) {
    const list = byCountry.get(a.iso_country);
    if (!list || !a.iso_region) continue;
    const lat = +a.latitude_deg,
      lon = +a.longitude_deg;
    const k = Math.cos((lat * Math.PI) / 180) ** 2;
    let best: Rec | undefined;
    let bd = Infinity;
    for (const c of list) {
      const d = (c.lat - lat) ** 2 + k * (c.lon - lon) ** 2;
      if (d < bd) {
        bd = d;
        best = c;
      }
    }
    if (best?.admin1Code) vote(a.iso_region, `${best.country}.${best.admin1Code}`, 1);
  }

  // name votes: key → cities in a country
  const cityKeys = new Map<string, Rec[]>();
  for (const c of cities) {
    if (!c.country || !c.admin1Code) continue;
    const seen = new Set<string>();
    for (const n of c.names) {
      const k = nameKey(n);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      const kk = `${c.country}|${k}`;
      let l = cityKeys.get(kk);
      if (!l) cityKeys.set(kk, (l = []));
      l.push(c);
    }
  }
  const regionList = isoRegions.filter(
    (r) => !/unassigned/i.test(r.name) && !r.code.endsWith('-U-A'),
  );
  for (const r of regionList) {
    const stems = new Set([
      regionStem(r.name),
      ...r.keywords.split(',').map((k) => regionStem(k.trim())),
    ]);
    for (const s of stems) {
      if (!s || /^airports? in /i.test(s)) continue;
      const l = cityKeys.get(`${r.iso_country}|${nameKey(s)}`) ?? [];
      // prefer a seat; otherwise the most populous namesake
      const seats = l.filter((c) => c.code === 'PPLA' || c.code === 'PPLC');
      if (seats.length) for (const c of seats) nameVote(r.code, `${c.country}.${c.admin1Code}`, 6);
      else if (l.length) {
        const c = l.reduce((a, b) => (b.population > a.population ? b : a));
        nameVote(r.code, `${c.country}.${c.admin1Code}`, 3);
      }
    }
  }

  // Curated hints: the ISO region holds this place (geo/gazetteer/data/region-hints.json).
  const cityById = new Map(cities.map((c) => [c.id, c]));
  for (const [iso, h] of Object.entries(hints)) {
    const c = cityById.get(h.place);
    if (c?.admin1Code) vote(iso, `${c.country}.${c.admin1Code}`, 100);
    else console.warn(`gazetteer: region hint ${iso}: ${h.place} not found`);
  }

  // An admin1 that three or more ISO regions claim by name (GeoNames PS.WE holds the
  // whole West Bank: Nablus, Jenin, Tulkarm governorates ...) is coarser than
  // the ISO regions: it stands for none of them.
  // (Airport votes do not count: airports near a border vote for the neighbour's area.)
  const nameClaims = new Map<string, Set<string>>();
  for (const [iso, m] of nameVotes) {
    // Only a region's own best area counts: "Nevada, Missouri" does not make Missouri coarse.
    let top = '';
    let topW = -1;
    for (const [a1, w] of votes.get(iso)!) if (w > topW) [top, topW] = [a1, w];
    for (const [a1, w] of m) {
      if (w < 3 || a1 !== top) continue;
      let set = nameClaims.get(a1);
      if (!set) nameClaims.set(a1, (set = new Set()));
      set.add(iso);
    }
  }
  const coarse = new Set([...nameClaims].filter(([, set]) => set.size > 2).map(([a1]) => a1));

  // assign: each admin1 to the ISO region with the strongest claim
  const claims: { iso: IsoRegion; a1: string; w: number }[] = [];
  for (const r of regionList) {
    const m = votes.get(r.code);
    if (!m) continue;
    for (const [a1, w] of m) if (!coarse.has(a1)) claims.push({ iso: r, a1, w });
  }
  claims.sort((a, b) => b.w - a.w);
  const takenIso = new Set<string>();
  const takenA1 = new Set<string>();
  const out: Rec[] = [];
  const nameOf = new Map<string, string>();
  for (const { iso, a1 } of claims) {
    if (takenIso.has(iso.code) || takenA1.has(a1)) continue;
    const members = byAdmin1.get(a1);
    if (!members || members.length === 0) continue;
    takenIso.add(iso.code);
    takenA1.add(a1);
    const display = iso.name.replace(/\s*\((?!city)[^)]*\)/g, '').trim();
    nameOf.set(a1, display);
    let lat = 0,
      lon = 0,
      pop = 0,
      s = 90,
      n = -90,
      w = 180,
      e = -180;
    for (const c of members) {
      lat += c.lat;
      lon += c.lon;
      pop += c.population;
      s = Math.min(s, c.lat);
      n = Math.max(n, c.lat);
      w = Math.min(w, c.lon);
      e = Math.max(e, c.lon);
    }
    // Names: drop the bare stem when it is also the name of the region's biggest
    // place ("Baghdad", "Kharkiv"): that word means the city; "Kharkiv Oblast" the region.
    const biggest = members.reduce((a, b) => (b.population > a.population ? b : a));
    const biggestKeys = new Set(biggest.names.map(nameKey));
    const stemKey = nameKey(regionStem(iso.name));
    const names = regionNames(iso.name, iso.keywords).filter(
      (x) => !(nameKey(x) === stemKey && biggestKeys.has(stemKey)),
    );
    const point = regionPoint(members, [w, s, e, n], [lat / members.length, lon / members.length]);
    out.push({
      id: `region:${iso.code}`,
      name: display,
      lat: Math.round(point[0] * 1e5) / 1e5,
      lon: Math.round(point[1] * 1e5) / 1e5,
      type: 'region',
      code: 'ADM1',
      country: iso.iso_country,
      admin1: display,
      population: pop,
      bbox: [w, s, e, n].map((x) => Math.round(x * 1e4) / 1e4) as [number, number, number, number],
      names,
    });
  }
  for (const c of cities) {
    if (c.country && c.admin1Code) c.admin1 = nameOf.get(`${c.country}.${c.admin1Code}`) ?? null;
  }
  if (coarse.size)
    console.log(
      `gazetteer: admin1 areas coarser than ISO 3166-2, not used as regions: ${[...coarse].sort().join(' ')}`,
    );
  return out;
}

const km = (a: [number, number], b: [number, number]) => {
  const k = Math.cos((((a[0] + b[0]) / 2) * Math.PI) / 180);
  return 111.2 * Math.hypot(a[0] - b[0], k * (a[1] - b[1]));
};

/**
 * A region's representative point: the mean of its places, unless they crowd into
 * one corner of the region (the mean lies further than a fifth of the places' extent
 * from its centre: Queensland's on its south-east coast, Manitoba's at its southern
 * edge); then the centre of that extent, as long as some place of the region lies
 * within about 110 km of it (not for hollow or L-shaped regions), and not across
 * the antimeridian.
 */
export function regionPoint(
  members: readonly { lat: number; lon: number }[],
  [w, s, e, n]: [number, number, number, number],
  mean: [number, number],
): [number, number] {
  if (e - w > 180) return mean;
  const c: [number, number] = [(s + n) / 2, (w + e) / 2];
  const diagonal = km([s, w], [n, e]);
  if (km(mean, c) <= 0.2 * diagonal) return mean;
  const near = members.some((m) => km([m.lat, m.lon], c) <= 110);
  return near ? c : mean;
}
