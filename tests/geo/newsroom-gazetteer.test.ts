// The newsroom's places over the compiled gazetteer (geo/gazetteer/overlay.ts): found by
// their names and aliases, and preferred to the gazetteer's places of the same name.
// Needs the compiled gazetteer (npm run data). The places are the made-up fixture's.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseExtraPlaces, type ExtraPlace } from '../../geo/gazetteer/extra-places.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import { isNewsroomPlace, overlayGazetteer } from '../../geo/gazetteer/overlay.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { geoparse } from '../../geo/geoparse.ts';
import { nameKey } from '../../geo/normalise.ts';

const { places } = parseExtraPlaces(
  JSON.parse(readFileSync('tests/fixtures/newsroom-places.geojson', 'utf8')),
);
const [camp, haditha] = places as [ExtraPlace, ExtraPlace];
let base: Gazetteer;
let withPlaces: Gazetteer;

beforeAll(() => {
  base = loadGazetteerFromDisk();
  withPlaces = overlayGazetteer(base, places);
});

const events = (text: string, g: Gazetteer) =>
  geoparse(text, g, { today: '2024-02-01' }).features.filter(
    (f) => f.properties.kind !== 'mention',
  );

describe('newsroom gazetteer', () => {
  it('finds a place by its name and its aliases, with a newsroom id', () => {
    for (const name of ['Camp Halvorsen', 'camp halvorsen', 'Halvorsen Base']) {
      const hits = withPlaces.lookup(nameKey(name));
      expect(hits.map((p) => p.id)).toEqual(['newsroom:camp-halvorsen']);
      expect(hits[0]).toMatchObject({ lat: camp.lat, lon: camp.lon, country: 'IQ', type: 'site' });
    }
    expect(base.lookup(nameKey('Camp Halvorsen'))).toEqual([]);
    expect(withPlaces.size).toBe(base.size + 2);
    // Everything else is the base's.
    expect(withPlaces.lookup(nameKey('Mosul'))).toBe(base.lookup(nameKey('Mosul')));
    expect(withPlaces.country('IQ')).toBe(base.country('IQ'));
    expect(withPlaces.demonym(nameKey('Iraqi'))).toBe(base.demonym(nameKey('Iraqi')));
    expect(base.demonym(nameKey('Iraqi'))).toBe('IQ');
  });

  it('a name both hold: only the newsroom place is a candidate', () => {
    expect(base.lookup(nameKey('Haditha')).some((p) => p.id.startsWith('geonames:'))).toBe(true);
    const hits = withPlaces.lookup(nameKey('Haditha'));
    expect(hits.map((p) => p.id)).toEqual(['newsroom:haditha']);
    expect(isNewsroomPlace(hits[0]!)).toBe(true);
    expect(base.lookup(nameKey('Haditha')).some(isNewsroomPlace)).toBe(false);
  });

  it('an article naming Camp Halvorsen maps it only with the newsroom places', () => {
    const text = 'Drones struck Camp Halvorsen on Tuesday, officials said.';
    expect(events(text, base)).toEqual([]);
    const found = events(text, withPlaces);
    expect(found.map((f) => [f.properties.kind, f.properties.gazetteer])).toEqual([
      ['strike', 'newsroom:camp-halvorsen'],
    ]);
    expect(found[0]!.geometry.coordinates).toEqual([camp.lon, camp.lat]);
    expect(found[0]!.properties.name).toBe('Camp Halvorsen');
  });

  it('an alias in the text maps the place too', () => {
    const found = events('Rockets hit Halvorsen Base in Iraq overnight.', withPlaces);
    expect(found.map((f) => f.properties.gazetteer)).toEqual(['newsroom:camp-halvorsen']);
    expect(found[0]!.properties.place).toBe('Halvorsen Base');
  });

  it('a name GeoNames also holds resolves to the newsroom point', () => {
    const text = 'Militants attacked Haditha in western Iraq on Monday, police said.';
    const before = events(text, base);
    expect(before.map((f) => f.properties.gazetteer)).toEqual(['geonames:96309']);
    const after = events(text, withPlaces);
    expect(after.map((f) => f.properties.gazetteer)).toEqual(['newsroom:haditha']);
    expect(after[0]!.geometry.coordinates).toEqual([haditha.lon, haditha.lat]);
  });

  it('stays on the map in an article about somewhere else (the desk vouches for it)', () => {
    // Without the newsroom places this Haditha would be a namesake far from the story's
    // other places; the newsroom's point is kept all the same.
    const text =
      'Ukrainian drones struck Belgorod and Kursk in Russia. In a separate attack, militants attacked Haditha overnight.';
    const found = events(text, withPlaces).map((f) => f.properties.gazetteer);
    expect(found).toContain('newsroom:haditha');
    // Alone, without any context at all: still mapped.
    expect(
      events('A drone hit Camp Halvorsen.', withPlaces).map((f) => f.properties.gazetteer),
    ).toEqual(['newsroom:camp-halvorsen']);
  });

  it('repeated names get distinct ids; no places is the base itself', () => {
    const twice = overlayGazetteer(base, [camp, { ...camp, lat: camp.lat + 1 }]);
    expect(twice.lookup(nameKey(camp.name)).map((p) => p.id)).toEqual([
      'newsroom:camp-halvorsen',
      'newsroom:camp-halvorsen-2',
    ]);
    const none = overlayGazetteer(base, []);
    expect(none.lookup(nameKey('Haditha'))).toBe(base.lookup(nameKey('Haditha')));
    expect(none.maxWords).toBe(base.maxWords);
  });
});
