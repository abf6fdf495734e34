// The worker's gazetteer inflater: gzip bytes are inflated, bytes a server
// already decoded (Content-Encoding: gzip) are passed through.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfNeeded } from '../../src/workbench/gunzip.ts';

const json = new TextEncoder().encode(JSON.stringify({ format: 'x', names: ['Ḩalab', 'Kyiv'] }));
const copy = (b: Uint8Array) => new Uint8Array(b);

describe('gunzipIfNeeded', () => {
  it('inflates gzip bytes', async () => {
    const out = await gunzipIfNeeded(copy(gzipSync(json)));
    expect(new TextDecoder().decode(out)).toBe(new TextDecoder().decode(json));
  });

  it('passes bytes through that are not gzip', async () => {
    const out = await gunzipIfNeeded(copy(json));
    expect(out).toEqual(json);
  });

  it('rejects truncated gzip', async () => {
    const gz = gzipSync(json);
    await expect(gunzipIfNeeded(copy(gz.subarray(0, gz.length - 10)))).rejects.toThrow();
  });
});
