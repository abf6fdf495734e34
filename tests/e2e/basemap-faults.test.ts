// The map page when the basemap fails: its archive's header stalls (no answer), its
// tile ranges stall in MapLibre's worker (headers, a few bytes, then nothing), or
// the server answers 500. The stall detector (src/map/basemap-source.ts, timeout
// shortened with ?test-stall-ms=) ends each stalled range; the event markers and
// the list are shown all the same, and the message area says so once, politely.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';
import { LAYER_IDS } from '../../src/map/event-layers.ts';
import { launch, waitForIdle, type Session } from './browser.ts';
import { stallingPreview } from './server.ts';

const EVENTS = JSON.parse(
  readFileSync('dist/generated/example.geojson', 'utf8'),
) as EventCollection;
const INCIDENTS = EVENTS.features
  .filter((f) => f.properties.kind !== 'mention')
  .map((f) => f.properties.id)
  .sort();

let s: Session | undefined;
const server = stallingPreview();
afterEach(async () => {
  await s?.close();
  s = undefined;
  await server.close();
});

/**
 * How generated/basemap.pmtiles is served: `header`, no request is ever answered;
 * `tiles`, the header's range (from byte 0) is, the others send their headers and
 * 100 bytes, then nothing; `http`, every request gets 500.
 */
type Fault = 'header' | 'tiles' | 'http';

function serve(fault: Fault): Promise<string> {
  return server.start((req, res, next) => {
    if (!req.url?.includes('/generated/basemap.pmtiles')) return next();
    const range = req.headers.range ?? '';
    if (fault === 'http') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('broken');
    } else if (fault === 'header') {
      server.hang(res);
    } else if (range.startsWith('bytes=0-')) {
      next();
    } else {
      const [, from, to] = /^bytes=(\d+)-(\d+)$/.exec(range) ?? [, '0', '0'];
      const length = +to! - +from! + 1;
      res.writeHead(206, {
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${from}-${to}/*`,
        'content-length': length,
      });
      res.write(Buffer.alloc(Math.min(100, length - 1)));
      server.hang(res);
    }
  });
}

/** Opens the map page with the basemap failing as `fault`; resolves when the map is idle. */
async function open(fault: Fault): Promise<Session> {
  const url = await serve(fault);
  s = await launch();
  await s.page.goto(`${url}?test-stall-ms=1500`);
  // Idle: every basemap request has ended (a stalled one after 1.5 s), none hangs.
  await waitForIdle(s.page, 45_000);
  return s;
}

/** The ids of the events drawn as markers (every strike and attack is in the first view). */
async function drawnMarkers(session: Session): Promise<string[]> {
  const ids = await session.page.evaluate((layer) => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
  }, LAYER_IDS.markers);
  return [...new Set(ids)].sort();
}

/** The events are all there: every marker drawn, every event listed, the events' state loaded. */
async function expectEventsShown(session: Session): Promise<void> {
  expect(await drawnMarkers(session)).toEqual(INCIDENTS);
  expect(await session.page.locator('li[data-event-id]').count()).toBe(EVENTS.features.length);
  expect(await session.page.locator('[data-events]').getAttribute('data-events')).toBe('loaded');
  expect(session.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
}

/** The one basemap message, in the polite live region of the message area. */
async function basemapMessage(session: Session): Promise<string> {
  const region = session.page.getByTestId('basemap-status');
  expect(await region.getAttribute('aria-live')).toBe('polite');
  const message = region.getByTestId('basemap-error');
  await message.waitFor({ timeout: 10_000 });
  expect(await session.page.getByTestId('basemap-error').count()).toBe(1);
  // Not an alert: the events are there, the basemap is a backdrop.
  expect(await session.page.locator('[role="alert"]').count()).toBe(0);
  return (await message.textContent())!;
}

describe('a basemap that cannot be loaded', () => {
  it('header stalls: the markers and the list are shown, and the message says once why', async () => {
    const session = await open('header');
    expect(await basemapMessage(session)).toBe(
      'The basemap could not be loaded: the download of the basemap stalled (no data for 1.5 s). The events are shown without it.',
    );
    await expectEventsShown(session);
  });

  it('tile ranges stall in the worker: the markers show, one message for all the tiles', async () => {
    const session = await open('tiles');
    expect(await basemapMessage(session)).toBe(
      'Part of the basemap could not be loaded: the download of the basemap stalled (no data for 1.5 s). The events are all shown.',
    );
    await expectEventsShown(session);
    // Many tiles failed (each of the first view's), and there is still one message.
    const stalled = session.requests.filter(
      (r) => r.url().includes('/basemap.pmtiles') && !r.headers()['range']?.startsWith('bytes=0-'),
    );
    expect(stalled.length).toBeGreaterThan(1);
    expect(await session.page.getByTestId('basemap-error').count()).toBe(1);
  });

  it('HTTP 500: the markers and the list are shown, and the message names the status', async () => {
    const session = await open('http');
    expect(await basemapMessage(session)).toBe(
      'The basemap could not be loaded: the download of the basemap failed (HTTP 500 Internal Server Error). The events are shown without it.',
    );
    await expectEventsShown(session);
  });
});

describe('the workbench with a basemap that cannot be loaded', () => {
  it('HTTP 500: the article is still mapped, and the map says once why', async () => {
    const url = await serve('http');
    s = await launch();
    await s.page.goto(new URL('workbench.html', url).href);
    await s.page.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
    expect(await basemapMessage(s)).toBe(
      'The basemap could not be loaded: the download of the basemap failed (HTTP 500 Internal Server Error). The events are shown without it.',
    );
    await s.page
      .getByLabel('Article text', { exact: true })
      .fill('Strikes in Iraq\n\nA US drone strike in Baghdad killed a militia commander.');
    await s.page.getByRole('button', { name: 'Map it' }).click();
    await s.page.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
    expect(await s.page.getByTestId('basemap-error').count()).toBe(1);
  });
});
