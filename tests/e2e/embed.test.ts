// Embedding, end to end: the map served under a strict Content-Security-Policy
// is embedded by a host page on another local origin with the code the share
// dialog gives and embed.js. The frame sizes itself, reports marker clicks,
// obeys the host's commands, and lets a plain wheel scroll the host page.
// Each test of the host page opens its own browser context on it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { idleAfter, isLocal, jumpTo, launch, waitForIdle, type Session } from './browser.ts';
import { encodeInline } from '../../src/map/inline-data.ts';
import { FAKE_MAP_HTML, STRICT_CSP, hostPageHtml, startHostPage } from './host-page.ts';
import { startPreview, type Served } from './server.ts';

const baseUrl = inject('baseUrl');
type Hooked = Window & { __map: import('maplibre-gl').Map };
type Received = { origin: string; data: Record<string, unknown> };

/** Collects CSP violations in every frame (the page's and the map's). */
const CSP_RECORDER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

let app: Served;
let host: Served;
let s: Session;
let events: EventCollection;
let frame: Frame;
let embedCode: string;

const incidents = () => events.features.filter((f) => f.properties.kind !== 'mention');

async function received(type?: string): Promise<Received[]> {
  const all =
    (await s.page.evaluate(() => (window as unknown as { received: Received[] }).received)) ?? [];
  return all.filter((m) => m.data?.source === 'conflict-map' && (!type || m.data.type === type));
}

async function frameZoom(): Promise<number> {
  return frame.evaluate(() => (window as unknown as Hooked).__map.getZoom());
}

async function popupId(): Promise<string | null> {
  const popup = frame.locator('.maplibregl-popup .event-popup');
  if ((await popup.count()) === 0) return null;
  return popup.getAttribute('data-popup-event-id');
}

/** The console warnings of the page and its frames (the frame's bridge warns of each command it ignores). */
let warnings: string[] = [];

beforeAll(async () => {
  app = await startPreview({ 'Content-Security-Policy': STRICT_CSP });
  const res = await fetch(new URL('generated/example.geojson', app.url));
  events = (await res.json()) as EventCollection;
  expect(incidents().length).toBeGreaterThan(0);

  // The embed code, as the share dialog of the full page gives it.
  const t = await launch({ width: 1000, height: 800 });
  try {
    await t.page.goto(app.url);
    await waitForIdle(t.page);
    await t.page.getByRole('button', { name: 'Embed' }).click();
    await t.page.locator('[data-testid="embed-dialog"]').waitFor();
    embedCode = await t.page.locator('#embed-code').inputValue();
    expect(t.errors).toEqual([]);
  } finally {
    await t.close();
  }
  host = await startHostPage(hostPageHtml(embedCode));
}, 180_000);

afterAll(async () => {
  await host?.close();
  await app?.close();
});

describe('the share dialog', () => {
  it('gives an iframe snippet with title, lazy loading, fullscreen and the embed.js line', () => {
    const base = app.url;
    expect(embedCode).toContain(`<iframe src="${base}index.html?embed"`);
    expect(embedCode).toMatch(/ title="Map: [^"]+"/);
    expect(embedCode).toContain('loading="lazy"');
    expect(embedCode).toContain('allowfullscreen');
    expect(embedCode).toContain(`<script src="${base}embed.js" async></script>`);
  });
});

