// The events-file validator (src/map/data.ts), field by field: every bound and
// every message, as mutation testing (npm run mutate) showed the broader tests
// in map-data and data-left-out left some of them unchecked.
import { describe, expect, it } from 'vitest';
import { checked, EventDataError, parseEventCollection, parseEvents } from '../../src/map/data.ts';

type Json = Record<string, unknown>;

/** A valid feature as it comes from a file, with `props` merged into its properties. */
function raw(props: Json = {}, coordinates: unknown = [44, 33]): Json {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id: 'a',
      kind: 'strike',
      place: 'Qaim',
      name: 'Al-Qaim',
      country: 'IQ',
      precision: 'city',
      gazetteer: 'geonames:1',
      actor: 'US',
      excerpt: 'A strike hit Qaim.',
      excerptStart: 7,
      spans: [[13, 17]],
      confidence: 0.75,
      ...props,
    },
  };
}

const fc = (...features: unknown[]): Json => ({ type: 'FeatureCollection', features });

/** The validator's message for a file with the one feature `f`. */
function error(f: unknown): string {
  try {
    parseEventCollection(fc(f));
  } catch (e) {
    expect(e).toBeInstanceOf(EventDataError);
    return (e as Error).message;
  }
  throw new Error('the feature was accepted');
}

/** The file's collection, or its message when the file is refused. */
function outcome(json: unknown): string {
  try {
    parseEvents(json);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(EventDataError);
    return (e as Error).message;
  }
}

describe('coordinates', () => {
  it('accepts the bounds themselves: ±180 longitude, ±90 latitude', () => {
    for (const c of [
      [180, 90],
      [-180, -90],
      [180, -90],
      [-180, 90],
      [0, 0],
    ]) {
      const out = parseEventCollection(fc(raw({}, c)));
      expect(out.features[0]!.geometry.coordinates).toEqual(c);
    }
  });

  it('refuses a latitude over 90 or under -90', () => {
    expect(error(raw({}, [44, 90.000001]))).toBe(
      'feature 0 ("a"): coordinates [44, 90.000001] are outside [-180..180, -90..90]',
    );
    expect(error(raw({}, [44, 91]))).toMatch(/outside/);
    expect(error(raw({}, [44, -90.5]))).toMatch(/outside/);
  });

  it('refuses a longitude over 180 or under -180', () => {
    expect(error(raw({}, [180.5, 0]))).toBe(
      'feature 0 ("a"): coordinates [180.5, 0] are outside [-180..180, -90..90]',
    );
    expect(error(raw({}, [-180.5, 0]))).toMatch(/outside/);
  });

  it('refuses NaN coordinates (JSON cannot write them, a caller can)', () => {
    expect(error(raw({}, [NaN, 0]))).toMatch(/outside/);
    expect(error(raw({}, [0, NaN]))).toMatch(/outside/);
  });

  it('refuses coordinates that are not two numbers', () => {
    const msg = 'feature 0 ("a"): geometry.coordinates must be [longitude, latitude]';
    expect(error(raw({}, [44]))).toBe(msg);
    expect(error(raw({}, ['44', 33]))).toBe(msg);
    expect(error(raw({}, [44, '33']))).toBe(msg);
    expect(error(raw({}, { 0: 44, 1: 33, length: 2 }))).toBe(msg);
    expect(error(raw({}, null))).toBe('feature 0 ("a"): has no coordinates');
  });

  it('keeps only longitude and latitude (an altitude is dropped)', () => {
    const out = parseEventCollection(fc(raw({}, [44, 33, 120])));
    expect(out.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [44, 33] });
  });
});

describe('the feature and its geometry', () => {
  it('refuses what is no Feature, naming it by index (and id when it has one)', () => {
    expect(error('text')).toBe('feature 0: is not a GeoJSON Feature');
    expect(error(['Feature'])).toBe('feature 0: is not a GeoJSON Feature');
    expect(error(null)).toBe('feature 0: is not a GeoJSON Feature');
    expect(error({ ...raw(), type: 'Point' })).toBe('feature 0 ("a"): is not a GeoJSON Feature');
    expect(error({ ...raw(), properties: { id: 7 }, type: 'X' })).toBe(
      'feature 0: is not a GeoJSON Feature',
    );
  });

  it('refuses a missing or non-Point geometry', () => {
    expect(error({ ...raw(), geometry: null })).toBe('feature 0 ("a"): has no coordinates');
    const { geometry: _g, ...noGeometry } = raw();
    expect(error(noGeometry)).toBe('feature 0 ("a"): has no coordinates');
    expect(error({ ...raw(), geometry: { type: 'LineString', coordinates: [[1, 2]] } })).toBe(
      'feature 0 ("a"): geometry must be a Point',
    );
    expect(error({ ...raw(), geometry: [44, 33] })).toBe(
      'feature 0 ("a"): geometry must be a Point',
    );
    expect(error({ ...raw(), geometry: { type: 'Point' } })).toBe(
      'feature 0 ("a"): has no coordinates',
    );
  });

  it('refuses a feature without properties', () => {
    expect(error({ ...raw(), properties: null })).toBe('feature 0: has no properties');
    expect(error({ ...raw(), properties: [] })).toBe('feature 0: has no properties');
  });
});

