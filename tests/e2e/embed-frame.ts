// A host page on another origin embedding the map with the share dialog's code
// and embed.js, opened at a reader's window size; and the geometry the readers'
// tests check in the frame (the fitted zoom, markers, popups, what covers the map).
import { expect } from 'vitest';
import type { Frame } from 'playwright-core';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { launch, waitForIdle, type Session } from './browser.ts';
import { STRICT_CSP, hostPageHtml, startHostPage } from './host-page.ts';
import { startPreview, type Served } from './server.ts';

type Hooked = Window & { __map: import('maplibre-gl').Map };

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Host {
  app: Served;
  host: Served;
  events: EventCollection;
  close: () => Promise<void>;
}

/** The map served under the strict CSP, and a host page embedding it with the dialog's code. */
export async function startHost(): Promise<Host> {
  const app = await startPreview({ 'Content-Security-Policy': STRICT_CSP });
  const events = (await (
    await fetch(new URL('generated/example.geojson', app.url))
  ).json()) as EventCollection;
  const t = await launch({ width: 1000, height: 800 });
  let code: string;
  try {
    await t.page.goto(app.url);
    await t.page.getByRole('button', { name: 'Embed' }).click();
    code = await t.page.locator('#embed-code').inputValue();
  } finally {
    await t.close();
  }
  expect(code).toContain('embed.js');
  const host = await startHostPage(hostPageHtml(code));
  return {
    app,
    host,
    events,
    close: async () => {
      await host.close();
      await app.close();
    },
  };
}

/**
 * A browser at `width` × `height` on the host page; resolves with the map's
 * frame once embed.js has set the iframe's height and the map is idle.
 */
export async function openHost(
  h: Host,
  width: number,
  height: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ s: Session; frame: Frame }> {
  const s = await launch({ width, height, colorScheme });
  await s.page.goto(h.host.url);
  const iframe = s.page.locator('iframe');
  await expect
    .poll(() => iframe.getAttribute('data-conflict-map-height'), { timeout: 30_000 })
    .not.toBe(null);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForFunction(() => !!(window as unknown as Partial<Hooked>).__map);
  await waitForIdle(frame);
  return { s, frame };
}

export const incidentsOf = (events: EventCollection): EventFeature[] =>
  events.features.filter((f) => f.properties.kind !== 'mention');

const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/**
 * The zoom at which the points' bounds just fit a `width` × `height` map less
 * `padding` (Web Mercator, 512 px tiles), at most `maxZoom`.
 */
export function fittedZoom(
  points: [number, number][],
  width: number,
  height: number,
  padding: { top: number; right: number; bottom: number; left: number },
  maxZoom = 7,
): number {
  const xs = points.map(([lng]) => mercX(lng));
  const ys = points.map(([, lat]) => mercY(lat));
  const dx = Math.max(...xs) - Math.min(...xs);
  const dy = Math.max(...ys) - Math.min(...ys);
  const zx = Math.log2((width - padding.left - padding.right) / (dx * 512));
  const zy = Math.log2((height - padding.top - padding.bottom) / (dy * 512));
  return Math.min(zx, zy, maxZoom);
}

export interface FrameGeometry {
  zoom: number;
  /** The map is moving (an animation, a gesture). */
  moving: boolean;
  /** The map canvas, in the frame's pixels. */
  canvas: Rect;
  padding: { top: number; right: number; bottom: number; left: number };
  /** Controls, legend and attribution, in the frame's pixels. */
  covers: Rect[];
  /** Each point's position on the canvas, in the frame's pixels. */
  points: { x: number; y: number }[];
}

export async function geometry(frame: Frame, points: [number, number][]): Promise<FrameGeometry> {
  return frame.evaluate((pts) => {
    const map = (window as unknown as Hooked).__map;
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const c = map.getCanvas().getBoundingClientRect();
    const covers = [...document.querySelectorAll('.maplibregl-ctrl, .legend')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(rect);
    return {
      zoom: map.getZoom(),
      moving: map.isMoving(),
      canvas: rect(c),
      padding: JSON.parse(map.getContainer().dataset.fitPadding ?? 'null'),
      covers,
      points: pts.map((p) => {
        const q = map.project(p);
        return { x: c.left + q.x, y: c.top + q.y };
      }),
    };
  }, points);
}

/** Whether `inner` lies inside `outer` (to half a pixel). */
export const inside = (inner: Rect, outer: Rect): boolean =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A marker's box: 10 px round its point (the icons are 17–24 px across). */
export const markerBox = (p: { x: number; y: number }, r = 10): Rect => ({
  left: p.x - r,
  top: p.y - r,
  right: p.x + r,
  bottom: p.y + r,
});