describe('the share dialog on a page opened with parameters', () => {
  it('keeps the events carried in the URL (inline=) and drops a data file on another site', async () => {
    const t = await launch();
    const snippetOf = async (search: string) => {
      await t.page.goto(`${baseUrl}index.html${search}`);
      await t.page.locator('[data-events="loaded"]').waitFor({ timeout: 30_000 });
      await t.page.getByRole('button', { name: 'Embed' }).click();
      const code = await t.page.locator('#embed-code').inputValue();
      await t.page.keyboard.press('Escape');
      return code;
    };
    try {
      const first = incidents().slice(0, 2);
      const inline = await encodeInline({ type: 'FeatureCollection', features: first });
      const code = await snippetOf(`?inline=${inline}`);
      expect(code).toContain(`<iframe src="${baseUrl}index.html?embed&amp;inline=${inline}"`);
      const other = await snippetOf('?data=https://news.example/events.geojson');
      expect(other).toContain(`<iframe src="${baseUrl}index.html?embed"`);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('the share dialog, Copy button', () => {
  it('copies the code to the clipboard and offers a plain link', async () => {
    const t = await launch();
    try {
      await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl).origin,
      });
      await t.page.goto(baseUrl);
      await t.page.getByRole('button', { name: 'Embed' }).click();
      const dialog = t.page.locator('[data-testid="embed-dialog"]');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Copy' }).click();
      await expect
        .poll(() => dialog.locator('.status').textContent())
        .toBe('Copied to the clipboard.');
      const code = await t.page.locator('#embed-code').inputValue();
      expect(await t.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      expect(await dialog.getByTestId('plain-link').getAttribute('href')).toBe(
        `${baseUrl}index.html`,
      );
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('a host page on another origin embedding the map', () => {
  // A fresh browser on the host page for each test, the embedded map idle.
  beforeEach(async () => {
    s = await launch({ width: 1000, height: 800 });
    await s.context.addInitScript(CSP_RECORDER);
    warnings = [];
    s.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await s.page.goto(host.url);
    frame = (await (await s.page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => !!(window as unknown as Partial<Hooked>).__map);
    await waitForIdle(frame);
  }, 120_000);

  /** After each test: no CSP violation in any frame, no error, no request off the two local origins. */
  async function clean(): Promise<void> {
    const violations = await Promise.all(
      s.page
        .frames()
        .map((f) =>
          f.evaluate(
            () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
          ),
        ),
    );
    expect(violations.flat()).toEqual([]);
    expect(s.errors).toEqual([]);
    const outside = s.requests
      .map((r) => r.url())
      .filter((u) => !isLocal(u, app.url) && !isLocal(u, host.url));
    expect(outside).toEqual([]);
  }

  afterEach(async () => {
    try {
      await clean();
    } finally {
      await s?.close();
    }
  });

  it('receives ready with the number of events, from the map origin', async () => {
    await expect.poll(() => received('ready').then((r) => r.length)).toBeGreaterThan(0);
    const [ready] = await received('ready');
    expect(ready!.origin).toBe(new URL(app.url).origin);
    expect(ready!.data.events).toBe(events.features.length);
  });

  it('sizes the iframe to the height the frame posts', async () => {
    await expect.poll(() => received('height').then((r) => r.length)).toBeGreaterThan(0);
    const heights = await received('height');
    const posted = heights.at(-1)!.data.height as number;
    expect(posted).toBeGreaterThan(300);
    // The snippet's fixed height is 600px: embed.js must have replaced it.
    expect(posted).not.toBe(600);
    const box = await s.page.locator('iframe').boundingBox();
    expect(Math.round(box!.height)).toBe(posted);
    expect(await s.page.locator('iframe').getAttribute('data-conflict-map-height')).toBe(
      String(posted),
    );
  });

  it('follows a change of height: hiding the list shrinks the iframe', async () => {
    const before = (await s.page.locator('iframe').boundingBox())!.height;
    await frame.getByRole('button', { name: /Hide the list of events/ }).click();
    await expect
      .poll(async () => (await s.page.locator('iframe').boundingBox())!.height)
      .toBeLessThan(before - 40);
    const last = (await received('height')).at(-1)!.data.height as number;
    expect(Math.round((await s.page.locator('iframe').boundingBox())!.height)).toBe(last);
    await frame.getByRole('button', { name: /Show the list of events/ }).click();
    await expect
      .poll(async () => Math.round((await s.page.locator('iframe').boundingBox())!.height))
      .toBe(Math.round(before));
  });

  it('sends select to the host when a marker inside is clicked', async () => {
    // An incident alone at its spot (a click on shared spots lists the events there).
    const alone = (f: EventFeature) =>
      events.features.filter((g) => g.geometry.coordinates.join() === f.geometry.coordinates.join())
        .length === 1;
    const f: EventFeature = incidents().find(alone)!;
    expect(f).toBeDefined();
    const [lng, lat] = f.geometry.coordinates as [number, number];
    await jumpTo(frame, lng, lat, 9);
    const inFrame = await frame.evaluate(
      (ll) => {
        const map = (window as unknown as Hooked).__map;
        const p = map.project(ll);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      },
      [lng, lat] as [number, number],
    );
    const iframeBox = (await s.page.locator('iframe').boundingBox())!;
    const before = (await received('select')).length;
    await s.page.mouse.click(iframeBox.x + inFrame.x, iframeBox.y + inFrame.y);
    await expect.poll(() => received('select').then((r) => r.length)).toBeGreaterThan(before);
    const msg = (await received('select')).at(-1)!;
    expect(msg.data.from).toBe('map');
    expect(msg.data.id).toBe(f.properties.id);
    expect(await popupId()).toBe(msg.data.id);
  });

  it("opens the popup of the host's select command", async () => {
    const f = incidents().at(-1)!;
    const other = events.features.find((g) => g.properties.id !== incidents()[0]!.properties.id);
    const target = f.properties.id === incidents()[0]!.properties.id && other ? other : f;
    const id = target.properties.id;
    await s.page.evaluate((eventId) => {
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ source: 'conflict-map', type: 'select', id: eventId }, '*');
    }, id);
    await expect.poll(popupId).toBe(id);
    // The map brings the event into view and comes to rest there.
    await expect
      .poll(() =>
        frame.evaluate(
          (ll) => {
            const map = (window as unknown as Hooked).__map;
            return !map.isMoving() && map.getBounds().contains(ll);
          },
          target.geometry.coordinates as [number, number],
        ),
      )
      .toBe(true);
    await waitForIdle(frame);
    // The frame reports the change, marked as coming from the host.
    await expect
      .poll(async () => (await received('select')).at(-1)?.data)
      .toEqual({ source: 'conflict-map', type: 'select', id, from: 'host' });
  });

  it('coalesces a burst of 10,000 select commands: the last wins, the frame stays responsive', async () => {
    // The burst ends on an event other than the selected one, so the frame echoes a change.
    const ids = incidents().map((f) => f.properties.id);
    const current = await popupId();
    const last = ids.find((id) => id !== current)!;
    const first = ids.find((id) => id !== last)!;
    const before = (await received()).length;
    await s.page.evaluate(
      ([a, b]) => {
        const w = document.querySelector('iframe')!.contentWindow!;
        for (let i = 0; i < 10_000; i++)
          w.postMessage({ source: 'conflict-map', type: 'select', id: i % 2 ? b : a }, '*');
      },
      [first, last],
    );
    await expect.poll(popupId, { timeout: 50_000 }).toBe(last);
    // A getHeight round trip: the frame has worked through the burst and answers.
    const heights = (await received('height')).length;
    await s.page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ source: 'conflict-map', type: 'getHeight' }, '*'),
    );
    await expect
      .poll(() => received('height').then((r) => r.length), { timeout: 50_000 })
      .toBeGreaterThan(heights);
    // The frame applied a few batches, not 10,000 selections (each is echoed to the host).
    const echoes = (await received()).slice(before).filter((m) => m.data.type === 'select');
    expect(echoes.length).toBeLessThan(20);
    expect(echoes.at(-1)?.data).toEqual({
      source: 'conflict-map',
      type: 'select',
      id: last,
      from: 'host',
    });
  }, 120_000);

  it('ignores malformed commands and unknown ids, and fitAll shows every incident', async () => {
    // Start from an event's popup, zoomed in to it: not every incident is in view.
    const first = incidents()[0]!;
    await idleAfter(frame, () =>
      s.page.evaluate((eventId) => {
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ source: 'conflict-map', type: 'select', id: eventId }, '*');
      }, first.properties.id),
    );
    await expect.poll(popupId).toBe(first.properties.id);
    const [lng, lat] = first.geometry.coordinates as [number, number];
    await jumpTo(frame, lng, lat, 9);
    const allInView = () =>
      frame.evaluate(
        (points) => {
          const map = (window as unknown as Hooked).__map;
          const b = map.getBounds();
          return !map.isMoving() && points.every((p) => b.contains(p));
        },
        incidents().map((f) => f.geometry.coordinates as [number, number]),
      );
    expect(await allInView()).toBe(false);
    const heights = (await received('height')).length;
    await s.page.evaluate(() => {
      const w = document.querySelector('iframe')!.contentWindow!;
      w.postMessage({ source: 'conflict-map', type: 'select', id: 42 }, '*');
      w.postMessage({ source: 'conflict-map', type: 'select', id: 'no-such-event' }, '*');
      w.postMessage({ source: 'conflict-map', type: 'explode' }, '*');
      w.postMessage('select', '*');
      // Last, a command with an answer: the frame applies commands in order, in
      // batches, so its answer comes after the unknown id's select was applied.
      w.postMessage({ source: 'conflict-map', type: 'getHeight' }, '*');
    });
    await expect.poll(() => received('height').then((r) => r.length)).toBeGreaterThan(heights);
    // The two malformed ones were seen and refused (the frame warns of each); the
    // one that is not ours ('select', a string) is ignored without a word.
    await expect
      .poll(() => warnings.filter((w) => w.includes('ignored a malformed command')))
      .toEqual([
        expect.stringContaining('select: id must be a string or null'),
        expect.stringContaining('unknown type "explode"'),
      ]);
    expect(await popupId()).toBe(first.properties.id);
    await s.page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ source: 'conflict-map', type: 'fitAll' }, '*'),
    );
    await expect.poll(allInView, { timeout: 15_000 }).toBe(true);
  });

  it('lets a plain wheel scroll the host page without zooming; Ctrl+wheel zooms', async () => {
    // No popup (it would cover the middle of the map): the page is fresh.
    expect(await popupId()).toBe(null);
    const iframeBox = (await s.page.locator('iframe').boundingBox())!;
    const canvas = (await frame.locator('canvas.maplibregl-canvas').boundingBox())!;
    // Page coordinates of the middle of the map (canvas boxes in frames are page-relative).
    const x = canvas.x + canvas.width / 2;
    const y = canvas.y + Math.min(canvas.height / 2, 200);
    expect(y).toBeGreaterThan(iframeBox.y);
    const zoom = await frameZoom();
    const scrollBefore = await s.page.evaluate(() => window.scrollY);
    // The hint ("Use Ctrl + scroll to zoom the map") shows for a moment: record MapLibre's event.
    await frame.evaluate(() => {
      const w = window as unknown as Hooked & { __prevented?: string };
      w.__map.on('cooperativegestureprevented', (e) => {
        w.__prevented = e.gestureType;
      });
    });
    await s.page.mouse.move(x, y);
    await s.page.mouse.wheel(0, 240);
    await expect
      .poll(
        () => frame.evaluate(() => (window as unknown as { __prevented?: string }).__prevented),
        { timeout: 10_000 },
      )
      .toBe('wheel_zoom');
    expect(
      await frame
        .locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message')
        .textContent(),
    ).toMatch(/scroll to zoom/i);
    await expect.poll(() => s.page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    // MapLibre's wheel handler fired the event above instead of zooming: the zoom stays.
    expect(await frameZoom()).toBeCloseTo(zoom, 6);
    expect(await frame.evaluate(() => (window as unknown as Hooked).__map.isMoving())).toBe(false);

    // Back to where the map is, then zoom with Ctrl held.
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.page.mouse.move(x, y);
    await s.page.keyboard.down('Control');
    await s.page.mouse.wheel(0, -240);
    await s.page.keyboard.up('Control');
    await expect.poll(frameZoom, { timeout: 10_000 }).toBeGreaterThan(zoom + 0.1);
  });

  it('has a fullscreen button and keeps the attribution', async () => {
    expect(await frame.locator('.maplibregl-ctrl-fullscreen').count()).toBe(1);
    expect(await frame.locator('.maplibregl-ctrl-attrib').textContent()).toMatch(/Natural Earth/);
  });

  it('made no CSP violation, no error and no request off the two local origins', async () => {
    // The load and every test's own actions are checked after each test (clean, above).
    expect(await frame.locator('li[data-event-id]').count()).toBe(events.features.length);
  });
});

