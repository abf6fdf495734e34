// A tiny in-memory Gazetteer for logic tests. TEST DATA: coordinates are rough,
// hand-entered approximations good enough for ranking logic, not real data.
import type { Gazetteer, Place } from '../../geo/gazetteer/types.ts';
import { nameKey } from '../../geo/normalise.ts';

type P = Place & { names?: string[] };

const places: P[] = [
  { id: 'country:IQ', name: 'Iraq', lat: 33, lon: 44, type: 'country', code: 'PCLI', country: 'IQ', admin1: null, population: 40e6, bbox: [38.8, 29, 48.6, 37.4] },
  { id: 'country:LB', name: 'Lebanon', lat: 33.9, lon: 35.9, type: 'country', code: 'PCLI', country: 'LB', admin1: null, population: 6e6, bbox: [35.1, 33, 36.6, 34.7] },
  { id: 'country:LY', name: 'Libya', lat: 27, lon: 17, type: 'country', code: 'PCLI', country: 'LY', admin1: null, population: 7e6, bbox: [9, 19, 25, 33] },
  { id: 'country:UA', name: 'Ukraine', lat: 49, lon: 32, type: 'country', code: 'PCLI', country: 'UA', admin1: null, population: 40e6, bbox: [22, 44, 40, 52] },
  { id: 'country:FR', name: 'France', lat: 46.5, lon: 2.5, type: 'country', code: 'PCLI', country: 'FR', admin1: null, population: 67e6, bbox: [-5, 42, 8, 51] },
  { id: 'country:US', name: 'United States', lat: 39.5, lon: -99, type: 'country', code: 'PCLI', country: 'US', admin1: null, population: 330e6, names: ['US', 'USA'], bbox: [-125, 24, -66, 49] },
  { id: 'country:IR', name: 'Iran', lat: 32.5, lon: 54, type: 'country', code: 'PCLI', country: 'IR', admin1: null, population: 85e6, bbox: [44, 25, 63, 40] },
  { id: 'test:tripoli-ly', name: 'Tripoli', lat: 32.9, lon: 13.2, type: 'city', code: 'PPLC', country: 'LY', admin1: 'Tripoli', population: 1_100_000 },
  { id: 'test:tripoli-lb', name: 'Tripoli', lat: 34.4, lon: 35.8, type: 'city', code: 'PPLA', country: 'LB', admin1: 'North', population: 230_000 },
  { id: 'test:beirut', name: 'Beirut', lat: 33.9, lon: 35.5, type: 'city', code: 'PPLC', country: 'LB', admin1: 'Beirut', population: 1_900_000 },
  { id: 'test:odesa', name: 'Odesa', lat: 46.5, lon: 30.7, type: 'city', code: 'PPLA', country: 'UA', admin1: 'Odesa', population: 1_000_000, names: ['Odessa'] },
  { id: 'test:odessa-tx', name: 'Odessa', lat: 31.8, lon: -102.4, type: 'city', code: 'PPLA2', country: 'US', admin1: 'Texas', population: 125_000 },
  { id: 'test:kyiv', name: 'Kyiv', lat: 50.45, lon: 30.5, type: 'city', code: 'PPLC', country: 'UA', admin1: 'Kyiv', population: 2_900_000 },
  { id: 'test:paris', name: 'Paris', lat: 48.85, lon: 2.35, type: 'city', code: 'PPLC', country: 'FR', admin1: 'Ile-de-France', population: 2_100_000 },
  { id: 'test:paris-tx', name: 'Paris', lat: 33.66, lon: -95.55, type: 'city', code: 'PPLA2', country: 'US', admin1: 'Texas', population: 25_000 },
  { id: 'test:lyon', name: 'Lyon', lat: 45.76, lon: 4.83, type: 'city', code: 'PPLA', country: 'FR', admin1: 'Auvergne', population: 500_000 },
  { id: 'test:austin', name: 'Austin', lat: 30.27, lon: -97.74, type: 'city', code: 'PPLA', country: 'US', admin1: 'Texas', population: 900_000 },
  { id: 'test:hit', name: 'Hīt', lat: 33.64, lon: 42.83, type: 'city', code: 'PPLA2', country: 'IQ', admin1: 'Anbar', population: 30_000 },
  { id: 'test:baghdad', name: 'Baghdad', lat: 33.34, lon: 44.4, type: 'city', code: 'PPLC', country: 'IQ', admin1: 'Baghdad', population: 7_000_000 },
  { id: 'test:reading', name: 'Reading', lat: 51.45, lon: -0.97, type: 'city', code: 'PPLA2', country: 'GB', admin1: 'England', population: 300_000 },
  { id: 'test:nice', name: 'Nice', lat: 43.7, lon: 7.27, type: 'city', code: 'PPLA2', country: 'FR', admin1: 'Provence', population: 350_000 },
  { id: 'test:anbar', name: 'Al Anbar Governorate', lat: 33.9, lon: 42.2, type: 'region', code: 'ADM1', country: 'IQ', admin1: 'Anbar', population: 1_800_000, names: ['Anbar province', 'Anbar'], bbox: [38.8, 30.5, 44.5, 35.2] },
  { id: 'test:al-asad', name: 'Al Asad Air Base', lat: 33.8, lon: 42.44, type: 'site', code: 'AIRBASE', country: 'IQ', admin1: 'Anbar', population: 0, names: ['Al Asad air base'] },
  { id: 'test:red-sea', name: 'Red Sea', lat: 20, lon: 38.5, type: 'water', code: 'SEA', country: null, admin1: null, population: 0, bbox: [32, 12.5, 44, 30] },
];

export function fakeGazetteer(): Gazetteer {
  const index = new Map<string, Place[]>();
  for (const p of places) {
    const { names, ...place } = p;
    for (const n of new Set([p.name, ...(names ?? [])])) {
      const k = nameKey(n);
      const a = index.get(k) ?? [];
      if (!a.includes(place)) a.push(place);
      index.set(k, a);
    }
  }
  for (const a of index.values()) a.sort((x, y) => y.population - x.population);
  const demonyms: Record<string, string> = { iraqi: 'IQ', lebanese: 'LB', libyan: 'LY', ukrainian: 'UA', french: 'FR', american: 'US', iranian: 'IR' };
  return {
    lookup: (key) => index.get(key) ?? [],
    maxWords: 4,
    country: (code) => places.find((p) => p.id === `country:${code.toUpperCase()}`),
    demonym: (key) => demonyms[key],
    size: places.length,
  };
}
