// Still image, SVG and print (issue 13, part 6). Download image writes a PNG
// of 2400×1600 (web) or 2160×2160 (social) pixels whose map shows the strike
// and attack markers and whose legend has both colours, on the map page and in
// the workbench, and leaves the reader's view as it was; Download SVG writes a
// standalone SVG with one marker per event; printing shows the map's picture
// and every event's sentence, no controls; the buttons are keyboard-reachable,
// big enough and axe-clean. The images go to test-results/screenshots/export-*.
// Each test opens its own browser context.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EventCollection } from '../../geo/types.ts';
import { kindColours, type Theme } from '../../src/map/event-layers.ts';
import {
  EXPORT_SIZES,
  SCALE,
  exportLayout,
  type ExportSizeName,
} from '../../src/map/export-image.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { isLocal, launch, mapView, waitForIdle, type Session } from './browser.ts';
import { countColours } from './pixels.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';
const ARTICLE = readFileSync('tests/e2e/fixtures/workbench-article.txt', 'utf8');

let events: EventCollection;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  events = (await (
    await fetch(new URL('generated/example.geojson', baseUrl))
  ).json()) as EventCollection;
});

const incidents = (c: EventCollection) => c.features.filter((f) => f.properties.kind !== 'mention');

/** Clicks the button and returns the file it downloads, with its suggested name. */
async function download(page: Page, name: RegExp): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
  return { name: d.suggestedFilename(), body: Buffer.concat(chunks) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A rough text width: the legend's box only depends on it for its width, given room here. */
const roughMeasure = (text: string, font: { size: number }) => text.length * font.size * 0.6;

/**
 * Checks the image: its pixel size, strike and attack colours on the map
 * (outside the legend) and in the legend, a map that is not blank. Returns the time it took.
 */
async function expectImage(
  page: Page,
  png: Buffer,
  size: ExportSizeName,
  theme: Theme,
  label: string,
): Promise<void> {
  const { width, height } = EXPORT_SIZES[size];
  expect(pngSize(png), label).toEqual({ width: width * SCALE, height: height * SCALE });
  const l = exportLayout(size, { title: 'x', source: 'x', attribution: 'x' }, roughMeasure);
  const px = (r: { x: number; y: number; width: number; height: number }) => ({
    x: r.x * SCALE,
    y: r.y * SCALE,
    width: r.width * SCALE,
    height: r.height * SCALE,
  });
  const colours = kindColours(theme);
  const legend = px({ ...l.legend.box, width: l.legend.box.width + 20 });
  const map = await countColours(page, png, colours, px(l.map), [legend]);
  expect(map.distinct, `${label}: a basemap, not a blank map`).toBeGreaterThan(500);
  expect(map.near.strike, `${label}: strike markers on the map`).toBeGreaterThan(100);
  expect(map.near.attack, `${label}: attack markers on the map`).toBeGreaterThan(100);
  const inLegend = await countColours(page, png, colours, legend);
  expect(inLegend.near.strike, `${label}: the legend's strike diamond`).toBeGreaterThan(200);
  expect(inLegend.near.attack, `${label}: the legend's attack circle`).toBeGreaterThan(200);
  // The title band above the map is the page's colour with text: few colours, none of the markers'.
  const title = await countColours(page, png, colours, px({ ...l.map, y: 0, height: l.map.y - 2 }));
  const inTitle = (title.near.strike ?? 0) + (title.near.attack ?? 0);
  expect(inTitle, `${label}: nothing of the map in the title`).toBe(0);
}

/** What of the reader's view an export must leave alone. */
async function readerState(page: Page) {
  return {
    view: await mapView(page),
    hash: await page.evaluate(() => location.hash),
    canvas: await page.evaluate(() => {
      const c = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
      return [c.width, c.height, c.style.width, c.style.height];
    }),
    showAll: await page.getByRole('button', { name: 'Show all' }).isVisible(),
    still: await page.locator('.export-still').count(),
  };
}

/** The same camera, to a millionth of a degree and of a zoom level (a fit again gives the same). */
function expectView(
  got: { lng: number; lat: number; zoom: number },
  want: { lng: number; lat: number; zoom: number },
): void {
  for (const k of ['lng', 'lat', 'zoom'] as const) expect(got[k], k).toBeCloseTo(want[k], 6);
}

function expectClean(s: Session): void {
  expect(s.errors).toEqual([]);
  expect(s.requests.map((r) => r.url()).filter((u) => !isLocal(u, baseUrl))).toEqual([]);
}

describe('Download image on the map page', () => {
  for (const [theme, width, height] of [
    ['light', 1280, 800],
    ['dark', 390, 844],
  ] as const) {
    it(`${width}×${height} ${theme}: web and social PNGs at 2× with markers and legend; the reader's view stays`, async () => {
      const s = await launch({ width, height, colorScheme: theme });
      try {
        await s.page.goto(baseUrl);
        await waitForIdle(s.page);
        const before = await readerState(s.page);
        for (const size of ['web', 'social'] as const) {
          const { width: w, height: h } = EXPORT_SIZES[size];
          const t0 = Date.now();
          const file = await download(s.page, new RegExp(`^Download image, \\w+ ${w}×${h}$`));
          const ms = Date.now() - t0;
          console.log(`export ${size} at ${width}×${height}: ${ms} ms, ${file.body.length} bytes`);
          expect(file.name).toBe(
            `iraq-denounces-the-irresponsible-us-airstrikes-against-${w}x${h}.png`,
          );
          const name = `export-${size}-${theme}-${width}`;
          writeFileSync(`${OUT}/${name}.png`, file.body);
          await expectImage(s.page, file.body, size, theme, name);
          await expect
            .poll(() => s.page.getByTestId('export-status').textContent())
            .toContain(`Saved ${file.name} (${w * SCALE}×${h * SCALE} pixels`);
          await waitForIdle(s.page);
          expect(await readerState(s.page)).toEqual(before);
        }
        expectClean(s);
      } finally {
        await s.close();
      }
    }, 120_000);
  }

  it('a moved map: the image shows the reader’s view, and Show all stays', async () => {
    const s = await launch({ width: 1280, height: 800 });
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.locator('.maplibregl-ctrl-zoom-out').click();
      await expect
        .poll(() => s.page.getByRole('button', { name: 'Show all' }).isVisible())
        .toBe(true);
      await waitForIdle(s.page);
      // The hash follows a settled move (SETTLED_MS after the map is idle, src/map/settled.ts).
      await expect.poll(() => s.page.evaluate(() => location.hash)).toMatch(/^#map=/);
      const before = await readerState(s.page);
      const file = await download(s.page, /^Download image, Web/);
      writeFileSync(`${OUT}/export-web-moved.png`, file.body);
      await expectImage(s.page, file.body, 'web', 'light', 'moved');
      await waitForIdle(s.page);
      expect(await readerState(s.page)).toEqual(before);
      expectClean(s);
    } finally {
      await s.close();
    }
  }, 120_000);
});

describe('Download image in the workbench', () => {
  it('maps a pasted article, and its Publish panel saves the web PNG of that map', async () => {
    const s = await launch({ width: 1280, height: 800 });
    try {
      const p = s.page;
      await p.goto(new URL('workbench.html', baseUrl).href);
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      await p.getByLabel('Article text', { exact: true }).focus();
      await p.evaluate((text) => {
        const dt = new DataTransfer();
        dt.setData(
          'text/html',
          text
            .split('\n\n')
            .map((para) => `<p>${para}</p>`)
            .join('\n'),
        );
        document
          .querySelector('textarea#article-text')!
          .dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
          );
      }, ARTICLE);
      await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
      await waitForIdle(p);
      const file = await download(p, /^Download image, Web/);
      expect(file.name).toMatch(/-1200x800\.png$/);
      writeFileSync(`${OUT}/export-web-workbench.png`, file.body);
      await expectImage(p, file.body, 'web', 'light', 'workbench');
      const svg = await download(p, /^Download SVG$/);
      expect(svg.name).toMatch(/-outline\.svg$/);
      expectClean(s);
    } finally {
      await s.close();
    }
  }, 240_000);
});