describe('embed.js', () => {
  it('loaded after the frame, asks it for its height; ignores heights not from a map frame', async () => {
    const t = await launch({ width: 900, height: 700 });
    // Another iframe on the host's own origin (an ad, a widget) that posts a
    // height message in the map's format when told to.
    const other =
      `<iframe id="other" title="Other widget" style="width:300px;height:100px;border:0" srcdoc="` +
      `<script>window.go = function () { parent.postMessage({ source: 'conflict-map', type: 'height', height: 900 }, '*'); };</script>` +
      `"></iframe>`;
    const late = await startHostPage(
      hostPageHtml(
        `<iframe src="${app.url}index.html?embed" title="Map" style="width:100%;height:450px;border:0"></iframe>${other}`,
      ),
    );
    try {
      await t.page.goto(late.url);
      const mapOrigin = new URL(app.url).origin;
      const heights = (origin: string) =>
        t.page.evaluate(
          (o) =>
            (window as unknown as { received: Received[] }).received
              .filter((m) => m.origin === o && m.data?.type === 'height')
              .map((m) => m.data.height as number),
          origin,
        );
      await expect
        .poll(async () => (await heights(mapOrigin)).length, { timeout: 30_000 })
        .toBeGreaterThan(0);
      const iframe = t.page.locator('iframe[title="Map"]');
      expect(Math.round((await iframe.boundingBox())!.height)).toBe(450);
      const f = (await (await iframe.elementHandle())!.contentFrame())!;
      await f.waitForFunction(() => !!(window as unknown as Partial<Hooked>).__map);
      await waitForIdle(f);
      const before = (await heights(mapOrigin)).length;
      await t.page.addScriptTag({ url: `${app.url}embed.js` });
      // The script's getHeight request makes the frame post its height again.
      await expect.poll(async () => (await heights(mapOrigin)).length).toBeGreaterThan(before);
      const posted = (await heights(mapOrigin)).at(-1)!;
      await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(posted);
      expect(posted).not.toBe(450);

      // Height messages from the page itself and from a frame that is not a map
      // are ignored. The page's recorder and embed.js handle the same message
      // event, so once the recorder has it, embed.js has seen it too.
      const hostOrigin = new URL(late.url).origin;
      await t.page.evaluate(() =>
        window.postMessage({ source: 'conflict-map', type: 'height', height: 150 }, '*'),
      );
      await t.page.evaluate(() =>
        (
          document.getElementById('other') as HTMLIFrameElement & {
            contentWindow: Window & { go: () => void };
          }
        ).contentWindow.go(),
      );
      await expect.poll(() => heights(hostOrigin)).toEqual([150, 900]);
      expect(Math.round((await iframe.boundingBox())!.height)).toBe(posted);
      const otherBox = await t.page.locator('#other').boundingBox();
      expect(Math.round(otherBox!.height)).toBe(100);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
      await late.close();
    }
  });
});

