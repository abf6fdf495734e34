// Fuzzing with seeded random input (FUZZ_SEED=<n> to change the seed; every failure
// names the seed and the case, and each case can be rerun from them alone): mixed
// scripts, combining and bidi marks, lone surrogates, HTML fragments and entities,
// control characters and real conflict sentences, through the geoparser, the events
// file validator, the inline-data decoder and the postMessage validators. Each
// returns a result or throws its own error type (never a TypeError); a geoparse
// result's excerpts come from the input and its spans lie inside it.
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse, GeoparseError } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { decodeEntity, looksLikeHtml } from '../../geo/html.ts';
import type { EventCollection } from '../../geo/types.ts';
import { EventDataError, parseEventCollection } from '../../src/map/data.ts';
import { decodeInline, encodeInline } from '../../src/map/inline-data.ts';
import { parseFrameMessage, parseHostCommand, SOURCE } from '../../src/embed/messages.ts';
import {
  caseSeed,
  loadSentences,
  mulberry32,
  mutate,
  Rand,
  randomArticle,
  randomValue,
} from './fuzz-input.ts';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 0x5eed2024;
const CASES = 300;

let g: Gazetteer;
let sentences: string[];
/** Each random article case and what geoparse made of it (computed once, by whichever test asks first). */
let cases: { input: string; result: EventCollection | unknown }[] | null = null;
function geoparsed(): { input: string; result: EventCollection | unknown }[] {
  cases ??= Array.from({ length: CASES }, (_, i) => {
    const input = randomArticle(rand(i), sentences);
    try {
      return { input, result: JSON.parse(JSON.stringify(geoparse(input, g))) as EventCollection };
    } catch (e) {
      return { input, result: e };
    }
  });
  return cases;
}
/** The geoparse results of the article cases, reused as valid collections to mutate. */
const collections = (): EventCollection[] =>
  geoparsed()
    .map((c) => c.result)
    .filter((r): r is EventCollection => !(r instanceof Error));

beforeAll(() => {
  g = loadGazetteerFromDisk();
  sentences = loadSentences();
});

/** Features as the validator returns them: without the Feature-level id. */
const withoutId = (fs: EventCollection['features']) => fs.map(({ id: _id, ...f }) => f);

const rand = (i: number) => new Rand(mulberry32(caseSeed(SEED, i)));
const show = (s: string) => JSON.stringify(s.length > 300 ? s.slice(0, 300) + '…' : s);

/** What an entity-decoding reader sees: the input with entities decoded in place. */
const decoded = (s: string) =>
  s.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity);

/**
 * Checks one geoparse result against its input; returns what is wrong, or null.
 * Plain text: each excerpt is input.slice(excerptStart, …) and holds one of its
 * spans verbatim. HTML: the excerpt's words occur in order in the entity-decoded
 * input from excerptStart, and it holds no tag.
 */
function wrongIn(input: string, c: EventCollection): string | null {
  if (c.type !== 'FeatureCollection' || !Array.isArray(c.features)) return 'not a collection';
  if (c.article?.characters !== input.length || c.article.text !== input)
    return 'article does not describe the input';
  const html = looksLikeHtml(input.slice(0, 100_000));
  const ref = html ? decoded(input) : input;
  const items = [
    ...c.features.map((f) => ({ what: `feature ${f.properties.id}`, ...f.properties })),
    ...(c.unresolved ?? []).map((u) => ({ what: `unresolved ${u.place}`, ...u })),
  ];
  for (const { what, excerpt, excerptStart, spans } of items) {
    if (!Number.isInteger(excerptStart) || excerptStart < 0 || excerptStart > input.length)
      return `${what}: excerptStart ${excerptStart} outside the input`;
    if (typeof excerpt !== 'string' || excerpt.trim() === '') return `${what}: empty excerpt`;
    if (spans.length === 0) return `${what}: no spans`;
    for (const [s, e] of spans) {
      if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > input.length || s >= e)
        return `${what}: span [${s}, ${e}] outside the input (length ${input.length})`;
      if (!/\p{L}/u.test(input.slice(s, e))) return `${what}: span ${show(input.slice(s, e))}`;
    }
    if (!html) {
      const end = excerptStart + excerpt.length;
      if (input.slice(excerptStart, end) !== excerpt)
        return `${what}: excerpt ${show(excerpt)} is not input.slice(${excerptStart}, ${end})`;
      const inside = spans.filter(([s, e]) => s >= excerptStart && e <= end);
      if (!inside.some(([s, e]) => excerpt.includes(input.slice(s, e))))
        return `${what}: none of the spans ${JSON.stringify(spans)} is in the excerpt`;
    } else {
      let at = excerptStart;
      for (const word of excerpt.split(/\s+/)) {
        const i = ref.indexOf(word, at);
        if (i < 0) return `${what}: excerpt word ${show(word)} not in the input after ${at}`;
        at = i + word.length;
      }
      if (/<\/?[a-zA-Z][^<>]*>/.test(excerpt)) return `${what}: markup in ${show(excerpt)}`;
      if (!spans.some(([s]) => s >= excerptStart)) return `${what}: no span after the excerpt`;
    }
  }
  return null;
}