describe('properties', () => {
  it('copies every field of a valid feature', () => {
    const f = parseEventCollection(fc(raw())).features[0]!;
    expect(f).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [44, 33] },
      properties: {
        id: 'a',
        kind: 'strike',
        place: 'Qaim',
        name: 'Al-Qaim',
        country: 'IQ',
        precision: 'city',
        gazetteer: 'geonames:1',
        actor: 'US',
        excerpt: 'A strike hit Qaim.',
        excerptStart: 7,
        spans: [[13, 17]],
        confidence: 0.75,
      },
    });
  });

  it('fills the optional fields: name from place, gazetteer "", excerptStart 0, nulls', () => {
    const p = parseEventCollection(
      fc(
        raw({
          name: undefined,
          gazetteer: 3,
          excerptStart: '7',
          spans: undefined,
          country: null,
          actor: undefined,
        }),
      ),
    ).features[0]!.properties;
    expect(p.name).toBe('Qaim');
    expect(p.gazetteer).toBe('');
    expect(p.excerptStart).toBe(0);
    expect(p.spans).toEqual([]);
    expect(p.country).toBeNull();
    expect(p.actor).toBeNull();
  });

  it('says which required string is missing or of the wrong type', () => {
    expect(error(raw({ id: 5 }))).toBe('feature 0: properties.id must be a string (got 5)');
    expect(error(raw({ place: null }))).toBe(
      'feature 0 ("a"): properties.place must be a string (got null)',
    );
    expect(error(raw({ excerpt: ['x'] }))).toBe(
      'feature 0 ("a"): properties.excerpt must be a string (got an array)',
    );
    expect(error(raw({ excerpt: { text: 'x' } }))).toBe(
      'feature 0 ("a"): properties.excerpt must be a string (got an object)',
    );
    expect(error(raw({ name: 1, place: false }))).toBe(
      'feature 0 ("a"): properties.place must be a string (got false)',
    );
  });

  it('quotes a long wrong value clipped to 40 characters', () => {
    expect(error(raw({ kind: 'x'.repeat(50) }))).toBe(
      `feature 0 ("a"): properties.kind must be one of strike, attack, mention (got "${'x'.repeat(40)}…")`,
    );
  });

  it('accepts a string or null for country and actor, nothing else', () => {
    expect(error(raw({ country: 4 }))).toBe(
      'feature 0 ("a"): properties.country must be a string or null (got 4)',
    );
    expect(error(raw({ actor: true }))).toBe(
      'feature 0 ("a"): properties.actor must be a string or null (got true)',
    );
  });

  it('takes the kinds and precisions it knows', () => {
    for (const kind of ['strike', 'attack', 'mention'])
      expect(parseEventCollection(fc(raw({ kind }))).features[0]!.properties.kind).toBe(kind);
    for (const precision of ['site', 'city', 'region', 'country', 'water'])
      expect(parseEventCollection(fc(raw({ precision }))).features[0]!.properties.precision).toBe(
        precision,
      );
    expect(error(raw({ precision: 'street' }))).toBe(
      'feature 0 ("a"): properties.precision must be one of site, city, region, country, water (got "street")',
    );
    expect(error(raw({ kind: 3 }))).toMatch(/properties.kind must be one of .* \(got 3\)/);
  });

  it('requires a finite number for confidence', () => {
    expect(error(raw({ confidence: '1' }))).toBe(
      'feature 0 ("a"): properties.confidence must be a number (got "1")',
    );
    expect(error(raw({ confidence: undefined }))).toBe(
      'feature 0 ("a"): properties.confidence must be a number (got undefined)',
    );
  });

  it('checks each span: a pair of numbers, start <= end', () => {
    const ok = parseEventCollection(
      fc(
        raw({
          spans: [
            [3, 3],
            [4, 9],
          ],
        }),
      ),
    ).features[0]!.properties.spans;
    expect(ok).toEqual([
      [3, 3],
      [4, 9],
    ]);
    const msg = (j: number) =>
      `feature 0 ("a"): properties.spans[${j}] must be [start, end] with start <= end`;
    expect(
      error(
        raw({
          spans: [
            [1, 2],
            [5, 4],
          ],
        }),
      ),
    ).toBe(msg(1));
    expect(error(raw({ spans: [[1, 2, 3]] }))).toBe(msg(0));
    expect(error(raw({ spans: [[1]] }))).toBe(msg(0));
    expect(error(raw({ spans: [['1', 2]] }))).toBe(msg(0));
    expect(error(raw({ spans: [[1, '2']] }))).toBe(msg(0));
    expect(error(raw({ spans: ['1,2'] }))).toBe(msg(0));
    expect(error(raw({ spans: '1-2' }))).toBe(
      'feature 0 ("a"): properties.spans must be an array of [start, end] pairs',
    );
  });

  it('copies a span rather than keeping the file’s array', () => {
    const span = [1, 2, 'extra'].slice(0, 2);
    const out = parseEventCollection(fc(raw({ spans: [span] }))).features[0]!.properties.spans;
    expect(out[0]).toEqual([1, 2]);
    expect(out[0]).not.toBe(span);
  });

  it('means: absent, null or a known value', () => {
    const p = (means: unknown) => parseEventCollection(fc(raw({ means }))).features[0]!.properties;
    expect('means' in p(undefined)).toBe(false);
    expect(p(null).means).toBeNull();
    expect(p('drone').means).toBe('drone');
    expect(error(raw({ means: 'catapult' }))).toMatch(
      /^feature 0 \("a"\): properties.means must be one of air, drone, .* or null \(got "catapult"\)$/,
    );
  });

  it('review and edited: arrays of known marks, copied', () => {
    const review = ['actor-unknown'];
    const edited = ['place', 'kind', 'position', 'added'];
    const p = parseEventCollection(fc(raw({ review, edited }))).features[0]!.properties;
    expect(p.review).toEqual(review);
    expect(p.review).not.toBe(review);
    expect(p.edited).toEqual(edited);
    expect(p.edited).not.toBe(edited);
    const none = parseEventCollection(fc(raw())).features[0]!.properties;
    expect('review' in none).toBe(false);
    expect('edited' in none).toBe(false);
    expect(error(raw({ review: 'actor-unknown' }))).toMatch(
      /^feature 0 \("a"\): properties.review must be an array of low-confidence, ambiguous-place, /,
    );
    expect(error(raw({ edited: ['place', 'colour'] }))).toBe(
      'feature 0 ("a"): properties.edited must be an array of place, kind, position, added, actor, means, date, excerpt',
    );
    expect(error(raw({ edited: 'place' }))).toMatch(/properties.edited must be an array/);
    expect(error(raw({ review: ['actor-unknown', 'because'] }))).toMatch(
      /properties.review must be an array of/,
    );
  });

  it('keeps a bbox of four numbers only', () => {
    const bbox = (b: unknown) => parseEventCollection(fc({ ...raw(), bbox: b })).features[0]!.bbox;
    expect(bbox([1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(bbox([1, 2, 3])).toBeUndefined();
    expect(bbox([1, 2, 3, '4'])).toBeUndefined();
    expect(bbox('1,2,3,4')).toBeUndefined();
  });
});

describe('the collection', () => {
  it('refuses what is no FeatureCollection, saying what it got', () => {
    expect(outcome(null)).toBe('events file: must be a GeoJSON FeatureCollection (got null)');
    expect(outcome([1])).toBe('events file: must be a GeoJSON FeatureCollection (got an array)');
    expect(outcome('x')).toBe('events file: must be a GeoJSON FeatureCollection (got "x")');
    expect(outcome({ type: 'Feature' })).toBe(
      'events file: must be a GeoJSON FeatureCollection (type is "Feature")',
    );
    expect(outcome({ type: 'FeatureCollection', features: {} })).toBe(
      'events file: "features" must be an array',
    );
    expect(outcome(fc())).toBe('ok');
    expect(parseEvents(fc(raw())).collection.type).toBe('FeatureCollection');
  });

  it('names the duplicate id and its index', () => {
    expect(() => parseEventCollection(fc(raw(), raw()))).toThrow(
      new EventDataError('feature 1 ("a"): duplicate id "a"'),
    );
  });

  it('reads the article: title, characters, date and text when they have the right type', () => {
    const a = (article: unknown) => parseEventCollection({ ...fc(raw()), article }).article;
    expect(a({ title: 'T', characters: 12, date: '2024-01-24', text: 'x' })).toEqual({
      title: 'T',
      characters: 12,
      date: '2024-01-24',
      text: 'x',
    });
    expect(a({ title: 5, characters: '12', date: 20240124 })).toEqual({
      title: null,
      characters: 0,
    });
    expect(a('article')).toBeUndefined();
    expect(() => parseEventCollection({ ...fc(raw()), article: { text: null } })).toThrow(
      'events file: article.text must be a string (got null)',
    );
  });

  it("keeps the article's http(s) URL and leaves out any other, and the map's texts (map)", () => {
    const c = (extra: Json) =>
      parseEventCollection({ ...fc(raw()), article: { title: 'T', characters: 1, ...extra } });
    expect(c({ url: 'https://news.example/a?b=1#c' }).article).toEqual({
      title: 'T',
      characters: 1,
      url: 'https://news.example/a?b=1#c',
    });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'news/a.html', 5, null])
      expect(c({ url }).article, String(url)).toEqual({ title: 'T', characters: 1 });
    // The workbench's `map` member (title, subtitle, source line) is not the map page's: left out.
    const m = parseEventCollection({ ...fc(raw()), map: { title: '<b>x</b>', source: 7 } });
    expect('map' in m).toBe(false);
    expect(m.features).toHaveLength(1);
  });
});

