import { describe, expect, it } from 'vitest';
import {
  EventDataError,
  dataParam,
  eventsUrl,
  loadEvents,
  parseEventCollection,
} from '../../src/map/data.ts';
import { excerptRuns } from '../../src/map/excerpt.ts';
import { formatHash, parseHash } from '../../src/map/hash.ts';
import { countLine, initialBounds, summarise, WORLD } from '../../src/map/view.ts';
import type { EventFeature, EventKind, Precision } from '../../geo/types.ts';

function ev(
  id: string,
  kind: EventKind,
  lng: number,
  lat: number,
  precision: Precision = 'city',
): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: {
      id,
      kind,
      place: id,
      name: id,
      country: 'IQ',
      precision,
      gazetteer: 'geonames:1',
      actor: null,
      excerpt: `Something happened in ${id}.`,
      excerptStart: 0,
      spans: [],
      confidence: 1,
    },
  };
}

describe('parseEventCollection', () => {
  it('accepts a valid collection', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [ev('a', 'strike', 44, 33)],
      article: { title: 'T', characters: 10 },
    };
    const out = parseEventCollection(JSON.parse(JSON.stringify(fc)));
    expect(out.features[0]!.properties.id).toBe('a');
    expect(out.article?.title).toBe('T');
    expect(out.article?.text).toBeUndefined();
  });

  it('accepts the article text (string or absent), nothing else', () => {
    const fc = (text: unknown) => ({
      type: 'FeatureCollection',
      features: [ev('a', 'strike', 44, 33)],
      article: { title: 'T', characters: 10, text },
    });
    expect(parseEventCollection(fc('Hit <b>Qaim</b>.')).article?.text).toBe('Hit <b>Qaim</b>.');
    expect(() => parseEventCollection(fc(42))).toThrow('article.text must be a string (got 42)');
  });

  it('says precisely what is wrong', () => {
    const bad = ev('x', 'strike', 44, 33) as unknown as { properties: Record<string, unknown> };
    bad.properties.kind = 'bombing';
    expect(() => parseEventCollection({ type: 'FeatureCollection', features: [bad] })).toThrow(
      'feature 0 ("x"): properties.kind must be one of strike, attack, mention (got "bombing")',
    );
    expect(() => parseEventCollection({ type: 'Feature' })).toThrow(/FeatureCollection/);
    expect(() => parseEventCollection(null)).toThrow(EventDataError);
    expect(() =>
      parseEventCollection({ type: 'FeatureCollection', features: [ev('a', 'strike', 200, 33)] }),
    ).toThrow(/outside/);
    expect(() =>
      parseEventCollection({
        type: 'FeatureCollection',
        features: [ev('a', 'strike', 1, 1), ev('a', 'attack', 2, 2)],
      }),
    ).toThrow(/duplicate id/);
  });

  it('keeps means and review when valid, refuses unknown values', () => {
    const good = ev('m', 'strike', 44, 33);
    good.properties.means = 'drone';
    good.properties.review = ['actor-unknown'];
    const back = parseEventCollection({ type: 'FeatureCollection', features: [good] });
    expect(back.features[0]!.properties.means).toBe('drone');
    expect(back.features[0]!.properties.review).toEqual(['actor-unknown']);
    const bad = ev('n', 'strike', 44, 33) as unknown as { properties: Record<string, unknown> };
    bad.properties.means = 'catapult';
    expect(() => parseEventCollection({ type: 'FeatureCollection', features: [bad] })).toThrow(
      /properties.means must be one of air, drone/,
    );
    bad.properties.means = null;
    bad.properties.review = ['because'];
    expect(() => parseEventCollection({ type: 'FeatureCollection', features: [bad] })).toThrow(
      /properties.review must be an array/,
    );
  });

  it('reports HTTP and JSON failures with the URL', async () => {
    const f404 = (async () =>
      new Response('nope', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    await expect(loadEvents('generated/example.geojson', f404)).rejects.toThrow(
      'Could not load the events from generated/example.geojson: the download of the events file failed (HTTP 404 Not Found)',
    );
    const fbad = (async () => new Response('{"type":')) as typeof fetch;
    await expect(loadEvents('e.geojson', fbad)).rejects.toThrow(
      /The events file e.geojson is not valid JSON/,
    );
  });

  it('only takes ?data= from the same origin', () => {
    const base = 'http://127.0.0.1:4173/maps/';
    expect(eventsUrl({ href: base, search: '' }, base)).toBe(
      'http://127.0.0.1:4173/maps/generated/example.geojson',
    );
    expect(eventsUrl({ href: base, search: '?data=other.geojson' }, base)).toBe(
      'http://127.0.0.1:4173/maps/other.geojson',
    );
    expect(eventsUrl({ href: base, search: '?data=https://evil.example/x.geojson' }, base)).toBe(
      'http://127.0.0.1:4173/maps/generated/example.geojson',
    );
  });

  it('dataParam gives the parameter as written only when it is same-origin', () => {
    const base = 'http://127.0.0.1:4173/maps/';
    expect(dataParam({ href: base, search: '' }, base)).toBeNull();
    expect(dataParam({ href: base, search: '?data=a/b.geojson' }, base)).toBe('a/b.geojson');
    expect(dataParam({ href: base, search: '?data=//evil.example/x' }, base)).toBeNull();
    expect(dataParam({ href: base, search: '?data=http://[bad' }, base)).toBeNull();
  });
});

