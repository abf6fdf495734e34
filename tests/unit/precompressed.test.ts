import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompressed.ts';
import { startPreview, type Served } from '../e2e/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompressed-'));
const script = `export const words = ${JSON.stringify('strike attack '.repeat(500))};\n`;
const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

beforeAll(() => {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title>${' '.repeat(2000)}`);
  writeFileSync(join(dir, 'assets', 'app.js'), script);
  writeFileSync(join(dir, 'assets', 'tiny.css'), 'a{}');
  writeFileSync(join(dir, 'assets', 'tiles.pmtiles'), binary);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes a gzip copy of each text file over 1 KiB, and leaves binaries and tiny files alone', () => {
    expect(precompress(dir)).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app.js.gz'))).toString()).toBe(script);
    expect(existsSync(join(dir, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(dir, 'assets', 'tiny.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'tiles.pmtiles.gz'))).toBe(false);
  });
});

describe('vite preview with the precompressed plugin', () => {
  let server: Served;
  beforeAll(async () => {
    precompress(dir);
    server = await startPreview({ 'X-Frame-Options': 'DENY' }, dir);
  });
  afterAll(() => server.close());

  it('sends the gzip copy as it is, with the configured headers, and revalidates by ETag', async () => {
    const r = await fetch(server.url + 'assets/app.js?v=1', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript');
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(Number(r.headers.get('content-length'))).toBe(
      readFileSync(join(dir, 'assets', 'app.js.gz')).length,
    );
    expect(await r.text()).toBe(script); // fetch inflates it
    const again = await fetch(server.url + 'assets/app.js', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': r.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('serves the page at / from index.html.gz', async () => {
    const r = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(await r.text()).toContain('<title>t</title>');
  });

  it('sends the plain file to clients that do not take gzip', async () => {
    const r = await fetch(server.url + 'assets/app.js', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(await r.text()).toBe(script);
  });

  it('leaves range requests (the basemap archive) to the static server', async () => {
    const r = await fetch(server.url + 'assets/tiles.pmtiles', {
      headers: { 'accept-encoding': 'gzip', range: 'bytes=0-15' },
    });
    expect(r.status).toBe(206);
    expect(Buffer.from(await r.arrayBuffer())).toEqual(binary.subarray(0, 16));
  });
});