describe('unresolved events', () => {
  const u = (over: Json = {}): Json => ({
    kind: 'attack',
    place: 'Nowhere',
    actor: null,
    means: 'drone',
    excerpt: 'A drone attack on Nowhere.',
    excerptStart: 4,
    spans: [[2, 7]],
    ...over,
  });
  const unresolved = (...list: unknown[]) => parseEvents({ ...fc(), unresolved: list });

  it('keeps a valid entry, field by field', () => {
    expect(unresolved(u()).collection.unresolved).toEqual([
      {
        kind: 'attack',
        place: 'Nowhere',
        actor: null,
        means: 'drone',
        excerpt: 'A drone attack on Nowhere.',
        excerptStart: 4,
        spans: [[2, 7]],
      },
    ]);
    expect(unresolved(u({ means: undefined })).collection.unresolved![0]!.means).toBeNull();
    expect(unresolved(u({ actor: 'US' })).collection.unresolved![0]!.actor).toBe('US');
    expect('unresolved' in parseEvents(fc()).collection).toBe(false);
  });

  it('leaves out a bad entry, saying why', () => {
    const why = (entry: unknown) => unresolved(entry).leftOut;
    const one = '1 of 1 event not on the map was left out: #1';
    expect(why('x')).toBe(`${one}: must be an object.`);
    expect(why(u({ kind: 'mention' }))).toBe(
      `${one}: properties.kind must be one of strike, attack (got "mention").`,
    );
    expect(why(u({ means: 'catapult' }))).toMatch(/^1 of 1 .*: means must be one of air, /);
    const spans = `${one}: spans must be an array of [start, end] pairs with start <= end.`;
    expect(why(u({ spans: [[7, 2]] }))).toBe(spans);
    expect(why(u({ spans: [[1, 2, 3]] }))).toBe(spans);
    expect(why(u({ spans: [['1', 2]] }))).toBe(spans);
    expect(why(u({ spans: [[1, '2']] }))).toBe(spans);
    expect(why(u({ spans: ['12'] }))).toBe(spans);
    expect(why(u({ spans: undefined }))).toBe(spans);
    expect(why(u({ spans: [{ 0: 1, 1: 2, length: 2 }] }))).toBe(spans);
    expect(why(u({ excerptStart: NaN }))).toBe(
      `${one}: properties.excerptStart must be a number (got NaN).`,
    );
    expect(why(u({ excerptStart: Infinity }))).toMatch(/excerptStart must be a number/);
    expect(why(u({ excerptStart: null }))).toBe(
      `${one}: properties.excerptStart must be a number (got null).`,
    );
  });

  it('accepts an empty span and copies the spans', () => {
    const spans = [[3, 3]];
    const out = unresolved(u({ spans })).collection.unresolved![0]!.spans;
    expect(out).toEqual([[3, 3]]);
    expect(out[0]).not.toBe(spans[0]);
  });

  it('refuses an "unresolved" that is no array', () => {
    expect(outcome({ ...fc(), unresolved: {} })).toBe(
      'events file: "unresolved" must be an array (got an object)',
    );
  });

  it('counts unresolved entries apart from the features', () => {
    const r = parseEvents({ ...fc(raw()), unresolved: [u(), 'x'] });
    expect(r.features).toEqual({ total: 1, leftOut: 0 });
    expect(r.leftOut).toBe('1 of 2 events not on the map was left out: #2: must be an object.');
    expect(() => parseEventCollection({ ...fc(raw()), unresolved: [u(), 'x'] })).toThrow(
      'unresolved 1: must be an object',
    );
  });
});

