// Readers at 320–400 px (issue 13): a host page on another origin embeds the
// map with the share dialog's code and embed.js at 800×600, 375×600 and
// 320×480. The first view is fitted to the frame's final size, clear of the
// controls, the legend and the attribution; every popup, opened from the list
// or by clicking its marker, lies inside the map (and, opened from the list in
// the 800×600 frame, clear of the controls and the legend). Each test opens its own browser context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { EventFeature } from '../../geo/types.ts';
import { isLocal, waitForIdle, type Session } from './browser.ts';
import {
  fittedZoom,
  geometry,
  incidentsOf,
  inside,
  markerBox,
  openHost,
  overlaps,
  startHost,
  type Host,
  type Rect,
} from './embed-frame.ts';

let h: Host;
beforeAll(async () => {
  h = await startHost();
}, 180_000);
afterAll(async () => h?.close());

const FRAMES = [
  [800, 600],
  [375, 600],
  [320, 480],
] as const;

const points = () => incidentsOf(h.events).map((f) => f.geometry.coordinates as [number, number]);

/**
 * How far the frame's view is from the first view fitted to its map's size now
 * (0 when it is that view): the zoom's difference from the fitted zoom of the
 * events' bounds, and the bounds' centre's distance in pixels from the centre
 * of the map less its padding. Polled: the frame settles after embed.js sizes it.
 */
async function fitMismatch(frame: Frame): Promise<number> {
  const g = await geometry(frame, points());
  if (!g.padding || g.moving) return Infinity;
  const w = g.canvas.right - g.canvas.left;
  const ht = g.canvas.bottom - g.canvas.top;
  const xs = g.points.map((p) => p.x - g.canvas.left);
  const ys = g.points.map((p) => p.y - g.canvas.top);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2 - (g.padding.left + w - g.padding.right) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2 - (g.padding.top + ht - g.padding.bottom) / 2;
  const zoom = Math.abs(g.zoom - fittedZoom(points(), w, ht, g.padding));
  return Math.max(zoom * 100, Math.abs(cx), Math.abs(cy));
}

function expectClean(s: Session): void {
  expect(s.errors).toEqual([]);
  const outside = s.requests
    .map((r) => r.url())
    .filter((u) => !isLocal(u, h.app.url) && !isLocal(u, h.host.url));
  expect(outside).toEqual([]);
}

async function popupRect(frame: Frame, id: string): Promise<Rect> {
  const popup = frame.locator('.maplibregl-popup');
  await expect
    .poll(() => popup.locator('.event-popup').getAttribute('data-popup-event-id'))
    .toBe(id);
  await waitForIdle(frame);
  return popup.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** Clicks the event's marker (choosing it from the list of events there, if several share the spot). */
async function clickMarker(s: Session, frame: Frame, f: EventFeature): Promise<void> {
  // The map's top at the top of the host's window: the whole map is on screen (a
  // choice from the list lower in the frame may have scrolled the host page).
  await s.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView());
  const [p] = (await geometry(frame, [f.geometry.coordinates as [number, number]])).points;
  const canvas = frame.locator('canvas.maplibregl-canvas');
  const box = (await frame.evaluate(() => {
    const r = document.querySelector('canvas.maplibregl-canvas')!.getBoundingClientRect();
    return { left: r.left, top: r.top };
  }))!;
  await canvas.click({ position: { x: p!.x - box.left, y: p!.y - box.top } });
  const choose = frame.locator(`.event-chooser [data-choose-event-id="${f.properties.id}"]`);
  const popup = frame.locator(`.event-popup[data-popup-event-id="${f.properties.id}"]`);
  await expect
    .poll(async () => (await choose.count()) + (await popup.count()), {
      message: `${f.properties.place}: its popup or the chooser`,
    })
    .toBeGreaterThan(0);
  if ((await popup.count()) === 0) await choose.click();
}