describe('embed.js trusts only map frames beside it', () => {
  // Two sites on two origins, both serving embed.js (the build's) and a stand-in
  // map page at /maps/index.html and /other/index.html. The page under test
  // loads /maps/embed.js of its own site, before the frames.
  let t: Session;
  let site: Served;
  let foreign: Served;

  beforeAll(async () => {
    const script = await (await fetch(new URL('embed.js', app.url))).text();
    const files = {
      '/maps/embed.js': { type: 'text/javascript', body: script },
      '/maps/index.html': { type: 'text/html; charset=utf-8', body: FAKE_MAP_HTML },
      '/other/index.html': { type: 'text/html; charset=utf-8', body: FAKE_MAP_HTML },
    };
    foreign = await startHostPage(hostPageHtml(''), files);
    const iframe = (name: string, src: string) =>
      `<iframe id="${name}" src="${src}" title="${name}" style="width:300px;height:100px;border:0"></iframe>`;
    const page = hostPageHtml(
      '<script src="/maps/embed.js"></script>' +
        iframe('tall', '/maps/index.html?embed&h=5000&name=tall') +
        iframe('short', '/maps/index.html?embed&h=50&name=short') +
        iframe('plain', '/maps/index.html?embed&h=640&name=plain') +
        // An ad with ?embed on another origin, at the same path as the map.
        iframe('foreign', `${foreign.url}maps/index.html?embed&h=900&name=foreign`) +
        // Same origin, another directory.
        iframe('elsewhere', '/other/index.html?embed&h=900&name=elsewhere') +
        // No src: its document is the host page's origin; the page's own URL has ?embed.
        `<iframe id="nosrc" title="nosrc" style="width:300px;height:100px;border:0" srcdoc="` +
        `<script>parent.postMessage({ source: 'conflict-map', type: 'height', height: 900, name: 'nosrc' }, '*');</script>` +
        `"></iframe>`,
    );
    site = await startHostPage(page, files);
    t = await launch({ width: 900, height: 700 });
    await t.page.goto(`${site.url}?embed`);
    // Every frame has posted, and embed.js has seen it: the page's recorder and
    // embed.js handle the same message events, the recorder first.
    const names = ['tall', 'short', 'plain', 'foreign', 'elsewhere', 'nosrc'];
    await t.page.waitForFunction(
      (all) => {
        const got = (window as unknown as { received: Received[] }).received.map(
          (m) => m.data?.name,
        );
        return all.every((n) => got.includes(n));
      },
      names,
      { timeout: 30_000 },
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await site?.close();
    await foreign?.close();
  });

  const heightOf = async (id: string) =>
    Math.round((await t.page.locator(`#${id}`).boundingBox())!.height);

  it('resizes a map frame whose src is beside the script', async () => {
    expect(await heightOf('plain')).toBe(640);
    expect(t.errors).toEqual([]);
  });

  it('clamps heights to 200–4,000 px instead of dropping them', async () => {
    expect(await heightOf('tall')).toBe(4000);
    expect(await heightOf('short')).toBe(200);
  });

  it('does not resize a ?embed frame on another origin', async () => {
    expect(await heightOf('foreign')).toBe(100);
  });

  it('does not resize a ?embed frame in another directory of its own origin', async () => {
    expect(await heightOf('elsewhere')).toBe(100);
  });

  it('never resizes a frame without src, even on a page whose URL has ?embed', async () => {
    expect(new URL(t.page.url()).searchParams.has('embed')).toBe(true);
    expect(await heightOf('nosrc')).toBe(100);
  });

  it('with maps from two sites, each embed.js trusts its own site', async () => {
    const two = await startHostPage(
      hostPageHtml(
        `<script src="/maps/embed.js"></script><script src="${foreign.url}maps/embed.js"></script>` +
          `<iframe id="a" src="/maps/index.html?embed&h=700&name=a" title="a" style="height:100px;border:0"></iframe>` +
          `<iframe id="b" src="${foreign.url}maps/index.html?embed&h=800&name=b" title="b" style="height:100px;border:0"></iframe>`,
      ),
      {
        '/maps/embed.js': {
          type: 'text/javascript',
          body: await (await fetch(new URL('embed.js', app.url))).text(),
        },
        '/maps/index.html': { type: 'text/html; charset=utf-8', body: FAKE_MAP_HTML },
      },
    );
    const u = await launch({ width: 900, height: 700 });
    try {
      await u.page.goto(two.url);
      const box = async (id: string) =>
        Math.round((await u.page.locator(`#${id}`).boundingBox())!.height);
      await expect.poll(() => box('a')).toBe(700);
      await expect.poll(() => box('b')).toBe(800);
      expect(u.errors).toEqual([]);
    } finally {
      await u.close();
      await two.close();
    }
  });
});

describe('commands restricted by origins=', () => {
  it('are ignored from a host not in the list, and nothing is posted to it', async () => {
    const t = await launch({ width: 900, height: 700 });
    const other = await startHostPage(
      hostPageHtml(
        `<iframe src="${app.url}index.html?embed&origins=https://news.example" title="Map" style="width:100%;height:500px;border:0"></iframe>`,
      ),
    );
    const warned: string[] = [];
    t.page.on('console', (m) => {
      if (m.type() === 'warning') warned.push(m.text());
    });
    try {
      await t.page.goto(other.url);
      const f = (await (await t.page.locator('iframe').elementHandle())!.contentFrame())!;
      await f.waitForFunction(() => document.querySelectorAll('li[data-event-id]').length > 0);
      const id = events.features[0]!.properties.id;
      await t.page.evaluate((eventId) => {
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ source: 'conflict-map', type: 'select', id: eventId }, '*');
      }, id);
      // The frame's message handler says it ignored the command, and returned there.
      await expect
        .poll(() => warned)
        .toContainEqual(
          expect.stringMatching(
            /ignored a command from http:\/\/127\.0\.0\.1:\d+ \(not an allowed parent\)/,
          ),
        );
      expect(await f.locator('.maplibregl-popup').count()).toBe(0);
      const got = await t.page.evaluate(() =>
        (window as unknown as { received: Received[] }).received.filter(
          (m) => m.data?.source === 'conflict-map',
        ),
      );
      expect(got).toEqual([]);
      // Without embed.js the frame keeps its fixed height, and map and list fit inside it.
      expect(Math.round((await t.page.locator('iframe').boundingBox())!.height)).toBe(500);
      const fits = await f.evaluate(() => {
        const map = document.querySelector('.map-area')!.getBoundingClientRect();
        const list = document.querySelector('.embed-list')!.getBoundingClientRect();
        return {
          scroll: document.documentElement.scrollHeight <= window.innerHeight,
          map: map.height,
          listBottom: list.bottom,
          inner: window.innerHeight,
        };
      });
      expect(fits.scroll).toBe(true);
      expect(fits.map).toBeGreaterThanOrEqual(160);
      expect(fits.listBottom).toBeLessThanOrEqual(fits.inner + 0.5);
    } finally {
      await t.close();
      await other.close();
    }
  });
});