describe('data parameter edge cases', () => {
  const base = 'http://127.0.0.1:4173/maps/';
  it('a whitespace-only ?data= loads the example, not the page itself', () => {
    const loc = { href: base + 'index.html?data=%20%20%20', search: '?data=%20%20%20' };
    expect(dataParam(loc, base)).toBeNull();
    expect(eventsUrl(loc, base)).toBe(base + 'generated/example.geojson');
  });

  it('takes only http(s) URLs (not blob: of the same origin)', () => {
    const search = '?data=blob:http://127.0.0.1:4173/0a1b';
    expect(dataParam({ href: base, search }, base)).toBeNull();
    expect(eventsUrl({ href: base, search }, base)).toBe(base + 'generated/example.geojson');
  });
});

describe('long values in messages are cut with an ellipsis', () => {
  const long = 'x'.repeat(1000);
  it('an id in a feature error and a duplicate id', () => {
    const bad = ev(long, 'strike', 44, 33) as unknown as { properties: Record<string, unknown> };
    bad.properties.kind = 'bombing';
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    const kind = message(() =>
      parseEventCollection({ type: 'FeatureCollection', features: [bad] }),
    );
    expect(kind).toMatch(/^feature 0 \("x+…"\): properties.kind must be one of/);
    expect(kind.length).toBeLessThan(200);
    const dup = message(() =>
      parseEventCollection({
        type: 'FeatureCollection',
        features: [ev(long, 'strike', 1, 1), ev(long, 'attack', 2, 2)],
      }),
    );
    expect(dup).toMatch(/^feature 1 \("x+…"\): duplicate id "x+…"$/);
    expect(dup.length).toBeLessThan(200);
  });

  it('the URL of an events file that fails to load', async () => {
    const f404 = (async () =>
      new Response('nope', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    const url = `generated/${long}.geojson`;
    const e = await loadEvents(url, f404).catch((err: Error) => err);
    expect((e as Error).message).toMatch(
      /^Could not load the events from generated\/x+…: the download of the events file failed \(HTTP 404/,
    );
    // The 1,000-character URL is cut to 120 characters.
    expect((e as Error).message.length).toBeLessThan(250);
  });
});

describe('excerptRuns', () => {
  it('marks the spans inside the excerpt, clipped to it', () => {
    // article: "....Hit Qaim and Qaim again." with the excerpt starting at 4
    const excerpt = 'Hit Qaim and Qaim again.';
    const runs = excerptRuns(excerpt, 4, [
      [8, 12],
      [17, 21],
      [100, 104],
    ]);
    expect(runs).toEqual([
      { text: 'Hit ', mark: false },
      { text: 'Qaim', mark: true },
      { text: ' and ', mark: false },
      { text: 'Qaim', mark: true },
      { text: ' again.', mark: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(excerpt);
  });
  it('handles overlaps and no spans', () => {
    expect(
      excerptRuns('abcdef', 0, [
        [1, 4],
        [2, 5],
      ])
        .map((r) => r.text)
        .join('|'),
    ).toBe('a|bcd|e|f');
    expect(excerptRuns('abc', 10, [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('initialBounds', () => {
  it('fits strikes and attacks, ignoring mentions', () => {
    const r = initialBounds([
      ev('a', 'strike', 41, 34),
      ev('b', 'attack', 44, 32),
      ev('c', 'mention', 34, 31),
    ]);
    expect(r).toEqual({
      bounds: [
        [41, 32],
        [44, 34],
      ],
      world: false,
    });
  });
  it('falls back to all events, then the world', () => {
    expect(initialBounds([ev('c', 'mention', 34, 31)]).bounds).toEqual([
      [34, 31],
      [34, 31],
    ]);
    expect(initialBounds([])).toEqual({ bounds: WORLD, world: true });
  });
  it('summarises the events for the accessible name', () => {
    const text = summarise(
      [ev('Qaim', 'strike', 41, 34), ev('Asad', 'attack', 42, 33), ev('Gaza', 'mention', 34, 31)],
      'Title',
    );
    expect(text).toBe(
      'Map of 1 strike and 1 attack in Qaim, Asad reported in “Title”; 1 other place mentioned.',
    );
  });
  it('counts in the singular and the plural', () => {
    const one = [ev('Qaim', 'strike', 41, 34), ev('Gaza', 'mention', 34, 31)];
    expect(countLine(one)).toBe('1 strike or attack, 1 other place');
    expect(countLine([...one, ev('Asad', 'attack', 42, 33), ev('Iraq', 'mention', 43, 33)])).toBe(
      '2 strikes and attacks, 2 other places',
    );
    expect(countLine([])).toBe('0 strikes and attacks, 0 other places');
  });
});

describe('hash', () => {
  it('round-trips the event and the position', () => {
    const h = formatHash({ event: 'qaim strike', map: { zoom: 6.5, lat: 33.123456, lng: 44.5 } });
    expect(h).toMatch(/^#event=qaim%20strike&map=6\.50\/33\.\d+\/44\.\d+$/);
    const p = parseHash(h);
    expect(p.event).toBe('qaim strike');
    expect(p.map?.zoom).toBe(6.5);
    expect(p.map?.lat).toBeCloseTo(33.12, 2);
  });
  it('ignores garbage', () => {
    expect(parseHash('#map=a/b/c')).toEqual({ event: null, map: null, range: null });
    expect(parseHash('')).toEqual({ event: null, map: null, range: null });
    expect(formatHash({ event: null, map: null })).toBe('');
  });
});

describe('unresolved events', () => {
  const u = {
    kind: 'attack',
    place: 'Kunlong',
    actor: null,
    means: null,
    excerpt: 'Fighters attacked Kunlong.',
    excerptStart: 0,
    spans: [[18, 25]],
  };
  it('keeps valid ones with the collection', () => {
    const c = parseEventCollection({ type: 'FeatureCollection', features: [], unresolved: [u] });
    expect(c.unresolved).toEqual([u]);
  });
  it('refuses a malformed one with its index', () => {
    expect(() =>
      parseEventCollection({
        type: 'FeatureCollection',
        features: [],
        unresolved: [u, { ...u, kind: 'mention' }],
      }),
    ).toThrow(/unresolved 1: properties.kind must be one of strike, attack/);
  });
});