describe('Show all', () => {
  it('appears once the reader moves the map and brings back the first view', async () => {
    const { s, frame } = await openHost(h, 375, 600);
    try {
      await expect.poll(() => fitMismatch(frame), { timeout: 20_000 }).toBeLessThan(1);
      const showAll = frame.getByRole('button', { name: 'Show all' });
      expect(await showAll.isVisible()).toBe(false);
      await frame.locator('.maplibregl-ctrl-zoom-in').click();
      await expect.poll(() => showAll.isVisible()).toBe(true);
      await waitForIdle(frame);
      expect(await fitMismatch(frame)).toBeGreaterThan(1);
      await showAll.click();
      await expect.poll(() => fitMismatch(frame), { timeout: 20_000 }).toBeLessThan(1);
      await expect.poll(() => showAll.isVisible()).toBe(false);
      expectClean(s);
    } finally {
      await s.close();
    }
  });
});

describe('the embed at a reader’s size', () => {
  for (const [width, height] of FRAMES) {
    it(`${width}×${height}: the first view fits the strikes and attacks in the final frame, clear of the controls`, async () => {
      const { s, frame } = await openHost(h, width, height);
      try {
        // The frame took embed.js's height, and the map was fitted to the size it has now.
        await expect.poll(() => fitMismatch(frame), { timeout: 20_000 }).toBeLessThan(1);
        await waitForIdle(frame);
        const g = await geometry(frame, points());
        expect(g.canvas.right - g.canvas.left).toBeLessThanOrEqual(width);
        for (const [i, p] of g.points.entries()) {
          const m = markerBox(p);
          const name = incidentsOf(h.events)[i]!.properties.place;
          expect(inside(m, g.canvas), `${name} inside the map`).toBe(true);
          for (const c of g.covers) expect(overlaps(m, c), `${name} under a control`).toBe(false);
        }
        expectClean(s);
      } finally {
        await s.close();
      }
    });

    it(`${width}×${height}: every popup, from the list and from its marker, lies inside the map`, async () => {
      const { s, frame } = await openHost(h, width, height);
      try {
        await expect.poll(() => fitMismatch(frame), { timeout: 20_000 }).toBeLessThan(1);
        const canvas = async () => (await geometry(frame, [])).canvas;
        for (const f of incidentsOf(h.events)) {
          const id = f.properties.id;
          await frame.locator(`li[data-event-id="${id}"] button`).click();
          const r = await popupRect(frame, id);
          const g = await geometry(frame, []);
          expect(
            inside(r, g.canvas),
            `${f.properties.place} from the list: ${JSON.stringify({ r, c: g.canvas })}`,
          ).toBe(true);
          // Where the map has room (the 800×600 frame's), clear of the controls and the legend.
          if (width >= 800)
            expect(
              g.covers.filter((c) => overlaps(r, c)),
              `${f.properties.place} from the list`,
            ).toEqual([]);
        }
        for (const f of incidentsOf(h.events)) {
          // From the first view, where markers lie near the map's edges, no popup open.
          const close = frame.locator('.maplibregl-popup-close-button');
          if ((await close.count()) > 0) await close.click();
          await expect.poll(() => frame.locator('.maplibregl-popup').count()).toBe(0);
          await s.page.evaluate(() =>
            document
              .querySelector('iframe')!
              .contentWindow!.postMessage({ source: 'conflict-map', type: 'fitAll' }, '*'),
          );
          await expect.poll(() => fitMismatch(frame), { timeout: 20_000 }).toBeLessThan(1);
          await waitForIdle(frame);
          await clickMarker(s, frame, f);
          const r = await popupRect(frame, f.properties.id);
          const c = await canvas();
          expect(
            inside(r, c),
            `${f.properties.place} from its marker: ${JSON.stringify({ r, c })}`,
          ).toBe(true);
        }
        expectClean(s);
      } finally {
        await s.close();
      }
    }, 180_000);
  }
});
