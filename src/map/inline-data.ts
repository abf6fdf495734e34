// Events carried in the page URL itself (`?inline=`), for an embed without a
// hosted events file: the EventCollection as JSON (article text left out),
// deflate-raw compressed (CompressionStream) and base64url encoded. Decoding
// ends with the same validator as a fetched file. Pure apart from the
// Compression Streams API (browsers and Node ≥ 20).
import type { EventCollection } from '../../geo/types.ts';
import { concatBytes } from '../lib/bytes.ts';
import { checked, EventDataError, type ParsedEvents } from './data.ts';

/** The longest `inline` value an embed snippet uses; above it, host the GeoJSON beside the app. */
export const MAX_INLINE_CHARS = 8 * 1024;
/** Decompressed JSON above this is refused (a small URL cannot honestly need more). */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new EventDataError('inline events: not base64url text');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new EventDataError('inline events: not base64url text');
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream, limit = Infinity) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > limit) {
      await reader.cancel();
      throw new EventDataError(`inline events: more than ${limit} bytes once decompressed`);
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

/** The collection without the article text (excerpts stay), compressed and base64url encoded. */
export async function encodeInline(c: EventCollection): Promise<string> {
  const slim: EventCollection = { type: 'FeatureCollection', features: c.features };
  if (c.article) {
    const { text: _text, ...meta } = c.article;
    void _text;
    slim.article = meta;
  }
  const json = new TextEncoder().encode(JSON.stringify(slim));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/**
 * Decodes and validates an `inline` value: its good events and which were left
 * out (as for a file); throws EventDataError with a precise message.
 */
export async function decodeInline(value: string): Promise<ParsedEvents> {
  const bytes = fromBase64Url(value.trim());
  let json: Uint8Array;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch (e) {
    if (e instanceof EventDataError) throw e;
    throw new EventDataError('inline events: the data is not deflate-compressed (truncated URL?)');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (e) {
    throw new EventDataError(`inline events: not valid JSON (${(e as Error).message})`);
  }
  return checked(parsed, 'inline events: ');
}

/** The `inline` parameter of a page URL's query, or null. */
export function inlineParam(search: string): string | null {
  return new URLSearchParams(search).get('inline') || null;
}
