// Article text is untrusted: it is shown as text, never parsed as HTML. And a
// broken events file gives a precise message over a working basemap.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';
import { LAYER_IDS } from '../../src/map/event-layers.ts';
import { isLocal, launch, waitForIdle, type Session } from './browser.ts';
import { manyEvents } from './many-events.ts';

const baseUrl = inject('baseUrl');
const EVIL = '<img src=x onerror=alert(1)>';

function fixture(): EventCollection {
  const excerpt = `Militants attacked ${EVIL} the base near Kirkuk.`;
  const text = `Report ${EVIL}\n\n${EVIL} <b>bold</b> ${excerpt} <script>alert(3)</script>\n`;
  const start = text.indexOf(excerpt);
  const at = start + excerpt.indexOf('Kirkuk');
  return {
    type: 'FeatureCollection',
    article: { title: `Report ${EVIL}`, characters: text.length, text },
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [44.39, 35.47] },
        properties: {
          id: 'evil-1',
          kind: 'attack',
          place: `Kirkuk ${EVIL}`,
          name: 'Kirkuk',
          country: 'IQ',
          precision: 'city',
          gazetteer: 'geonames:94787',
          actor: `<script>alert(2)</script>`,
          excerpt,
          excerptStart: start,
          spans: [[at, at + 6]],
          confidence: 0.9,
        },
      },
    ],
  };
}

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('untrusted article text', () => {
  it('is rendered as text in the list, the title and the popup; no dialog fires', async () => {
    s = await launch();
    const dialogs: string[] = [];
    s.page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await s.page.route('**/generated/example.geojson', (route) =>
      route.fulfill({ json: fixture() }),
    );
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    expect(await s.page.locator('h1').textContent()).toBe(`Report ${EVIL}`);
    await s.page.locator('li[data-event-id="evil-1"] button').click();
    const excerpt = s.page.locator('.maplibregl-popup .event-popup-excerpt');
    await excerpt.waitFor();
    expect(await excerpt.textContent()).toBe(fixture().features[0]!.properties.excerpt);
    expect(await s.page.locator('.maplibregl-popup mark').textContent()).toBe('Kirkuk');
    expect(await s.page.locator('.maplibregl-popup').innerText()).toContain(
      '<script>alert(2)</script>',
    );
    expect(await s.page.locator('img').count()).toBe(0);
    expect(await s.page.locator('script:not([src])').count()).toBe(0);
    // "Read in article": the article text as text, in the dialog.
    await s.page.locator('.maplibregl-popup button.event-popup-read').click();
    const dialog = s.page.locator('dialog.article-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe(`Report ${EVIL}`);
    // The reader's text: the markup blanked as for the geoparser, never parsed.
    const body = (await dialog.locator('.article-dialog-text').textContent())!;
    expect(body).toContain('Militants attacked');
    expect(body).toContain('bold');
    expect(body).not.toMatch(/<|alert/);
    expect(await dialog.locator('mark').textContent()).toBe(
      'Militants attacked the base near Kirkuk.',
    );
    expect(await dialog.locator('mark strong').textContent()).toBe('Kirkuk');
    expect(await dialog.locator('img, b, script').count()).toBe(0);
    expect(await s.page.locator('img').count()).toBe(0);
    expect(await s.page.locator('script:not([src])').count()).toBe(0);
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // An alert blocks the page until the 'dialog' handler above dismisses it, so
    // once this round trip to the page returns, any alert the text raised is in
    // `dialogs`; and no element that could raise one later (an image's onerror) exists.
    expect(
      await s.page.evaluate(() => document.querySelectorAll('img, script:not([src])').length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    expect(
      s.requests.map((r) => r.url()).filter((u) => !isLocal(u, baseUrl) || /\/x$/.test(u)),
    ).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe('a broken events file', () => {
  for (const [name, body, message] of [
    ['not JSON', '{"type": "FeatureCollection", "features": [', /not valid JSON/],
    [
      'a bad kind',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            ...fixture().features[0],
            properties: { ...fixture().features[0]!.properties, kind: 'bombing' },
          },
        ],
      }),
      /1 of 1 event was left out: #1 \("evil-1"\): properties\.kind must be one of strike, attack, mention \(got "bombing"\)/,
    ],
  ] as const) {
    it(`(${name}) shows a precise message and still shows the basemap`, async () => {
      s = await launch();
      await s.page.route('**/generated/example.geojson', (route) =>
        route.fulfill({ body, contentType: 'application/geo+json' }),
      );
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      const alert = s.page.locator('[role="alert"]');
      expect(await alert.textContent()).toMatch(message);
      expect(await alert.textContent()).toContain('example.geojson');
      expect(await s.page.locator('[data-events]').getAttribute('data-events')).toBe('error');
      // The map itself is up: style loaded and a canvas with a size.
      const ok = await s.page.evaluate(() => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        return map.isStyleLoaded() && map.getCanvas().width > 0;
      });
      expect(ok).toBe(true);
      expect(s.errors.filter((e) => !e.startsWith('console.warn'))).toEqual([]);
    });
  }
});

describe('an events file with one bad feature among twenty good ones', () => {
  it('shows the twenty markers and says which one was left out and why', async () => {
    s = await launch();
    // Strikes and attacks only (every third of manyEvents is a mention): 21 markers' worth.
    const file = manyEvents(32);
    file.features = file.features.filter((f) => f.properties.kind !== 'mention');
    expect(file.features).toHaveLength(21);
    const bad = file.features[3] as unknown as { geometry?: unknown };
    delete bad.geometry;
    await s.page.route('**/generated/example.geojson', (route) => route.fulfill({ json: file }));
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    expect(await s.page.locator('[data-events]').getAttribute('data-events')).toBe('loaded');
    const message = s.page.locator('[data-testid="data-left-out"]');
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await message.textContent()).toBe(
      '1 of 21 events was left out: #4 ("e5") has no coordinates.',
    );
    expect(await s.page.locator('li[data-event-id]').count()).toBe(20);
    expect(await s.page.locator('li[data-event-id="e5"]').count()).toBe(0);
    const drawn = await s.page.evaluate((layer) => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const ids = map
        .queryRenderedFeatures({ layers: [layer] })
        .map((f) => String(f.properties.id));
      return new Set(ids).size;
    }, LAYER_IDS.markers);
    expect(drawn).toBe(20);
  });
});

