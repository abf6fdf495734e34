// Issue 12, part 3: a data file with some bad features keeps the good ones and
// says which were left out and why.
import { describe, expect, it } from 'vitest';
import { EventDataError, loadEvents, parseEvents } from '../../src/map/data.ts';
import type { EventFeature } from '../../geo/types.ts';

function ev(i: number): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [44 + i / 100, 33] },
    properties: {
      id: `e${i}`,
      kind: 'strike',
      place: `Place ${i}`,
      name: `Place ${i}`,
      country: 'IQ',
      precision: 'city',
      gazetteer: `geonames:${i}`,
      actor: null,
      excerpt: `Something happened in Place ${i}.`,
      excerptStart: 0,
      spans: [],
      confidence: 1,
    },
  };
}

/** Twenty-one features, numbered #1..#21 in the messages; `bad` maps a 1-based number to a breakage. */
function file(bad: Record<number, (f: Record<string, unknown>) => unknown>): unknown {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: 21 }, (_, i) => {
      const f = JSON.parse(JSON.stringify(ev(i + 1))) as Record<string, unknown>;
      return bad[i + 1] ? bad[i + 1]!(f) : f;
    }),
  };
}

const noCoordinates = (f: Record<string, unknown>) => ({ ...f, geometry: { type: 'Point' } });
const badKind = (f: Record<string, unknown>) => ({
  ...f,
  properties: { ...(f.properties as object), kind: 'bombing' },
});

describe('parseEvents keeps what parsed', () => {
  it('one bad feature among twenty good ones: twenty shown, the bad one named', () => {
    const r = parseEvents(file({ 4: noCoordinates }));
    expect(r.collection.features).toHaveLength(20);
    expect(r.collection.features.map((f) => f.properties.id)).not.toContain('e4');
    expect(r.leftOut).toBe('1 of 21 events was left out: #4 ("e4") has no coordinates.');
  });

  it('names the first three by number and why, then how many more', () => {
    const r = parseEvents(
      file({ 4: noCoordinates, 9: badKind, 12: () => 'text', 15: noCoordinates, 20: badKind }),
    );
    expect(r.collection.features).toHaveLength(16);
    expect(r.leftOut).toBe(
      '5 of 21 events were left out: #4 ("e4") has no coordinates; ' +
        '#9 ("e9"): properties.kind must be one of strike, attack, mention (got "bombing"); ' +
        '#12 is not a GeoJSON Feature; and 2 more.',
    );
  });

  it('leaves out a repeated id, keeping the first', () => {
    const r = parseEvents(
      file({ 3: (f) => ({ ...f, properties: { ...(f.properties as object), id: 'e1' } }) }),
    );
    expect(r.collection.features).toHaveLength(20);
    expect(r.leftOut).toBe('1 of 21 events was left out: #3 ("e1"): duplicate id "e1".');
  });

  it('leaves out a bad unresolved entry and says so', () => {
    const u = {
      kind: 'attack',
      place: 'Kunlong',
      actor: null,
      means: null,
      excerpt: 'Fighters attacked Kunlong.',
      excerptStart: 0,
      spans: [[18, 25]],
    };
    const r = parseEvents({
      type: 'FeatureCollection',
      features: [ev(1)],
      unresolved: [u, { ...u, kind: 'mention' }],
    });
    expect(r.collection.features).toHaveLength(1);
    expect(r.collection.unresolved).toEqual([u]);
    expect(r.leftOut).toBe(
      '1 of 2 events not on the map was left out: #2: properties.kind must be one of strike, attack (got "mention").',
    );
  });

  it('names a feature whose id has quotes and brackets', () => {
    const odd = 'x"): y';
    const r = parseEvents(
      file({
        2: (f) => ({
          ...badKind(f),
          properties: { ...(badKind(f) as { properties: object }).properties, id: odd },
        }),
      }),
    );
    expect(r.leftOut).toBe(
      `1 of 21 events was left out: #2 (${JSON.stringify(odd)}): properties.kind must be one of strike, attack, mention (got "bombing").`,
    );
  });

  it('a clean file has nothing left out; a broken collection still throws', () => {
    expect(parseEvents(file({})).leftOut).toBeNull();
    expect(() => parseEvents({ type: 'Feature' })).toThrow(EventDataError);
  });
});

describe('loadEvents keeps what parsed', () => {
  const serve = (json: unknown) =>
    (async () => new Response(JSON.stringify(json))) as unknown as typeof fetch;

  it('returns the good events and the message', async () => {
    const r = await loadEvents('e.geojson', serve(file({ 4: noCoordinates })));
    expect(r.collection.features).toHaveLength(20);
    expect(r.leftOut).toMatch(/^1 of 21 events was left out: #4 \("e4"\) has no coordinates/);
  });

  it('fails when every event was left out', async () => {
    await expect(
      loadEvents(
        'e.geojson',
        serve({ type: 'FeatureCollection', features: [badKind(ev(1) as never)] }),
      ),
    ).rejects.toThrow(
      'The events file e.geojson is malformed: 1 of 1 event was left out: #1 ("e1"): properties.kind must be one of strike, attack, mention (got "bombing").',
    );
  });
});