describe(`fuzz (seed ${SEED}; FUZZ_SEED=<n> to change)`, () => {
  it(`geoparse: ${CASES} random articles give a valid collection or a GeoparseError`, () => {
    const outcomes = { parsed: 0, refused: 0, html: 0 };
    for (const [i, { input, result }] of geoparsed().entries()) {
      const where = `seed ${SEED} case ${i}: ${show(input)}`;
      if (result instanceof Error) {
        expect(result, where).toBeInstanceOf(GeoparseError);
        expect(result.message, where).toMatch(/^the (article|input) /);
        outcomes.refused++;
        continue;
      }
      const json = result as EventCollection;
      expect(wrongIn(input, json), where).toBeNull();
      // What the geoparser writes (through JSON), the events file validator accepts unchanged.
      expect(parseEventCollection(json).features, where).toEqual(withoutId(json.features));
      outcomes.parsed++;
      if (looksLikeHtml(input)) outcomes.html++;
    }
    // The generator reaches both outcomes and HTML.
    expect(outcomes.parsed).toBeGreaterThan(CASES / 2);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.html).toBeGreaterThan(CASES / 10);
  }, 60_000);

  it(`events file validator: ${CASES} mutated collections and random values`, () => {
    const valid = collections();
    expect(valid.length).toBeGreaterThan(0);
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const r = rand(CASES + i);
      let v: unknown = r.chance(0.2) ? randomValue(r) : r.pick(valid);
      for (let k = 1 + r.int(3); k > 0; k--) v = mutate(r, v);
      const where = `seed ${SEED} case ${CASES + i}: ${show(JSON.stringify(v) ?? String(v))}`;
      let c: EventCollection;
      try {
        c = parseEventCollection(v);
      } catch (e) {
        expect(e, where).toBeInstanceOf(EventDataError);
        expect((e as Error).message, where).toMatch(/^(events file|feature \d+|unresolved \d+)/);
        continue;
      }
      accepted++;
      // Accepted means well-formed: the clean copy, as JSON, validates again to itself.
      const json = JSON.parse(JSON.stringify(c)) as EventCollection;
      expect(parseEventCollection(json), where).toEqual(json);
      for (const f of c.features) {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        expect(Math.abs(lng) <= 180 && Math.abs(lat) <= 90, where).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('inline data decoder: encoded, corrupted and random values', async () => {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const encode = (v: unknown) =>
      deflateRawSync(Buffer.from(JSON.stringify(v))).toString('base64url');
    const valid = collections();
    let decoded = 0;
    for (let i = 0; i < 100; i++) {
      const r = rand(2 * CASES + i);
      const c = r.pick(valid);
      let s: string;
      switch (r.int(5)) {
        case 0: // as the app writes it: must decode
          s = await encodeInline(c);
          expect(
            (await decodeInline(s)).collection.features,
            `seed ${SEED} case ${2 * CASES + i}`,
          ).toEqual(withoutId(c.features));
          decoded++;
          continue;
        case 1:
          s = encode(mutate(r, c));
          break;
        case 2: {
          const ok = encode(c);
          s = ok.slice(0, r.int(ok.length));
          break;
        }
        case 3: {
          const ok = encode(c);
          const at = r.int(ok.length);
          s =
            ok.slice(0, at) +
            r.pick([...B64, '=', '+', '/', '%', ' ', 'é', '\u0000']) +
            ok.slice(at + 1);
          break;
        }
        default:
          s = r.chance(0.5)
            ? Array.from({ length: r.int(200) }, () => r.pick([...B64])).join('')
            : randomArticle(r, sentences).slice(0, 500);
      }
      const where = `seed ${SEED} case ${2 * CASES + i}: ${show(s)}`;
      try {
        const back = await decodeInline(s);
        expect(Array.isArray(back.collection.features), where).toBe(true);
        decoded++;
      } catch (e) {
        expect(e, where).toBeInstanceOf(EventDataError);
        expect((e as Error).message, where).toMatch(/^inline events: /);
      }
    }
    expect(decoded).toBeGreaterThan(0);
    // Bounded: a deflate bomb is refused, not inflated.
    const bomb = deflateRawSync(Buffer.alloc(5 * 1024 * 1024, 0x20)).toString('base64url');
    await expect(decodeInline(bomb)).rejects.toThrow(/more than \d+ bytes/);
  });

  it(`postMessage validators: ${CASES} random messages`, () => {
    const TYPES = ['select', 'fitAll', 'getHeight', 'ready', 'height', 'x', '', 42, null];
    for (let i = 0; i < CASES; i++) {
      const r = rand(3 * CASES + i);
      const base = randomValue(r, 1, true);
      const data: unknown =
        r.chance(0.8) && base !== null && typeof base === 'object' && !Array.isArray(base)
          ? { ...(base as object), source: r.chance(0.9) ? SOURCE : 'other', type: r.pick(TYPES) }
          : base;
      for (const parse of [parseHostCommand, parseFrameMessage]) {
        const where = `seed ${SEED} case ${3 * CASES + i}: ${parse.name}`;
        const got = parse(data);
        if (got === null) continue;
        if (got.ok) {
          expect(got.value.source, where).toBe(SOURCE);
          // A parsed message is itself a valid message, read the same.
          expect(parse(got.value), where).toEqual(got);
        } else expect(got.reason, where).toMatch(/\S/);
      }
    }
  });
});