describe('a 100,000-character title and field', () => {
  it('wrap: the popup stays within the map and scrolls, nothing overflows sideways', async () => {
    s = await launch();
    const file = fixture();
    file.article!.title = 'T'.repeat(100_000);
    const p = file.features[0]!.properties;
    p.place = 'T'.repeat(100_000);
    p.actor = 'T'.repeat(100_000);
    await s.page.route('**/generated/example.geojson', (route) => route.fulfill({ json: file }));
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    await s.page.locator('li[data-event-id="evil-1"] button').click();
    const popup = s.page.locator('.maplibregl-popup');
    await popup.locator('.event-popup').waitFor();
    const m = await s.page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const wide = [
        document.documentElement,
        ...document.querySelectorAll(
          '.panel, .panel header, .maplibregl-popup-content, .event-popup, li[data-event-id]',
        ),
      ]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`);
      const scroller = document.querySelector('.event-popup')!;
      return {
        popup: box('.maplibregl-popup').height,
        map: box('.maplibregl-map').height,
        header: box('.panel header').height,
        viewport: window.innerHeight,
        wide,
        scrolls: scroller.scrollHeight > scroller.clientHeight,
      };
    });
    expect(m.popup).toBeLessThanOrEqual(m.map);
    expect(m.scrolls).toBe(true);
    expect(m.header).toBeLessThan(m.viewport / 2);
    expect(m.wide).toEqual([]);
  });
});
