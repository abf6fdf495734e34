// Needs the compiled gazetteer: `npm run data` (or buildGazetteer) first.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILE } from '../../geo/gazetteer/format.ts';
import { loadGazetteer } from '../../geo/gazetteer/load.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer, Place } from '../../geo/gazetteer/types.ts';
import { nameKey } from '../../geo/normalise.ts';

const DIR = 'public/generated/gazetteer';
let g: Gazetteer;

beforeAll(() => {
  g = loadGazetteerFromDisk(DIR);
});

const find = (name: string) => g.lookup(nameKey(name));
const ids = (name: string) => find(name).map((p) => p.id);
const near = (p: Place | undefined, lat: number, lon: number, tol = 0.3) =>
  !!p && Math.abs(p.lat - lat) < tol && Math.abs(p.lon - lon) < tol;

describe('compiled gazetteer', () => {
  it('loads, has the expected size and budget', () => {
    expect(g.size).toBeGreaterThan(150_000);
    expect(g.maxWords).toBeGreaterThanOrEqual(4);
    expect(g.maxWords).toBeLessThanOrEqual(6);
  });

  it('decodes from bytes, ArrayBuffer and string alike', () => {
    const bytes = gunzipSync(readFileSync(`${DIR}/${FILE}`));
    const u8 = new Uint8Array(bytes);
    const ab = u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
    for (const src of [u8, ab, bytes.toString('utf8')]) {
      const h = loadGazetteer(src);
      expect(h.size).toBe(g.size);
      expect(h.lookup(nameKey('Mosul'))[0]?.id).toBe('geonames:99072');
    }
  });

  it('rejects an artifact of another format or built with another nameKey', () => {
    const f = JSON.parse(gunzipSync(readFileSync(`${DIR}/${FILE}`)).toString('utf8'));
    expect(() => loadGazetteer(JSON.stringify({ ...f, version: -1 }))).toThrow(/format/);
    const stale = { ...f, keyCheck: [['Deir ez-Zor', 'deir ez zor']] };
    expect(() => loadGazetteer(JSON.stringify(stale))).toThrow(/rebuild/);
  });

  it('finds al-Qaim, Iraq, under its spellings', () => {
    for (const s of ['al-Qaim', 'Al Qā’im', 'Al-Qaim', 'Qaim', 'Husaybah'])
      expect(ids(s), s).toContain('geonames:92138');
  });

  it('finds Khan Younis in Palestine', () => {
    for (const s of ['Khan Younis', 'Khān Yūnis', 'Khan Yunis']) {
      expect(
        find(s).map((p) => p.country),
        s,
      ).toContain('PS');
    }
  });

  it('has Odesa, Ukraine, among the Odessas', () => {
    expect(find('Odessa').some((p) => p.country === 'UA' && p.name === 'Odesa')).toBe(true);
    expect(find('Odesa')[0]?.country).toBe('UA');
  });

  it('has both Tripolis', () => {
    const cs = find('Tripoli').map((p) => p.country);
    expect(cs).toContain('LB');
    expect(cs).toContain('LY');
  });

  it('finds Ain al-Asad / Al Asad Air Base as a site', () => {
    for (const s of [
      'Al Asad Air Base',
      'Ain al-Asad',
      'Al Asad Airbase',
      'Ain al-Asad air base',
    ]) {
      const site = find(s).find((p) => p.type === 'site');
      expect(near(site, 33.8, 42.4), s).toBe(true);
      expect(site?.country).toBe('IQ');
    }
  });

  it('finds seas as water with no country', () => {
    const red = find('Red Sea').find((p) => p.type === 'water');
    expect(red).toBeDefined();
    expect(red!.country).toBeNull();
    expect(red!.bbox).toHaveLength(4);
  });

  it('finds provinces as regions', () => {
    for (const s of ['Anbar', 'Anbar province', 'al-Anbar']) {
      expect(
        find(s).some((p) => p.type === 'region' && p.country === 'IQ'),
        s,
      ).toBe(true);
    }
    expect(find('Donetsk Oblast').some((p) => p.type === 'region' && p.country === 'UA')).toBe(
      true,
    );
    expect(find('North Darfur').some((p) => p.type === 'region' && p.country === 'SD')).toBe(true);
    expect(find('Idlib province').some((p) => p.type === 'region' && p.country === 'SY')).toBe(
      true,
    );
    const anbar = find('Anbar').find((p) => p.type === 'region')!;
    expect(anbar.code).toBe('ADM1');
    expect(anbar.bbox).toHaveLength(4);
  });

  it('has every US state as a region, border airports and namesake towns notwithstanding', () => {
    // Missouri has towns named Nevada, California and Louisiana; Michigan and Ohio have
    // airports near their borders: none of that makes their GeoNames area "coarse".
    for (const s of ['Missouri', 'Michigan', 'Ohio', 'Kansas', 'Texas']) {
      const r = find(s).find((p) => p.type === 'region' && p.country === 'US');
      expect(r?.code, s).toBe('ADM1');
    }
    expect(
      near(
        find('Missouri').find((p) => p.type === 'region'),
        38.4,
        -92.5,
        2.5,
      ),
    ).toBe(true);
  });

  it('names regions without their "Republic of" and knows conflict territories', () => {
    expect(find('Dagestan').find((p) => p.type === 'region')?.country).toBe('RU');
    expect(find('Abkhazia').find((p) => p.type === 'region')?.country).toBe('GE');
    for (const [s, cc] of [
      ['Eastern Ghouta', 'SY'],
      ['South Ossetia', 'GE'],
      ['Nagorno-Karabakh', 'AZ'],
      ['Kordofan', 'SD'],
    ] as const)
      expect(find(s)[0]?.country, s).toBe(cc);
    expect(find('Kashmir')[0]?.country).toBeNull(); // disputed: no country
  });

  it('keeps the city ahead of its namesake province', () => {
    expect(find('Baghdad')[0]?.type).toBe('city');
    expect(find('Kharkiv')[0]?.type).toBe('city');
    expect(find('Kharkiv Oblast')[0]?.type).toBe('region');
  });

  it('sets admin1 on cities', () => {
    expect(find('Ramadi')[0]?.admin1).toMatch(/Anbar/);
  });

  it('maps demonyms to countries', () => {
    expect(g.demonym(nameKey('Iraqi'))).toBe('IQ');
    expect(g.demonym(nameKey('Syrian'))).toBe('SY');
    expect(g.demonym(nameKey('Israeli'))).toBe('IL');
    expect(g.demonym(nameKey('Ukrainian'))).toBe('UA');
    expect(g.demonym(nameKey('American'))).toBe('US');
    expect(g.demonym(nameKey('British'))).toBe('GB');
    expect(g.demonym(nameKey('Yemeni'))).toBe('YE');
    expect(g.demonym(nameKey('Lebanese'))).toBe('LB');
    expect(g.demonym(nameKey('Sudanese'))).toBe('SD');
    expect(g.demonym(nameKey('Baghdad'))).toBeUndefined();
  });

  it('places country points inside the main territory, antimeridian included', () => {
    const ru = g.country('RU')!;
    expect(ru.lon).toBeGreaterThan(60);
    expect(ru.lon).toBeLessThan(130);
    const fj = g.country('FJ')!;
    expect(Math.abs(fj.lon)).toBeGreaterThan(170);
    const fr = g.country('FR')!.bbox!;
    expect(fr[0]).toBeGreaterThan(-10); // no French Guiana
    expect(fr[1]).toBeGreaterThan(40); // no Réunion
    const ru2 = ru.bbox!;
    expect(ru2[0]).toBeGreaterThan(ru2[2]); // crosses the antimeridian: west > east
  });

  it('finds countries by code and by common names', () => {
    const iq = g.country('IQ')!;
    expect(iq.type).toBe('country');
    expect(iq.code).toBe('PCLI');
    expect(near(iq, 33, 43.7, 2)).toBe(true);
    expect(iq.bbox).toHaveLength(4);
    for (const [name, code] of [
      ['Syria', 'SY'],
      ['Iran', 'IR'],
      ['Russia', 'RU'],
      ['Britain', 'GB'],
      ['United States', 'US'],
      ['USA', 'US'],
      ['Palestine', 'PS'],
      ['DRC', 'CD'],
      ['Democratic Republic of the Congo', 'CD'],
      ['العراق', 'IQ'],
    ] as const) {
      expect(
        find(name).some((p) => p.type === 'country' && p.country === code),
        name,
      ).toBe(true);
    }
  });

  it('finds renamed and missing conflict places from the supplement', () => {
    for (const s of ['Jurf al-Nasr', 'Jurf al-Sakhar']) {
      const p = find(s).find((x) => x.id === 'supplement:jurf-al-nasr');
      expect(near(p, 32.87, 44.21, 0.05), s).toBe(true);
    }
    for (const [s, type, country] of [
      ['Gaza Strip', 'region', 'PS'],
      ['West Bank', 'region', 'PS'],
      ['Golan Heights', 'region', 'SY'],
      ['Donbas', 'region', 'UA'],
      ['Darfur', 'region', 'SD'],
      ['Crimea', 'region', 'UA'],
      ['South Lebanon', 'region', 'LB'],
      ['Nabatieh Governorate', 'region', 'LB'],
      ['Sulaymaniyah province', 'region', 'IQ'],
      ['Tower 22', 'site', 'JO'],
      ['Hmeimim air base', 'site', 'SY'],
      ['Incirlik Air Base', 'site', 'TR'],
      ['Zaporizhzhia nuclear power plant', 'site', 'UA'],
    ] as const) {
      expect(
        find(s).some((p) => p.type === type && p.country === country),
        s,
      ).toBe(true);
    }
  });

  it('finds places by alternate names and Arabic script', () => {
    expect(ids('Al Mawsil')).toContain('geonames:99072');
    expect(ids('الموصل')).toContain('geonames:99072');
    expect(find('Kharkov').some((p) => p.country === 'UA')).toBe(true);
    expect(find('Sour').some((p) => p.country === 'LB')).toBe(true);
    expect(find('Tyre').some((p) => p.country === 'LB')).toBe(true);
    expect(find('Deir ez-Zor').some((p) => p.country === 'SY' && p.type === 'city')).toBe(true);
    expect(find('Dayr az Zawr').some((p) => p.country === 'SY' && p.type === 'city')).toBe(true);
    expect(find('Hodeidah').some((p) => p.country === 'YE')).toBe(true);
    expect(find('Abu Kamal').some((p) => p.country === 'SY')).toBe(true);
    expect(find('Kiryat Shmona').some((p) => p.country === 'IL')).toBe(true);
    expect(find('Baalbek').some((p) => p.country === 'LB')).toBe(true);
    expect(find('Sanaa')[0]?.country).toBe('YE');
  });

  it('returns an empty frozen list for unknown keys, and places are immutable', () => {
    expect(g.lookup('zzzz qqqq')).toHaveLength(0);
    const p = find('Mosul')[0]!;
    expect(Object.isFrozen(p)).toBe(true);
    expect(find('Mosul')[0]).toBe(p);
  });

  it('returns places whose fields are well-formed', () => {
    for (const name of ['Mosul', 'Red Sea', 'Anbar', 'Iraq', 'Al Asad Air Base', 'Gaza Strip']) {
      for (const p of find(name)) {
        expect(p.lat).toBeGreaterThanOrEqual(-90);
        expect(p.lat).toBeLessThanOrEqual(90);
        expect(p.lon).toBeGreaterThanOrEqual(-180);
        expect(p.lon).toBeLessThanOrEqual(180);
        expect(['site', 'city', 'region', 'country', 'water']).toContain(p.type);
        expect(p.id).toMatch(/^(geonames|ourairports|country|region|supplement):/);
        if (p.type !== 'water') expect(p.country).toMatch(/^[A-Z]{2}$/);
      }
    }
  });
});