describe('the left-out message', () => {
  it('"has" and "is" reasons follow the label; others after a colon', () => {
    const r = parseEvents(fc(raw(), 'x', { ...raw({ id: 'c' }), geometry: null }));
    expect(r.leftOut).toBe(
      '2 of 3 events were left out: #2 is not a GeoJSON Feature; #3 ("c") has no coordinates.',
    );
    expect(r.features).toEqual({ total: 3, leftOut: 2 });
  });

  it('a reason with "is" or "has" inside it still follows a colon', () => {
    expect(parseEvents(fc(raw(), raw({ id: 'b', kind: 'this has one' }))).leftOut).toBe(
      '1 of 2 events was left out: #2 ("b"): properties.kind must be one of strike, attack, mention (got "this has one").',
    );
  });

  it('names three, then "and N more"', () => {
    const bad = Array.from({ length: 5 }, (_, i) => raw({ id: `b${i}`, kind: 'x' }));
    const r = parseEvents(fc(raw(), ...bad));
    expect(r.leftOut).toMatch(
      /^5 of 6 events were left out: #2 \("b0"\): .*; #4 \("b2"\): [^;]*; and 2 more\.$/,
    );
    const three = parseEvents(fc(raw(), ...bad.slice(0, 3)));
    expect(three.leftOut).not.toMatch(/more/);
    expect(three.leftOut!.split('; ')).toHaveLength(3);
  });

  it('both sentences when features and unresolved entries were left out', () => {
    const r = parseEvents({ ...fc(raw(), 'x'), unresolved: ['y'] });
    expect(r.leftOut).toBe(
      '1 of 2 events was left out: #2 is not a GeoJSON Feature. ' +
        '1 of 1 event not on the map was left out: #1: must be an object.',
    );
  });

  it('lets errors other than EventDataError through', () => {
    const evil = {
      type: 'Feature',
      get geometry(): never {
        throw new RangeError('boom');
      },
    };
    expect(() => parseEvents(fc(evil))).toThrow(RangeError);
  });
});

