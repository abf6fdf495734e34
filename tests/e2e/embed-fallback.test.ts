// Without WebGL (Chromium started with --disable-webgl --disable-3d-apis) the
// page shows every event in an SVG outline map and a list with the article's
// sentences, and says why; a lost WebGL context switches to the same view.
// And the strict Content-Security-Policy run: no violation, no outside request.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';
import { isLocal, launch, waitForIdle } from './browser.ts';
import { STRICT_CSP } from './host-page.ts';
import { startPreview, type Served } from './server.ts';

const baseUrl = inject('baseUrl');
const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis'];
let events: EventCollection;

beforeAll(async () => {
  const res = await fetch(new URL('generated/example.geojson', baseUrl));
  events = (await res.json()) as EventCollection;
});

describe('without WebGL', () => {
  for (const path of ['index.html?embed', '']) {
    it(`${path || 'the full page'} shows every event on an outline map and in a list`, async () => {
      const s = await launch({ args: NO_WEBGL, width: 900, height: 700 });
      try {
        await s.page.goto(baseUrl + path);
        await s.page.locator('[data-testid="static-map"]').waitFor();
        await expect
          .poll(() => s.page.locator('[data-events]').getAttribute('data-events'))
          .toBe('loaded');
        expect(
          await s.page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')),
        ).toBe(false);
        expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
        expect(await s.page.locator('[data-testid="no-webgl"]').textContent()).toMatch(
          /cannot draw the interactive map \(WebGL is unavailable\)/,
        );
        const ids = events.features.map((f) => f.properties.id);
        const listed = await s.page
          .locator('li[data-event-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
        expect(listed).toEqual(ids);
        const points = s.page.locator('svg .event-point');
        expect(await points.count()).toBe(ids.length);
        expect(
          (
            await points.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))
          ).sort(),
        ).toEqual([...ids].sort());
        // Each point has a title naming the place; each list item quotes the sentence.
        for (const f of events.features.slice(0, 5)) {
          const id = f.properties.id;
          expect(await s.page.locator(`svg [data-event-id="${id}"] title`).textContent()).toContain(
            f.properties.place,
          );
          expect(await s.page.locator(`li[data-event-id="${id}"] .excerpt`).textContent()).toBe(
            f.properties.excerpt,
          );
          // The place's words are highlighted in the quote, as in the map's popup.
          const marked = await s.page
            .locator(`li[data-event-id="${id}"] .excerpt mark`)
            .allTextContents();
          const start = f.properties.excerptStart;
          const inside = f.properties.spans.filter(
            ([a, b]) => a >= start && b <= start + f.properties.excerpt.length,
          );
          expect(marked).toEqual(
            inside.map(([a, b]) => f.properties.excerpt.slice(a - start, b - start)),
          );
          expect(marked.length).toBeGreaterThan(0);
        }
        // As on the interactive map's first view, the drawing is fitted to the
        // strikes and attacks: they lie inside it and fill most of its width or height.
        const incidents = events.features
          .filter((f) => f.properties.kind !== 'mention')
          .map((f) => f.properties.id);
        expect(incidents.length).toBeGreaterThan(1);
        const fit = await s.page.evaluate((ids) => {
          const svg = document.querySelector('[data-testid="static-map"] svg')!;
          const box = svg.getBoundingClientRect();
          const centres = ids.map((id) => {
            const r = svg.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2] as const;
          });
          const xs = centres.map((c) => c[0]);
          const ys = centres.map((c) => c[1]);
          return {
            inside: centres.every(
              ([x, y]) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom,
            ),
            spread: Math.max(
              (Math.max(...xs) - Math.min(...xs)) / box.width,
              (Math.max(...ys) - Math.min(...ys)) / box.height,
            ),
          };
        }, incidents);
        expect(fit.inside).toBe(true);
        expect(fit.spread).toBeGreaterThan(0.55);
        await expect
          .poll(() => s.page.locator('svg path.land').getAttribute('d'))
          .toMatch(/^M[-\d.]+ [-\d.]+L/);
        // Choosing a point selects its list item.
        const f = events.features.find((e) => e.properties.kind !== 'mention')!;
        await s.page.locator(`svg [data-event-id="${f.properties.id}"]`).dispatchEvent('click');
        await expect
          .poll(() =>
            s.page.locator(`li[data-event-id="${f.properties.id}"]`).getAttribute('class'),
          )
          .toMatch(/selected/);
        expect(s.errors).toEqual([]);
        expect(s.requests.map((r) => r.url()).filter((u) => !isLocal(u, baseUrl))).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }

  it('a lost WebGL context switches the embed to the outline map', async () => {
    const s = await launch({ width: 800, height: 600 });
    try {
      await s.page.goto(`${baseUrl}index.html?embed`);
      await waitForIdle(s.page);
      await s.page.evaluate(() => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        const gl = map.getCanvas().getContext('webgl2');
        gl!.getExtension('WEBGL_lose_context')!.loseContext();
      });
      await s.page.locator('[data-testid="static-map"]').waitFor();
      expect(await s.page.locator('[data-testid="no-webgl"]').textContent()).toMatch(
        /graphics context was lost/,
      );
      expect(await s.page.locator('svg .event-point').count()).toBe(events.features.length);
      expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('under a strict Content-Security-Policy', () => {
  let app: Served;
  beforeAll(async () => {
    app = await startPreview({ 'Content-Security-Policy': STRICT_CSP });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves the policy and a build without inline scripts', async () => {
    const res = await fetch(app.url);
    expect(res.headers.get('content-security-policy')).toBe(STRICT_CSP);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  for (const path of ['', 'index.html?embed&theme=dark']) {
    it(`${path || 'the full page'} loads with no violation, no error and no outside request`, async () => {
      const s = await launch();
      try {
        await s.context.addInitScript(`
          window.__cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
          });
        `);
        await s.page.goto(app.url + path);
        await waitForIdle(s.page);
        // Open a popup and the share dialog too: they create DOM at run time.
        await s.page.locator('li[data-event-id] button').first().click({ force: true });
        await s.page.locator('.maplibregl-popup').waitFor();
        if (!path) {
          await s.page.getByRole('button', { name: 'Embed' }).click();
          await s.page.locator('[data-testid="embed-dialog"]').waitFor();
        }
        await waitForIdle(s.page);
        const violations = await s.page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        );
        expect(violations).toEqual([]);
        expect(s.errors).toEqual([]);
        expect(await s.page.locator('li[data-event-id]').count()).toBe(events.features.length);
        expect(s.requests.map((r) => r.url()).filter((u) => !isLocal(u, app.url))).toEqual([]);
        // No storage needed: nothing written to cookies, localStorage or sessionStorage.
        expect(await s.context.cookies()).toEqual([]);
        expect(await s.page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      } finally {
        await s.close();
      }
    });
  }
});
