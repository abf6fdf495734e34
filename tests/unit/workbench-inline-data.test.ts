import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../geo/geoparse.ts';
import { EventDataError } from '../../src/map/data.ts';
import {
  decodeInline,
  encodeInline,
  inlineParam,
  MAX_INLINE_CHARS,
} from '../../src/map/inline-data.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';

/** The format, written independently: deflate-raw (zlib) then base64url. */
const encodeRaw = (json: string) => deflateRawSync(Buffer.from(json)).toString('base64url');

const ARTICLE =
  'Strikes near Tripoli\n\nAn air strike hit Tripoli in northern Lebanon on Monday. Beirut said it would respond.';

describe('inline events (?inline=)', () => {
  it('round-trips a collection without the article text, in URL-safe characters', async () => {
    const c = geoparse(ARTICLE, fakeGazetteer());
    expect(c.features.length).toBeGreaterThan(0);
    const s = await encodeInline(c);
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(s.length).toBeLessThan(MAX_INLINE_CHARS);
    const back = (await decodeInline(s)).collection;
    expect(back.features).toEqual(c.features.map(({ id: _id, ...f }) => f));
    expect(back.article?.title).toBe(c.article?.title);
    expect(back.article?.text).toBeUndefined();
  });

  it('keeps hand-correction marks', async () => {
    const c = geoparse(ARTICLE, fakeGazetteer());
    c.features[0]!.properties.edited = ['place', 'position'];
    const back = (await decodeInline(await encodeInline(c))).collection;
    expect(back.features[0]!.properties.edited).toEqual(['place', 'position']);
  });

  it('is deflate-raw + base64url, and compresses', async () => {
    const c = geoparse(ARTICLE, fakeGazetteer());
    const many = {
      ...c,
      features: Array.from({ length: 30 }, (_, i) => ({
        ...c.features[0]!,
        properties: { ...c.features[0]!.properties, id: `e${i}` },
      })),
    };
    const s = await encodeInline(many);
    const json = inflateRawSync(Buffer.from(s, 'base64url')).toString('utf8');
    expect(JSON.parse(json).features).toHaveLength(30);
    expect(s.length).toBeLessThan(json.length / 4);
    // And a value made by another deflate implementation decodes.
    expect((await decodeInline(encodeRaw(json))).collection.features).toHaveLength(30);
  });

  it('refuses bad values with a precise EventDataError', async () => {
    await expect(decodeInline('not*base64')).rejects.toThrow(/not base64url/);
    await expect(decodeInline('AAAA')).rejects.toThrow(EventDataError);
    const c = geoparse(ARTICLE, fakeGazetteer());
    const s = await encodeInline(c);
    await expect(decodeInline(s.slice(0, s.length >> 1))).rejects.toThrow(/inline events/);
    // Valid deflate of JSON that is no FeatureCollection: the data validator speaks.
    const notEvents = encodeRaw(JSON.stringify({ type: 'Nope', features: [] }));
    await expect(decodeInline(notEvents)).rejects.toThrow(/inline events: .*FeatureCollection/);
    await expect(decodeInline(encodeRaw('{"type":'))).rejects.toThrow(/not valid JSON/);
  });

  it('reads the parameter from a query string', () => {
    expect(inlineParam('?inline=abc&x=1')).toBe('abc');
    expect(inlineParam('?data=events.geojson')).toBeNull();
    expect(inlineParam('?inline=')).toBeNull();
  });
});