describe('checked', () => {
  it('prefixes the message of a refused file', () => {
    expect(() => checked(null, 'P: ')).toThrow(
      new EventDataError('P: events file: must be a GeoJSON FeatureCollection (got null)'),
    );
  });

  it('fails when every event was left out, not when only some were or there were none', () => {
    expect(() => checked(fc('x'), 'P: ')).toThrow(
      new EventDataError('P: 1 of 1 event was left out: #1 is not a GeoJSON Feature.'),
    );
    expect(checked(fc(raw(), 'x'), 'P: ').features).toEqual({ total: 2, leftOut: 1 });
    expect(checked(fc(), 'P: ').collection.features).toEqual([]);
  });

  it('lets errors other than EventDataError through unprefixed', () => {
    const evil = {
      get type(): never {
        throw new RangeError('boom');
      },
    };
    expect(() => checked(evil, 'P: ')).toThrow(new RangeError('boom'));
  });

  it('an EventDataError says what is wrong without where', () => {
    try {
      parseEvents({ type: 'Nope' });
      expect.unreachable();
    } catch (e) {
      expect((e as EventDataError).what).toBe(
        'must be a GeoJSON FeatureCollection (type is "Nope")',
      );
      expect((e as EventDataError).name).toBe('EventDataError');
    }
  });
});

describe('dataParam', () => {
  it('takes a same-origin https file as well as http', async () => {
    const { dataParam } = await import('../../src/map/data.ts');
    const page = 'https://maps.example/iraq/';
    expect(dataParam({ href: page, search: '?data=x.geojson' }, page)).toBe('x.geojson');
    expect(dataParam({ href: page, search: '?data=https://other.example/x' }, page)).toBeNull();
  });
});
