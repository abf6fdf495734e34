// Geometry helpers for the basemap build: cutting rings and lines at the
// antimeridian (world-atlas stitches Russia, Fiji and Antarctica across ±180°,
// which a Web Mercator tiler would draw as a streak across the world), and a
// pole-of-inaccessibility label point.
import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';

type Ring = Position[];

/** Makes longitudes continuous (no jump over 180°) by adding multiples of 360. */
function unwrap(coords: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  let prev: number | undefined;
  for (const p of coords) {
    const lon = p[0]!;
    if (prev !== undefined) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    const x = lon + shift;
    out.push([x, p[1]!]);
    prev = x;
  }
  return out;
}

/** Sutherland–Hodgman clip of a closed ring to xmin <= x <= xmax. */
function clipRingX(ring: Ring, xmin: number, xmax: number): Ring {
  const clipSide = (input: Ring, inside: (p: Position) => boolean, edgeX: number): Ring => {
    const out: Ring = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      const cin = inside(cur);
      const pin = inside(prev);
      if (cin !== pin) {
        const t = (edgeX - prev[0]!) / (cur[0]! - prev[0]!);
        out.push([edgeX, prev[1]! + t * (cur[1]! - prev[1]!)]);
      }
      if (cin) out.push(cur);
    }
    return out;
  };
  let r = ring.slice(0, -1); // open
  r = clipSide(r, (p) => p[0]! >= xmin, xmin);
  if (r.length) r = clipSide(r, (p) => p[0]! <= xmax, xmax);
  if (r.length < 3) return [];
  r.push(r[0]!);
  return r;
}

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 1; i < r.length; i++) a += r[i - 1]![0]! * r[i]![1]! - r[i]![0]! * r[i - 1]![1]!;
  return a / 2;
}

/**
 * Splits polygons at the antimeridian: each ring is unwrapped, rings that go
 * round a pole (Antarctica) are closed along it, and the result is clipped into
 * the [-180, 180] window from each 360° copy it reaches.
 */
export function splitPolygons(polys: readonly Position[][][]): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polys) {
    const rings = poly.map((ring, i) => {
      const u = unwrap(ring);
      const first = u[0]!;
      const last = u[u.length - 1]!;
      if (i === 0 && Math.abs(last[0]! - first[0]!) > 180) {
        // Goes round a pole: close it along the pole on the side its latitude is on.
        const poleLat = first[1]! < 0 ? -90 : 90;
        u.push([last[0]!, poleLat], [first[0]!, poleLat], first);
      } else if (last[0] !== first[0] || last[1] !== first[1]) {
        u.push(first);
      }
      return u;
    });
    const xs = rings.flatMap((r) => r.map((p) => p[0]!));
    const minK = Math.floor((Math.min(...xs) + 180) / 360);
    const maxK = Math.floor((Math.max(...xs) + 180) / 360);
    for (let k = minK; k <= maxK; k++) {
      const lo = -180 + 360 * k;
      const hi = lo + 360;
      const clipped = rings.map((r) => clipRingX(r, lo, hi).map((p) => [p[0]! - 360 * k, p[1]!]));
      const outer = clipped[0]!;
      if (outer.length < 4 || Math.abs(ringArea(outer)) < 1e-12) continue;
      out.push([outer, ...clipped.slice(1).filter((r) => r.length >= 4)]);
    }
  }
  return out;
}

/** Polygons of a Polygon or MultiPolygon geometry, split at the antimeridian. */
export function polygonsOf(g: Geometry | null): MultiPolygon | null {
  if (!g) return null;
  const polys =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const split = splitPolygons(polys);
  return split.length ? { type: 'MultiPolygon', coordinates: split } : null;
}

/**
 * Cuts lines where they cross the antimeridian (interpolating the crossing),
 * and drops segments lying along it or along a pole, which are artefacts of
 * cutting polygons, not coastline.
 */
export function splitLines(lines: readonly Position[][]): MultiLineString {
  const out: Position[][] = [];
  const along = (a: Position, b: Position) =>
    // Within one TopoJSON quantization step (0.0072° for world-atlas) of the antimeridian.
    (Math.abs(Math.abs(a[0]!) - 180) < 0.01 && Math.abs(Math.abs(b[0]!) - 180) < 0.01) ||
    (Math.abs(a[1]!) > 89.99 && Math.abs(b[1]!) > 89.99);
  for (const line of lines) {
    let cur: Position[] = [];
    const flush = () => {
      if (cur.length >= 2) out.push(cur);
      cur = [];
    };
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      if (along(a, b)) {
        flush();
        continue;
      }
      if (cur.length === 0) cur.push(a);
      if (Math.abs(b[0]! - a[0]!) > 180) {
        // Crossing: interpolate the latitude at ±180 on the unwrapped segment.
        const edge = a[0]! > 0 ? 180 : -180;
        const x2 = b[0]! + (edge > 0 ? 360 : -360);
        const t = (edge - a[0]!) / (x2 - a[0]!);
        const lat = a[1]! + t * (b[1]! - a[1]!);
        cur.push([edge, lat]);
        flush();
        cur.push([-edge, lat]);
      }
      cur.push(b);
    }
    flush();
  }
  return { type: 'MultiLineString', coordinates: out };
}

/** Planar area of a ring in square degrees scaled by cos(latitude): good enough to rank. */
export function approxAreaKm2(poly: readonly Position[][]): number {
  const outer = poly[0]!;
  let lat = 0;
  for (const p of outer) lat += p[1]!;
  lat /= outer.length;
  const deg =
    Math.abs(ringArea(outer as Ring)) -
    poly.slice(1).reduce((a, r) => a + Math.abs(ringArea(r as Ring)), 0);
  return deg * 111.32 * 111.32 * Math.cos((lat * Math.PI) / 180);
}

function pointToSegDistSq(px: number, py: number, a: Position, b: Position): number {
  let x = a[0]!;
  let y = a[1]!;
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from a point to the polygon outline (negative outside). */
function pointToPolygonDist(x: number, y: number, poly: readonly Position[][]): number {
  let inside = false;
  let minDistSq = Infinity;
  for (const ring of poly) {
    for (let i = 0, len = ring.length, j = len - 1; i < len; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!)
        inside = !inside;
      minDistSq = Math.min(minDistSq, pointToSegDistSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minDistSq);
}

/**
 * Pole of inaccessibility (the polylabel algorithm, after Mapbox's): the point
 * inside the polygon farthest from its outline, found to `precision` degrees.
 * Works in a plane where longitude is scaled by cos(latitude) so that
 * east-west distances count the same as north-south ones.
 */
export function labelPoint(poly: readonly Position[][], precision = 0.05): Position {
  const outer = poly[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]!);
    minY = Math.min(minY, p[1]!);
    maxX = Math.max(maxX, p[0]!);
    maxY = Math.max(maxY, p[1]!);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scaled = poly.map((r) => r.map((p) => [p[0]! * k, p[1]!]));
  minX *= k;
  maxX *= k;
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.max(Math.min(width, height), 1e-9);
  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const cell = (x: number, y: number, h: number): Cell => {
    const d = pointToPolygonDist(x, y, scaled);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += cellSize)
    for (let y = minY; y < maxY; y += cellSize)
      queue.push(cell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  // Start from the centroid of the bbox.
  let best = cell(minX + width / 2, minY + height / 2, 0);
  let guard = 0;
  while (queue.length && guard++ < 20000) {
    // Pop the cell with the highest potential.
    let bi = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[bi]!.max) bi = i;
    const c = queue.splice(bi, 1)[0]!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h),
    );
  }
  return [best.x / k, best.y];
}