describe('curated data files', () => {
  type Entry = {
    id: string;
    name: string;
    source?: string;
    lat?: number;
    lon?: number;
    aliasOf?: string;
    derive?: unknown;
    bbox?: number[];
  };
  const read = (f: string) => JSON.parse(readFileSync(`geo/gazetteer/data/${f}`, 'utf8'));
  const files = ['supplement.json', 'water.json', 'continents.json'];

  it.each(files)('%s: every entry is sourced, placed and unique', (f) => {
    const d = read(f);
    expect(typeof d.source).toBe('string');
    const entries: Entry[] = d.entries;
    expect(entries.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const e of entries) {
      expect(seen.has(e.id), `duplicate id ${e.id}`).toBe(false);
      seen.add(e.id);
      expect(e.name, e.id).toBeTruthy();
      expect(typeof e.source === 'string' && e.source.length > 10, `${e.id} has a source`).toBe(
        true,
      );
      const placed =
        e.aliasOf !== undefined ||
        e.derive !== undefined ||
        (e.lat !== undefined && e.lon !== undefined);
      expect(placed, `${e.id} has a position`).toBe(true);
      if (e.lat !== undefined) {
        expect(e.lat).toBeGreaterThanOrEqual(-90);
        expect(e.lat).toBeLessThanOrEqual(90);
        expect(e.lon).toBeGreaterThanOrEqual(-180);
        expect(e.lon).toBeLessThanOrEqual(180);
      }
      if (e.bbox) {
        expect(e.bbox).toHaveLength(4);
        expect(e.bbox[1]!).toBeLessThanOrEqual(e.bbox[3]!);
      }
    }
  });

  it('supplement, water and continent ids do not collide', () => {
    const a = files.flatMap((f) => (read(f).entries as Entry[]).map((e) => e.id));
    expect(new Set(a).size).toBe(a.length);
  });

  it('region hints are sourced and name GeoNames places', () => {
    const h = read('region-hints.json');
    expect(typeof h.source).toBe('string');
    for (const [iso, v] of Object.entries(
      h.hints as Record<string, { place: string; note: string }>,
    )) {
      expect(iso).toMatch(/^[A-Z]{2}-[A-Z0-9]+$/);
      expect(v.place).toMatch(/^geonames:\d+$/);
      expect(v.note.length).toBeGreaterThan(10);
    }
  });

  it('demonyms and country aliases are sourced and use alpha-2 codes', () => {
    const d = read('demonyms.json');
    expect(d.source).toMatch(/Wikipedia/);
    for (const code of Object.keys(d.demonyms)) expect(code).toMatch(/^[A-Z]{2}$/);
    const c = read('country-aliases.json');
    expect(typeof c.source).toBe('string');
    for (const code of Object.keys(c.aliases)) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});
