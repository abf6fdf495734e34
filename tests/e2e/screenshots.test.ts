// Screenshots of every run, for people to look at (test-results/ is git-ignored):
// fixed views at three zooms, and the initial view at desktop and phone sizes in
// light and dark, each also with a popup open, and the map embedded by a host
// page at 800×600, 375×600 and 320×480 (embed-*.png). Each screenshot is read back: the
// map in it is not blank and shows the strike and attack marker colours (with a
// popup open, that of the selected event: a phone zooms in to it), and the page
// stayed error-free. Every test opens its own browser context.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { EventCollection, EventKind } from '../../geo/types.ts';
import { kindColours, type Theme } from '../../src/map/event-layers.ts';
import { idleAfter, jumpTo, launch, waitForIdle, type Session } from './browser.ts';
import { countColours, type Rect } from './pixels.ts';
import { openHost, startHost } from './embed-frame.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';
/** Far fewer distinct colours than a basemap with labels has (thousands); a blank map has 1. */
const MIN_COLOURS = 200;
/** Pixels of a marker's fill colour: a marker icon (17–24 px across) has over 100. */
const MIN_MARKER_PIXELS = 40;

let events: EventCollection;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  events = (await (
    await fetch(new URL('generated/example.geojson', baseUrl))
  ).json()) as EventCollection;
});

const BOTH: EventKind[] = ['strike', 'attack'];

/** Takes the screenshot and asserts that the map in it is not blank and shows markers of `kinds`. */
async function screenshot(
  s: Session,
  name: string,
  theme: Theme,
  kinds: EventKind[],
): Promise<void> {
  const png = await s.page.screenshot({ path: `${OUT}/${name}.png` });
  const canvas = (await s.page.locator('canvas.maplibregl-canvas').boundingBox()) as Rect;
  // A popup over the map may use the kind colours itself: its pixels are left out.
  const popups = (await s.page.locator('.maplibregl-popup').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  )) as Rect[];
  const colours = kindColours(theme);
  const wanted = Object.fromEntries(kinds.map((k) => [k, colours[k]]));
  const counted = await countColours(s.page, png, wanted, canvas, popups);
  expect(counted.pixels, name).toBeGreaterThan(10_000);
  expect(counted.distinct, `${name}: distinct colours`).toBeGreaterThan(MIN_COLOURS);
  for (const k of kinds)
    expect(counted.near[k], `${name}: ${k} marker pixels`).toBeGreaterThan(MIN_MARKER_PIXELS);
}

describe('fixed views', () => {
  for (const [name, lng, lat, zoom] of [
    ['world-z1', 20, 20, 1],
    ['middle-east-z5', 45, 30, 5],
    ['iraq-z7', 43.7, 33.3, 7],
  ] as const) {
    it(name, async () => {
      const s = await launch({ width: 1280, height: 800 });
      try {
        await s.page.goto(baseUrl);
        await waitForIdle(s.page);
        await jumpTo(s.page, lng, lat, zoom);
        await screenshot(s, name, 'light', BOTH);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});

describe('initial view', () => {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${w}x${h} ${scheme}`, async () => {
        const s = await launch({ width: w, height: h, colorScheme: scheme });
        try {
          await s.page.goto(baseUrl);
          await waitForIdle(s.page);
          await screenshot(s, `initial-${w}x${h}-${scheme}`, scheme, BOTH);
          // And with a popup open: the selection ring is drawn, the map settles.
          await idleAfter(s.page, async () => {
            await s.page.locator('li[data-event-id] button').first().click();
            await s.page.locator('.maplibregl-popup').waitFor();
          });
          await screenshot(s, `popup-${w}x${h}-${scheme}`, scheme, [
            events.features[0]!.properties.kind,
          ]);
          expect(s.errors).toEqual([]);
        } finally {
          await s.close();
        }
      });
    }
  }
});

describe('embedded by a host page, at a reader’s size', () => {
  for (const [w, h] of [
    [800, 600],
    [375, 600],
    [320, 480],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${w}x${h} ${scheme}`, async () => {
        const host = await startHost();
        const { s, frame } = await openHost(host, w, h, scheme);
        try {
          const shot = async (name: string, kinds: EventKind[]) => {
            await s.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView());
            const png = await s.page.screenshot({ path: `${OUT}/${name}.png` });
            const iframe = (await s.page.locator('iframe').boundingBox())!;
            const c = (await frame.locator('canvas.maplibregl-canvas').boundingBox())!;
            // Frame locators' boxes are in the page's pixels; the part of the map on screen.
            const canvas = { ...c, height: Math.min(c.height, h - c.y) };
            const popups = (await frame.locator('.maplibregl-popup').evaluateAll((els) =>
              els.map((e) => {
                const r = e.getBoundingClientRect();
                return { x: r.x, y: r.y, width: r.width, height: r.height };
              }),
            )) as Rect[];
            const offset = popups.map((p) => ({ ...p, x: p.x + iframe.x, y: p.y + iframe.y }));
            const colours = kindColours(scheme);
            const wanted = Object.fromEntries(kinds.map((k) => [k, colours[k]]));
            const counted = await countColours(s.page, png, wanted, canvas as Rect, offset);
            expect(counted.distinct, `${name}: distinct colours`).toBeGreaterThan(MIN_COLOURS);
            for (const k of kinds)
              expect(counted.near[k], `${name}: ${k} marker pixels`).toBeGreaterThan(
                MIN_MARKER_PIXELS / 2,
              );
          };
          await shot(`embed-${w}x${h}-${scheme}`, BOTH);
          const first = events.features.find((f) => f.properties.kind !== 'mention')!;
          await frame.locator(`li[data-event-id="${first.properties.id}"] button`).click();
          await frame.locator('.maplibregl-popup').waitFor();
          await waitForIdle(frame);
          await shot(`embed-popup-${w}x${h}-${scheme}`, [first.properties.kind]);
          expect(s.errors).toEqual([]);
        } finally {
          await s.close();
          await host.close();
        }
      }, 120_000);
    }
  }
});
