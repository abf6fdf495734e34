// A small PMTiles v3 writer: one archive, gzip'd directories and metadata,
// tiles addressed by Hilbert tile id, identical tiles stored once and runs of
// consecutive identical tiles run-length encoded, leaf directories for what
// does not fit in the first 16 KiB.
// Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface PMTilesEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export interface PMTilesOptions {
  /** 1 = MVT. */
  tileType?: number;
  /** Compression the tiles were stored with: 1 none, 2 gzip. */
  tileCompression?: number;
  minZoom: number;
  maxZoom: number;
  bounds?: [number, number, number, number];
  center?: [number, number, number];
  metadata?: Record<string, unknown>;
}

const HEADER_BYTES = 127;
const ROOT_MAX_BYTES = 16384 - HEADER_BYTES;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Serialises directory entries (sorted by tile id) as the spec's columnar varints, gzip'd. */
export function serializeDirectory(entries: readonly PMTilesEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (i > 0 && prev && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out), { level: 9 });
}

/** Leaf directories of `leafSize` entries each, and the root entries pointing at them. */
function leavesFor(
  entries: readonly PMTilesEntry[],
  leafSize: number,
): { pointers: PMTilesEntry[]; parts: Uint8Array[] } {
  const pointers: PMTilesEntry[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < entries.length; i += leafSize) {
    const chunk = entries.slice(i, i + leafSize);
    const bytes = serializeDirectory(chunk);
    pointers.push({ tileId: chunk[0]!.tileId, offset, length: bytes.length, runLength: 0 });
    parts.push(bytes);
    offset += bytes.length;
  }
  return { pointers, parts };
}

/**
 * Root directory and leaf directories. When the whole directory does not fit in
 * the first 16 KiB, the root keeps as many of the first entries as fit (the low
 * zooms, which every first view needs) and points to leaves for the rest: a map
 * opening at those zooms reads its tiles straight after the header, without the
 * extra round trip for a leaf. The spec allows a directory to hold both kinds of
 * entry (run length 0 = leaf); readers find either with the same search.
 */
export function buildDirectories(entries: readonly PMTilesEntry[]): {
  root: Uint8Array;
  leaves: Uint8Array;
} {
  const whole = serializeDirectory(entries);
  if (whole.length <= ROOT_MAX_BYTES) return { root: whole, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize = Math.ceil(leafSize * 1.2)) {
    // The largest number of leading entries kept in the root, by bisection
    // (the root's size grows with it).
    const rootWith = (inline: number) => {
      const { pointers, parts } = leavesFor(entries.slice(inline), leafSize);
      return { root: serializeDirectory([...entries.slice(0, inline), ...pointers]), parts };
    };
    let lo = 0;
    let hi = entries.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (rootWith(mid).root.length <= ROOT_MAX_BYTES) lo = mid;
      else hi = mid - 1;
    }
    const { root, parts } = rootWith(lo);
    if (root.length <= ROOT_MAX_BYTES) return { root, leaves: Buffer.concat(parts) };
  }
}

function setUint64(view: DataView, offset: number, value: number): void {
  view.setBigUint64(offset, BigInt(value), true);
}

/**
 * Collects tiles (already compressed as `tileCompression` says) and writes the archive.
 * Tiles may be added in any order; identical contents are stored once.
 */
export class PMTilesWriter {
  private tiles = new Map<number, string>();
  private contents = new Map<string, Uint8Array>();

  add(z: number, x: number, y: number, data: Uint8Array): void {
    const hash = createHash('sha256').update(data).digest('base64');
    if (!this.contents.has(hash)) this.contents.set(hash, data);
    this.tiles.set(zxyToTileId(z, x, y), hash);
  }

  has(z: number, x: number, y: number): boolean {
    return this.tiles.has(zxyToTileId(z, x, y));
  }

  get size(): number {
    return this.tiles.size;
  }

  finish(options: PMTilesOptions): Uint8Array {
    const ids = [...this.tiles.keys()].sort((a, b) => a - b);
    const entries: PMTilesEntry[] = [];
    const placed = new Map<string, { offset: number; length: number }>();
    const dataParts: Uint8Array[] = [];
    let dataLength = 0;
    for (const id of ids) {
      const hash = this.tiles.get(id)!;
      let where = placed.get(hash);
      if (!where) {
        const bytes = this.contents.get(hash)!;
        where = { offset: dataLength, length: bytes.length };
        placed.set(hash, where);
        dataParts.push(bytes);
        dataLength += bytes.length;
      }
      const last = entries[entries.length - 1];
      if (last && last.offset === where.offset && last.tileId + last.runLength === id) {
        last.runLength++;
      } else {
        entries.push({ tileId: id, offset: where.offset, length: where.length, runLength: 1 });
      }
    }

    const { root, leaves } = buildDirectories(entries);
    const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata ?? {})), { level: 9 });

    const rootOffset = HEADER_BYTES;
    const metadataOffset = rootOffset + root.length;
    const leavesOffset = metadataOffset + metadata.length;
    const dataOffset = leavesOffset + leaves.length;

    const header = new Uint8Array(HEADER_BYTES);
    const view = new DataView(header.buffer);
    header.set(new TextEncoder().encode('PMTiles'), 0);
    header[7] = 3;
    setUint64(view, 8, rootOffset);
    setUint64(view, 16, root.length);
    setUint64(view, 24, metadataOffset);
    setUint64(view, 32, metadata.length);
    setUint64(view, 40, leavesOffset);
    setUint64(view, 48, leaves.length);
    setUint64(view, 56, dataOffset);
    setUint64(view, 64, dataLength);
    setUint64(view, 72, ids.length);
    setUint64(view, 80, entries.length);
    setUint64(view, 88, placed.size);
    header[96] = 1; // clustered: tile data is in tile id order
    header[97] = 2; // internal compression: gzip
    header[98] = options.tileCompression ?? 2;
    header[99] = options.tileType ?? 1;
    header[100] = options.minZoom;
    header[101] = options.maxZoom;
    const [w, s, e, n] = options.bounds ?? [-180, -85.051129, 180, 85.051129];
    view.setInt32(102, Math.round(w * 1e7), true);
    view.setInt32(106, Math.round(s * 1e7), true);
    view.setInt32(110, Math.round(e * 1e7), true);
    view.setInt32(114, Math.round(n * 1e7), true);
    const [clon, clat, cz] = options.center ?? [0, 0, options.minZoom];
    header[118] = cz;
    view.setInt32(119, Math.round(clon * 1e7), true);
    view.setInt32(123, Math.round(clat * 1e7), true);

    return new Uint8Array(Buffer.concat([header, root, metadata, leaves, ...dataParts]));
  }
}
