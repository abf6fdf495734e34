// The `?inline=` decoder (src/map/inline-data.ts) on hostile values: alphabets,
// padding, a decompression bomb at its exact limit, bad UTF-8. Written for
// mutation testing (npm run mutate): each test fails when one check is lost.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { EventDataError } from '../../src/map/data.ts';
import { decodeInline, encodeInline } from '../../src/map/inline-data.ts';

/** The format, written independently: deflate-raw (zlib) then base64url. */
const encodeBytes = (bytes: Uint8Array | string) =>
  deflateRawSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).toString('base64url');

const EMPTY = '{"type":"FeatureCollection","features":[]}';
const LIMIT = 4 * 1024 * 1024;

function feature(id: string, excerpt = `Something happened in ${id}.`): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [44, 33] },
    properties: {
      id,
      kind: 'strike',
      place: 'Qaim',
      name: 'Qaim',
      country: 'IQ',
      precision: 'city',
      gazetteer: 'geonames:1',
      actor: null,
      excerpt,
      excerptStart: 0,
      spans: [],
      confidence: 1,
    },
  };
}

/** The message decodeInline rejects `value` with (it must be an EventDataError). */
async function refusal(value: string): Promise<string> {
  try {
    await decodeInline(value);
  } catch (e) {
    expect(e).toBeInstanceOf(EventDataError);
    return (e as Error).message;
  }
  throw new Error('the value was accepted');
}

describe('decodeInline', () => {
  it('takes base64url only: "+", "/", "=" and spaces inside are refused', async () => {
    const good = encodeBytes(EMPTY);
    expect((await decodeInline(good)).collection.features).toEqual([]);
    for (const bad of ['AB+/', good.slice(0, 4) + '+' + good.slice(4), 'AB/C', 'AB==', 'A B'])
      expect(await refusal(bad)).toBe('inline events: not base64url text');
  });

  it('refuses a length no base64 can have (one character over a multiple of 4)', async () => {
    expect(await refusal('AAAAA')).toBe('inline events: not base64url text');
  });

  it('decodes values of every length, unpadded', async () => {
    // JSON padded with spaces to 1..3 extra bytes: base64url values of each length mod 4.
    const lengths = new Set<number>();
    for (let pad = 0; pad < 6; pad++) {
      const value = encodeBytes(EMPTY + ' '.repeat(pad));
      lengths.add(value.length % 4);
      expect((await decodeInline(value)).collection.type).toBe('FeatureCollection');
    }
    expect([...lengths].sort()).toEqual([0, 2, 3]);
  });

  it('ignores whitespace around the value (a pasted URL)', async () => {
    const value = encodeBytes(EMPTY);
    expect((await decodeInline(` \n${value}\t `)).collection.features).toEqual([]);
  });

  it('decompresses up to 4 MiB and refuses one byte more (a decompression bomb)', async () => {
    const exact = EMPTY + ' '.repeat(LIMIT - EMPTY.length);
    expect(exact.length).toBe(LIMIT);
    expect((await decodeInline(encodeBytes(exact))).collection.features).toEqual([]);
    const over = encodeBytes(exact + ' ');
    expect(over.length).toBeLessThan(10_000);
    expect(await refusal(over)).toBe(`inline events: more than ${LIMIT} bytes once decompressed`);
  });

  it('refuses what is no deflate stream', async () => {
    expect(await refusal(Buffer.from(EMPTY).toString('base64url'))).toBe(
      'inline events: the data is not deflate-compressed (truncated URL?)',
    );
  });

  it('refuses bytes that are not UTF-8, even inside a JSON string', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"type":"FeatureCollection","features":[],"x":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    expect(await refusal(encodeBytes(bytes))).toMatch(/^inline events: not valid JSON \(/);
  });

  it('prefixes the validator’s messages', async () => {
    expect(await refusal(encodeBytes('[]'))).toBe(
      'inline events: events file: must be a GeoJSON FeatureCollection (got an array)',
    );
  });
});

describe('encodeInline', () => {
  it('round-trips a collection without article, and one whose article has no text', async () => {
    const c: EventCollection = { type: 'FeatureCollection', features: [feature('a')] };
    const back = (await decodeInline(await encodeInline(c))).collection;
    expect(back.features).toEqual(c.features);
    expect('article' in back).toBe(false);
    const withTitle: EventCollection = { ...c, article: { title: 'T', characters: 3 } };
    expect((await decodeInline(await encodeInline(withTitle))).collection.article).toEqual({
      title: 'T',
      characters: 3,
    });
  });

  it('writes no padding, whatever the length', async () => {
    const ends = new Set<number>();
    for (let n = 1; n <= 6; n++) {
      const c: EventCollection = {
        type: 'FeatureCollection',
        features: Array.from({ length: n }, (_, i) => feature(`e${i}`, 'x'.repeat(n * 7))),
      };
      const value = await encodeInline(c);
      expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
      ends.add(value.length % 4);
      expect((await decodeInline(value)).collection.features).toEqual(c.features);
    }
    // One and two '=' of padding were needed among these (lengths 2 and 3 mod 4).
    expect(ends.has(2) && ends.has(3)).toBe(true);
  });

  it('leaves the article text out and keeps its date', async () => {
    const c: EventCollection = {
      type: 'FeatureCollection',
      features: [feature('a')],
      article: { title: 'T', characters: 3, date: '2024-01-24', text: 'The whole article.' },
    };
    const value = await encodeInline(c);
    expect(Buffer.from(value, 'base64url').length).toBeGreaterThan(0);
    expect((await decodeInline(value)).collection.article).toEqual({
      title: 'T',
      characters: 3,
      date: '2024-01-24',
    });
  });

  it('encodes more than 32 KiB of compressed bytes (written in chunks) losslessly', async () => {
    // Pseudo-random excerpts do not compress: the deflated bytes exceed one chunk.
    let seed = 7;
    const rand = () => {
      // xorshift32: deterministic, and random enough that deflate finds no repeats.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    const noise = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(rand() * 90))).join('');
    const features = Array.from({ length: 60 }, (_, i) => feature(`e${i}`, noise(1000)));
    const c: EventCollection = { type: 'FeatureCollection', features };
    const value = await encodeInline(c);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect((value.length * 3) / 4).toBeGreaterThan(0x8000 * 1.5);
    expect((await decodeInline(value)).collection.features).toEqual(features);
  });
});