describe('Download SVG', () => {
  it('writes a standalone SVG of the outline map: size, title, one marker per event, attribution', async () => {
    const s = await launch({ width: 1280, height: 800 });
    try {
      // A title (the embed's parameter, which the page's files take too) that XML must escape.
      const title = 'Strikes & attacks <in> "Iraq"';
      await s.page.goto(`${baseUrl}?title=${encodeURIComponent(title)}`);
      await waitForIdle(s.page);
      const file = await download(s.page, /^Download SVG$/);
      expect(file.name).toBe('strikes-attacks-in-iraq-outline.svg');
      const text = file.body.toString('utf8');
      writeFileSync(`${OUT}/export-outline.svg`, text);
      const parsed = await s.page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        const svg = doc.documentElement;
        const count = (sel: string) => doc.querySelectorAll(sel).length;
        return {
          errors: count('parsererror'),
          root: svg.localName,
          ns: svg.namespaceURI,
          size: ['width', 'height', 'viewBox'].map((a) => svg.getAttribute(a)),
          title: doc.querySelector('svg > title')?.textContent,
          strikes: count('.event-point.kind-strike'),
          attacks: count('.event-point.kind-attack'),
          ids: [...doc.querySelectorAll('.event-point')].map((g) =>
            g.getAttribute('data-event-id'),
          ),
          land: doc.querySelector('path')?.getAttribute('d')?.length ?? 0,
          texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent),
          external: count('[href], image, style, script, foreignObject'),
        };
      }, text);
      expect(parsed.errors).toBe(0);
      expect(parsed.root).toBe('svg');
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      const [w, h, viewBox] = parsed.size;
      expect(viewBox).toBe(`0 0 ${w} ${h}`);
      expect(Number(w)).toBeGreaterThan(0);
      expect(Number(h)).toBeGreaterThan(0);
      expect(parsed.title).toBe(title);
      const kinds = events.features.map((f) => f.properties.kind);
      expect(parsed.strikes).toBe(kinds.filter((k) => k === 'strike').length);
      expect(parsed.attacks).toBe(kinds.filter((k) => k === 'attack').length);
      expect([...parsed.ids].sort()).toEqual(events.features.map((f) => f.properties.id).sort());
      expect(parsed.land).toBeGreaterThan(1000);
      expect(parsed.texts[0]).toBe(title);
      expect(parsed.texts.join('\n')).toMatch(/Natural Earth.*GeoNames/);
      expect(parsed.external).toBe(0);
      expectClean(s);
      // Drawn, for people to look at.
      await s.page.setContent(
        `<img src="data:image/svg+xml;base64,${file.body.toString('base64')}">`,
      );
      await s.page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await s.page.locator('img').screenshot({ path: `${OUT}/export-outline.png` });
    } finally {
      await s.close();
    }
  });
});

