import { gzipSync, gunzipSync } from 'node:zlib';
import { PMTiles, zxyToTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { PMTilesWriter } from '../../scripts/basemap/pmtiles-writer.ts';
import { MemorySource } from './memory-source.ts';

const tileBytes = (text: string) => gzipSync(Buffer.from(text));
const text = (data: ArrayBuffer | undefined) =>
  data ? Buffer.from(new Uint8Array(data)).toString() : undefined;

describe('PMTilesWriter', () => {
  it('writes an archive the pmtiles reader reads back, header and tiles', async () => {
    const w = new PMTilesWriter();
    w.add(0, 0, 0, tileBytes('world'));
    w.add(1, 1, 0, tileBytes('north-east'));
    w.add(3, 5, 2, tileBytes('z3'));
    const bytes = w.finish({
      minZoom: 0,
      maxZoom: 3,
      bounds: [-180, -85, 180, 85],
      center: [44, 33, 2],
      metadata: { name: 'test', vector_layers: [{ id: 'land' }] },
    });
    const p = new PMTiles(new MemorySource(bytes));
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect(h.minZoom).toBe(0);
    expect(h.maxZoom).toBe(3);
    expect(h.tileType).toBe(1);
    expect(h.tileCompression).toBe(2);
    expect(h.numAddressedTiles).toBe(3);
    expect(h.numTileContents).toBe(3);
    expect(h.centerLon).toBeCloseTo(44, 5);
    expect(h.centerLat).toBeCloseTo(33, 5);
    expect(h.minLat).toBeCloseTo(-85, 5);
    expect(await p.getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: 'land' }] });
    // The reader gunzips tiles whose header says gzip.
    expect(text((await p.getZxy(0, 0, 0))?.data)).toBe('world');
    expect(text((await p.getZxy(1, 1, 0))?.data)).toBe('north-east');
    expect(text((await p.getZxy(3, 5, 2))?.data)).toBe('z3');
    expect(await p.getZxy(1, 0, 0)).toBeUndefined();
    expect(await p.getZxy(3, 5, 3)).toBeUndefined();
  });

  it('stores identical tiles once and run-length encodes consecutive ones', async () => {
    const w = new PMTilesWriter();
    const same = tileBytes('ocean');
    // Tile ids at z2 are consecutive along the Hilbert curve: add all 16 tiles with the same content.
    for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) w.add(2, x, y, same);
    w.add(1, 0, 0, tileBytes('other'));
    w.add(1, 1, 1, same);
    const bytes = w.finish({ minZoom: 1, maxZoom: 2 });
    const p = new PMTiles(new MemorySource(bytes));
    const h = await p.getHeader();
    expect(h.numAddressedTiles).toBe(18);
    expect(h.numTileContents).toBe(2);
    // One entry for the z1 "other" tile, one for z1 (1,1), one run for all of z2.
    expect(h.numTileEntries).toBe(3);
    for (let x = 0; x < 4; x++)
      for (let y = 0; y < 4; y++) expect(text((await p.getZxy(2, x, y))?.data)).toBe('ocean');
    expect(text((await p.getZxy(1, 1, 1))?.data)).toBe('ocean');
    expect(text((await p.getZxy(1, 0, 0))?.data)).toBe('other');
    expect(await p.getZxy(1, 0, 1)).toBeUndefined();
  });

  it('keeps what fits of a large directory in the root and the rest in leaf directories', async () => {
    const w = new PMTilesWriter();
    // Sparse tiles of varied length at z12: no runs, no dedup, so the directory is far too big
    // for the root and must go to leaves.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return (seed >>> 16) % n;
    };
    const want = new Map<string, string>();
    for (let i = 0; i < 20000; i++) {
      const x = rand(4096);
      const y = rand(4096);
      const body = `${x}/${y}:` + 'x'.repeat(rand(300));
      want.set(`${x}/${y}`, body);
    }
    for (const [key, body] of want) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      w.add(12, x, y, new TextEncoder().encode(body));
    }
    const bytes = w.finish({ minZoom: 12, maxZoom: 12, tileCompression: 1 });
    const p = new PMTiles(new MemorySource(bytes));
    const h = await p.getHeader();
    expect(h.numAddressedTiles).toBe(want.size);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16384);
    expect(h.leafDirectoryLength ?? 0).toBeGreaterThan(0);
    let checked = 0;
    for (const [key, body] of want) {
      if (checked++ % 97 !== 0) continue;
      const [x, y] = key.split('/').map(Number) as [number, number];
      expect(text((await p.getZxy(12, x, y))?.data)).toBe(body);
    }
    // The root keeps the entries that fit before the first leaf: the lowest tile ids.
    const first = [...want.keys()]
      .map((k) => k.split('/').map(Number) as [number, number])
      .map(([x, y]) => ({ x, y, id: zxyToTileId(12, x, y) }))
      .sort((a, b) => a.id - b.id)[0]!;
    const fresh = new MemorySource(bytes);
    expect(text((await new PMTiles(fresh).getZxy(12, first.x, first.y))?.data)).toBe(
      want.get(`${first.x}/${first.y}`),
    );
    expect(fresh.requests).toHaveLength(2); // the header with its root, then the tile: no leaf
    // Directories are gzip'd as the header says.
    expect(h.internalCompression).toBe(2);
    const root = bytes.slice(h.rootDirectoryOffset, h.rootDirectoryOffset + h.rootDirectoryLength);
    expect(gunzipSync(root).length).toBeGreaterThan(0);
  });
});