describe('the embed URL', () => {
  it('shows a clear message for an invalid parameter and still draws the map', async () => {
    const t = await launch({ width: 700, height: 600 });
    try {
      await t.page.goto(
        `${baseUrl}index.html?embed&theme=purple&list=maybe&title=Strikes%20in%20Iraq`,
      );
      await waitForIdle(t.page);
      const alert = t.page.locator('[data-testid="param-error"]');
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toContain('Unknown theme "purple"');
      expect(await alert.textContent()).toContain('"maybe"');
      expect(await t.page.locator('h1').textContent()).toBe('Strikes in Iraq');
      expect(await t.page.locator('li[data-event-id]').count()).toBe(events.features.length);
      expect(await t.page.locator('canvas.maplibregl-canvas').count()).toBe(1);
      // Cooperative gestures on, page chrome off.
      expect(await t.page.locator('.maplibregl-cooperative-gesture-screen').count()).toBe(1);
      expect(await t.page.locator('aside.panel').count()).toBe(0);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('applies theme, list, and the initial event', async () => {
    const t = await launch({ width: 700, height: 600, colorScheme: 'light' });
    try {
      const id = incidents()[0]!.properties.id;
      await t.page.goto(
        `${baseUrl}index.html?embed&theme=dark&list=hidden&event=${encodeURIComponent(id)}`,
      );
      await waitForIdle(t.page);
      const entries = await t.page.evaluate(() => history.length);
      expect(await t.page.locator('.app').getAttribute('class')).toMatch(/theme-dark/);
      expect(await t.page.locator('#embed-events').isHidden()).toBe(true);
      expect(
        await t.page.locator('.maplibregl-popup .event-popup').getAttribute('data-popup-event-id'),
      ).toBe(id);
      expect(await t.page.locator('[data-testid="param-error"]').count()).toBe(0);
      // Choosing another event adds no history entry inside an embed.
      await t.page.locator('#embed-events').evaluate((el) => el.removeAttribute('hidden'));
      const other = events.features.find((f) => f.properties.id !== id)!.properties.id;
      await t.page.locator(`li[data-event-id="${other}"] button`).click();
      await expect
        .poll(() =>
          t.page.locator('.maplibregl-popup .event-popup').getAttribute('data-popup-event-id'),
        )
        .toBe(other);
      expect(t.page.url()).toContain(`event=${encodeURIComponent(other)}`);
      expect(await t.page.evaluate(() => history.length)).toBe(entries);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('a whitespace-only data parameter says one thing, and the example is shown', async () => {
    const t = await launch({ width: 700, height: 600 });
    try {
      await t.page.goto(`${baseUrl}index.html?embed&data=%20%20%20`);
      const app = t.page.locator('[data-events]');
      await expect
        .poll(() => app.getAttribute('data-events'), { timeout: 30_000 })
        .not.toBe('loading');
      expect(await app.getAttribute('data-events')).toBe('loaded');
      const messages = t.page.locator('[data-testid="param-error"], [data-testid="data-error"]');
      expect(await messages.allTextContents()).toEqual([
        'The “data” parameter is empty. Showing the example article.',
      ]);
      expect(await t.page.locator('li[data-event-id]').count()).toBe(events.features.length);
    } finally {
      await t.close();
    }
  });

  it('an unknown long event id is quoted cut, with an ellipsis', async () => {
    const t = await launch({ width: 700, height: 600 });
    try {
      await t.page.goto(`${baseUrl}index.html?embed&event=${'x'.repeat(500)}`);
      const error = t.page.locator('[data-testid="data-error"]');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.textContent()).toBe(
        `No event with id “${'x'.repeat(60)}…” in this article.`,
      );
    } finally {
      await t.close();
    }
  });

  it('the full page keeps cooperative gestures off and has no fullscreen button', async () => {
    const t = await launch();
    try {
      await t.page.goto(baseUrl);
      await waitForIdle(t.page);
      expect(await t.page.locator('.maplibregl-cooperative-gesture-screen').count()).toBe(0);
      expect(await t.page.locator('.maplibregl-ctrl-fullscreen').count()).toBe(0);
      expect(await t.page.locator('aside.panel').count()).toBe(1);
    } finally {
      await t.close();
    }
  });
});
