// The static outline map for browsers without WebGL: an equirectangular
// projection fitted to the events (longitudes scaled by the cosine of the
// middle latitude, so shapes are not stretched), and SVG path data. Pure.

export type LngLat = readonly [number, number];

export interface OutlineView {
  width: number;
  height: number;
  /** [lng, lat] → [x, y] in the SVG's user units. */
  project: (p: LngLat) => [number, number];
}

export interface FitOptions {
  width?: number;
  /** Smallest span in degrees shown (a single event is not shown at street scale). */
  minSpan?: number;
  /** Margin around the events, as a fraction of their span. */
  pad?: number;
  minHeight?: number;
  maxHeight?: number;
}

/** A view of `points` (the whole world when there are none). */
export function fitOutline(points: readonly LngLat[], options: FitOptions = {}): OutlineView {
  const { width = 800, minSpan = 4, pad = 0.15, minHeight = 320, maxHeight = 560 } = options;
  let w = -180;
  let e = 180;
  let s = -58;
  let n = 78;
  if (points.length > 0) {
    w = Math.min(...points.map((p) => p[0]));
    e = Math.max(...points.map((p) => p[0]));
    s = Math.min(...points.map((p) => p[1]));
    n = Math.max(...points.map((p) => p[1]));
  }
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const k = Math.max(0.2, Math.cos((cy * Math.PI) / 180));
  const spanX = Math.max(e - w, minSpan) * (1 + 2 * pad) * k;
  const spanY = Math.max(n - s, minSpan) * (1 + 2 * pad);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, (width * spanY) / spanX)));
  const scale = Math.min(width / spanX, height / spanY);
  return {
    width,
    height,
    project: ([lng, lat]) => [width / 2 + (lng - cx) * k * scale, height / 2 - (lat - cy) * scale],
  };
}

const fmt = (v: number) => String(Math.round(v * 10) / 10);

/**
 * SVG path data for lines (or closed rings when `closed`), leaving out those
 * entirely outside the view (with a margin) to keep the DOM small.
 */
export function pathData(
  lines: readonly (readonly LngLat[])[],
  view: OutlineView,
  closed: boolean,
): string {
  const m = Math.max(view.width, view.height);
  const parts: string[] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const pts = line.map(view.project);
    const out =
      pts.every(([x]) => x < -m) ||
      pts.every(([x]) => x > view.width + m) ||
      pts.every(([, y]) => y < -m) ||
      pts.every(([, y]) => y > view.height + m);
    if (out) continue;
    parts.push('M' + pts.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L') + (closed ? 'Z' : ''));
  }
  return parts.join('');
}
