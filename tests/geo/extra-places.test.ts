// The newsroom places file (geo/gazetteer/extra-places.ts): what it accepts, what it
// refuses and how it says so, and that it writes back what it reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_ALIASES,
  MAX_NAME,
  MAX_PLACES,
  MAX_TEXT,
  mergePlaces,
  parseExtraPlaces,
  parseExtraPlacesText,
  serialiseExtraPlaces,
  slug,
  type ExtraPlace,
} from '../../geo/gazetteer/extra-places.ts';

const FIXTURE = JSON.parse(readFileSync('tests/fixtures/newsroom-places.geojson', 'utf8')) as {
  features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
};
const good = FIXTURE.features[0]!;
const [LON, LAT] = good.geometry.coordinates as [number, number];

/** A feature like the fixture's first, with these properties or coordinates changed. */
function feature(props: Record<string, unknown> = {}, coordinates: unknown = [LON, LAT]) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { ...good.properties, ...props },
  };
}
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('newsroom places file', () => {
  it('reads the fixture: every field, aliases without the name itself', () => {
    const r = parseExtraPlaces(FIXTURE);
    expect(r.problems).toEqual([]);
    expect(r.places).toHaveLength(2);
    expect(r.places[0]).toEqual({
      name: 'Camp Halvorsen',
      aliases: ['Halvorsen base'],
      precision: 'site',
      country: 'IQ',
      note: good.properties.note,
      source: 'test fixture',
      lon: LON,
      lat: LAT,
    });
  });

  it('writes back what it reads (serialise ∘ parse is the identity on places)', () => {
    const { places } = parseExtraPlaces(FIXTURE);
    const again = parseExtraPlaces(JSON.parse(JSON.stringify(serialiseExtraPlaces(places))));
    expect(again).toEqual({ places, problems: [] });
    expect(serialiseExtraPlaces(places).features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [LON, LAT] },
      properties: good.properties,
    });
  });

  it('defaults: precision site, country null, no aliases, empty note and source', () => {
    const f = { type: 'Feature', geometry: feature().geometry, properties: { name: ' Tal X ' } };
    expect(parseExtraPlaces(collection(f)).places[0]).toEqual({
      name: 'Tal X',
      aliases: [],
      precision: 'site',
      country: null,
      note: '',
      source: '',
      lon: LON,
      lat: LAT,
    });
  });

  it('a lower-case country code is upper-cased; null is accepted', () => {
    const r = parseExtraPlaces(collection(feature({ country: 'iq' }), feature({ country: null })));
    expect(r.places.map((p) => p.country)).toEqual(['IQ', null]);
  });

  it('keeps the good features and names each bad one by number, name and field', () => {
    const r = parseExtraPlaces(
      collection(
        feature(),
        feature({ name: 'Camp X', country: 'Iraq' }),
        feature({ name: 'Camp Y', precision: 'village' }),
        feature({ name: 'Camp Z', aliases: 'Zed' }),
        feature({ name: '' }),
        { type: 'Feature', geometry: null, properties: { name: 'No point' } },
        'not a feature',
        feature({ name: 'Camp W', note: 7 }),
      ),
    );
    expect(r.places.map((p) => p.name)).toEqual(['Camp Halvorsen']);
    expect(r.problems).toEqual([
      'Feature 2 (“Camp X”): `country` must be an ISO alpha-2 code or null',
      'Feature 3 (“Camp Y”): `precision` must be one of site, city, region, country, water',
      `Feature 4 (“Camp Z”): \`aliases\` must be a list of at most ${MAX_ALIASES} names`,
      `Feature 5: \`name\` must be text of 1 to ${MAX_NAME} characters (required)`,
      'Feature 6 (“No point”): `geometry` must be a Point',
      'Feature 7: is not a GeoJSON Feature',
      `Feature 8 (“Camp W”): \`note\` must be text of at most ${MAX_TEXT} characters`,
    ]);
  });

  it.each([
    [[181, LAT], 'longitude'],
    [[-180.5, LAT], 'longitude'],
    [[LON, 90.01], 'latitude'],
    [[LON, -91], 'latitude'],
    [[Infinity, LAT], 'longitude'],
    [[LON, NaN], 'latitude'],
    [['41', LAT], 'longitude'],
    [[LON], 'latitude'],
  ])('coordinates %j: the %s is refused', (coordinates, which) => {
    const r = parseExtraPlaces(collection(feature({}, coordinates)));
    expect(r.places).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(new RegExp(`^Feature 1 \\(“Camp Halvorsen”\\): ${which}`));
  });

  it('accepts the bounds themselves', () => {
    const r = parseExtraPlaces(collection(feature({}, [-180, 90]), feature({}, [180, -90])));
    expect(r.problems).toEqual([]);
    expect(r.places).toHaveLength(2);
  });

  it('caps names, aliases and notes', () => {
    const long = 'x'.repeat(MAX_NAME + 1);
    const r = parseExtraPlaces(
      collection(
        feature({ name: long }),
        feature({ aliases: [long] }),
        feature({ aliases: Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `A${i}`) }),
        feature({ source: 'y'.repeat(MAX_TEXT + 1) }),
        feature({ name: 'x'.repeat(MAX_NAME), note: 'y'.repeat(MAX_TEXT) }),
      ),
    );
    expect(r.places).toHaveLength(1);
    expect(r.problems).toHaveLength(4);
    // A long name is shortened in the message.
    expect(r.problems[0]!.length).toBeLessThan(160);
  });

  it('reads at most MAX_PLACES features and says so; lists at most 50 problems', () => {
    const many = collection(...Array.from({ length: MAX_PLACES + 5 }, () => feature()));
    const r = parseExtraPlaces(many);
    expect(r.places).toHaveLength(MAX_PLACES);
    expect(r.problems).toEqual([
      `The file has ${MAX_PLACES + 5} features; only the first ${MAX_PLACES} were read.`,
    ]);
    const bad = parseExtraPlaces(
      collection(...Array.from({ length: 60 }, () => feature({ country: 'Iraq' }))),
    );
    expect(bad.problems).toHaveLength(51);
    expect(bad.problems.at(-1)).toBe('… and 10 more problems.');
  });

  it('linear time: 10,000 features well under a second', () => {
    const many = collection(
      ...Array.from({ length: MAX_PLACES }, (_, i) => feature({ name: `P${i}` })),
    );
    const t0 = performance.now();
    const { places } = parseExtraPlaces(many);
    mergePlaces(places, places);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('not a FeatureCollection, or not JSON: one message, no places', () => {
    for (const v of [null, [], { type: 'Feature' }, { type: 'FeatureCollection' }])
      expect(parseExtraPlaces(v)).toEqual({
        places: [],
        problems: ['The file is not a GeoJSON FeatureCollection.'],
      });
    const r = parseExtraPlacesText('{"type":');
    expect(r.places).toEqual([]);
    expect(r.problems[0]).toMatch(/^The file is not JSON/);
  });

  it('merges by name and point: the same place is replaced, others are added', () => {
    const { places } = parseExtraPlaces(FIXTURE);
    const [a, b] = places as [ExtraPlace, ExtraPlace];
    const renoted = { ...a, name: a.name.toUpperCase(), note: 'new note' };
    const moved = { ...a, lon: a.lon + 0.01 };
    expect(mergePlaces([a, b], [renoted, moved])).toEqual([renoted, b, moved]);
  });

  it('slugs for ids', () => {
    expect(slug('Camp Halvorsen')).toBe('camp-halvorsen');
    expect(slug('  Tall ʿAfar / تلعفر ')).toBe('tall-afar-تلعفر');
    expect(slug('!!!')).toBe('place');
  });
});
