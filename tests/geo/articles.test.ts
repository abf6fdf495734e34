// What each test article's events must be: kind, and a place within 25 km of
// the true one. True coordinates come from the gazetteer by GeoNames / source id
// (not typed numbers), so this checks the resolver's choice, not the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer, Place } from '../../geo/gazetteer/types.ts';
import { geoparse } from '../../geo/geoparse.ts';
import { nameKey } from '../../geo/normalise.ts';
import { distanceKm } from '../../geo/resolve.ts';
import type { EventCollection, EventKind } from '../../geo/types.ts';

const gaz = loadGazetteerFromDisk();

/** The gazetteer place with this id, found through one of its names. */
function byId(g: Gazetteer, name: string, id: string): Place {
  const p = g.lookup(nameKey(name)).find((x) => x.id === id);
  if (!p) throw new Error(`gazetteer has no ${id} under "${name}"`);
  return p;
}

type Want = [kind: Exclude<EventKind, 'mention'>, written: string, name: string, id: string];

function check(
  slug: string,
  wants: Want[],
  forbidden: [kind: EventKind, written: string][] = [],
): EventCollection {
  const text = readFileSync(`geo/articles/${slug}/article.txt`, 'utf8');
  const fc = geoparse(text, gaz);
  for (const [kind, written, name, id] of wants) {
    const truth = byId(gaz, name, id);
    const f = fc.features.find(
      (x) =>
        x.properties.kind === kind &&
        distanceKm(x.geometry.coordinates[1]!, x.geometry.coordinates[0]!, truth.lat, truth.lon) <=
          25,
    );
    expect(f, `${kind} at ${written}`).toBeDefined();
    expect(
      text.slice(
        f!.properties.excerptStart,
        f!.properties.excerptStart + f!.properties.excerpt.length,
      ),
    ).toBe(f!.properties.excerpt);
    for (const [s, e] of f!.properties.spans)
      expect(f!.properties.excerpt.length > 0 && text.slice(s, e).length).toBeGreaterThan(0);
  }
  for (const [kind, written] of forbidden) {
    expect(
      fc.features.find((x) => x.properties.kind === kind && x.properties.place === written),
      `no ${kind} at ${written}`,
    ).toBeUndefined();
  }
  return fc;
}

describe('test articles: events', () => {
  it('us-strikes-iraq-2024 (the example)', () => {
    const fc = check(
      'us-strikes-iraq-2024',
      [
        ['strike', 'al-Qaim', 'Al Qaim', 'geonames:92138'],
        ['strike', 'Jurf al-Nasr', 'Jurf al-Nasr', 'supplement:jurf-al-nasr'],
        ['strike', 'Baghdad', 'Baghdad', 'geonames:98182'],
        ['strike', 'Damascus', 'Damascus', 'geonames:170654'],
        ['attack', 'Al Asad air base', 'Al Asad Air Base', 'ourairports:ORAA'],
        ['attack', 'Red Sea', 'Red Sea', 'supplement:red-sea'],
        ['attack', 'Gulf of Aden', 'Gulf of Aden', 'supplement:gulf-of-aden'],
      ],
      [
        ['strike', 'Iran'],
        ['attack', 'Iran'],
        ['strike', 'US'],
        ['attack', 'US'],
        ['strike', 'Israel'],
        ['attack', 'Israel'],
        ['strike', 'Yemen'],
        ['attack', 'Yemen'],
        ['strike', 'Gaza'],
        ['attack', 'Gaza'],
        ['strike', 'Anbar province'],
      ],
    );
    expect(fc.features.find((f) => f.properties.place === 'Baghdad')!.properties.actor).toBe('US');
  });

  it('ukraine-strikes-2024', () => {
    check(
      'ukraine-strikes-2024',
      [
        ['strike', 'Kharkiv', 'Kharkiv', 'geonames:706483'],
        ['strike', 'Odesa', 'Odesa', 'geonames:698740'],
        ['strike', 'Tuapse', 'Tuapse', 'geonames:480716'],
        ['strike', 'Novorossiysk', 'Novorossiysk', 'geonames:518255'],
        ['strike', 'Kherson', 'Kherson', 'geonames:706448'],
      ],
      [
        ['strike', 'Kyiv'],
        ['strike', 'Moscow'],
        ['strike', 'Black Sea'],
      ],
    );
  });

  it('gaza-strikes-2024', () => {
    check(
      'gaza-strikes-2024',
      [
        ['strike', 'Khan Younis', 'Khan Younis', 'geonames:281124'],
        ['strike', 'Rafah', 'Rafah', 'geonames:281102'],
        ['attack', 'Sderot', 'Sderot', 'geonames:293619'],
        ['attack', 'Ashkelon', 'Ashkelon', 'geonames:295620'],
      ],
      [
        ['strike', 'Jerusalem'],
        ['strike', 'Cairo'],
        ['strike', 'Egypt'],
      ],
    );
  });

  it('lebanon-border-2024', () => {
    check(
      'lebanon-border-2024',
      [
        ['strike', 'Tyre', 'Tyre', 'geonames:267008'],
        ['attack', 'Kiryat Shmona', 'Kiryat Shmona', 'geonames:293825'],
      ],
      [
        ['strike', 'Beirut'],
        ['attack', 'Beirut'],
      ],
    );
  });

  it('sudan-el-fasher-2024', () => {
    check(
      'sudan-el-fasher-2024',
      [
        ['attack', 'El Fasher', 'El Fasher', 'geonames:379555'],
        ['strike', 'Khartoum', 'Khartoum', 'geonames:379252'],
        ['strike', 'Omdurman', 'Omdurman', 'geonames:365137'],
      ],
      [
        ['attack', 'Geneva'],
        ['strike', 'Port Sudan'],
      ],
    );
  });

  it('yemen-red-sea-2024', () => {
    check(
      'yemen-red-sea-2024',
      [
        ['strike', 'Hodeidah', 'Hodeidah', 'geonames:79415'],
        ['strike', 'Sanaa', 'Sanaa', 'geonames:71137'],
        ['attack', 'Red Sea', 'Red Sea', 'supplement:red-sea'],
        ['attack', 'Bab el-Mandeb', 'Bab el-Mandeb', 'supplement:bab-el-mandeb'],
        ['attack', 'Gulf of Aden', 'Gulf of Aden', 'supplement:gulf-of-aden'],
      ],
      [
        ['attack', 'Liberia'],
        ['strike', 'Liberia'],
        ['attack', 'Israel'],
        ['attack', 'Gaza'],
      ],
    );
  });
});