describe('print', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`${width}×${height}: the map's picture and every event's sentence, no controls, buttons or links`, async () => {
      const s = await launch({ width, height });
      try {
        const p = s.page;
        await p.goto(baseUrl);
        await waitForIdle(p);
        const chrome = [
          p.locator('.maplibregl-ctrl-zoom-in'),
          p.locator('.maplibregl-ctrl-attrib'),
          p.getByRole('button', { name: 'Embed' }),
          p.getByRole('link', { name: 'Map a new article' }),
          p.locator('[data-export]').first(),
          p.locator('canvas.maplibregl-canvas'),
          p.getByRole('button', { name: 'Legend' }),
        ];
        if (width < 700) chrome.push(p.locator('.sheet-toggle'));
        for (const c of chrome) expect(await c.isVisible()).toBe(true);
        expect(await p.getByTestId('print-view').isVisible()).toBe(false);
        const view = await mapView(p);
        const canvas = await p.evaluate(() => {
          const c = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
          return [c.width, c.height];
        });

        await p.emulateMedia({ media: 'print' });
        const img = p.locator('img.print-map');
        await expect
          .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
          .toBeGreaterThan(0);
        expect(await img.isVisible()).toBe(true);
        // The picture is the reader's view, at the canvas's pixels; the map did not move.
        expect(
          await img.evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight]),
        ).toEqual(canvas);
        expectView(await mapView(p), view);
        const box = (await img.boundingBox())!;
        expect(box.width).toBeGreaterThan(width * 0.8);
        for (const c of chrome) expect(await c.isVisible()).toBe(false);
        const items = p.locator('[data-print-event-id]');
        expect(await items.count()).toBe(events.features.length);
        for (const f of events.features) {
          const li = p.locator(`[data-print-event-id="${f.properties.id}"]`);
          const excerpt = li.locator('.excerpt');
          expect(await excerpt.isVisible()).toBe(true);
          expect((await excerpt.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
            f.properties.excerpt.replace(/\s+/g, ' ').trim(),
          );
        }
        await p.screenshot({ path: `${OUT}/export-print-${width}.png`, fullPage: true });
        const pdf = await p.pdf({ format: 'A4', printBackground: true });
        expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(50_000);
        // The list goes on over the next pages (a page as tall as the window would cut it).
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages).toBeGreaterThan(1);
        writeFileSync(`${OUT}/export-print-${width}.pdf`, pdf);

        // Back on screen, the page is as it was.
        await p.emulateMedia({ media: 'screen' });
        for (const c of chrome) await expect.poll(() => c.isVisible()).toBe(true);
        await waitForIdle(p);
        expectView(await mapView(p), view);
        expectClean(s);
      } finally {
        await s.close();
      }
    }, 90_000);
  }
});

describe('the buttons', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      it(`${width}×${height} ${theme}: in the panel, reachable by Tab, 24 px targets, axe clean`, async () => {
        const s = await launch({ width, height, colorScheme: theme });
        try {
          const p = s.page;
          await p.goto(baseUrl);
          await waitForIdle(p);
          const buttons = p.locator('[data-export]');
          expect(await buttons.evaluateAll((b) => b.map((e) => e.tagName))).toEqual([
            'BUTTON',
            'BUTTON',
            'BUTTON',
          ]);
          // In the panel, not on the map.
          expect(await p.locator('.panel [data-export]').count()).toBe(3);
          expect(await p.locator('.maplibregl-map [data-export]').count()).toBe(0);
          expect(await smallTargets(p)).toEqual([]);
          expect(await axeViolations(p)).toEqual([]);
          // Tab reaches the web image button; Enter saves the image.
          const web = p.getByRole('button', { name: 'Download image, Web 1200×800' });
          let reached = false;
          for (let i = 0; i < 40 && !reached; i++) {
            await p.keyboard.press('Tab');
            reached = await web.evaluate((b) => b === document.activeElement);
          }
          expect(reached).toBe(true);
          const [d] = await Promise.all([p.waitForEvent('download'), p.keyboard.press('Enter')]);
          expect(d.suggestedFilename()).toMatch(/-1200x800\.png$/);
          await expect.poll(() => p.getByTestId('export-status').textContent()).toMatch(/^Saved/);
          expect(await smallTargets(p)).toEqual([]);
          expect(await axeViolations(p)).toEqual([]);
          expectClean(s);
        } finally {
          await s.close();
        }
      }, 90_000);
    }
  }
});
