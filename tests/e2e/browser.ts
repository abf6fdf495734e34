// Headless Chromium for the browser tests and the bench: system Chromium,
// software WebGL (SwiftShader), no network beyond 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
  type Request,
} from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../geo/types.ts';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the context made, in order. */
  requests: Request[];
  /** Page errors and console errors. */
  errors: string[];
  close: () => Promise<void>;
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the browser tests need it. Install it with: apt-get install -y chromium`,
    );
  }
}

interface LaunchOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium flags, e.g. ['--disable-webgl', '--disable-3d-apis']. */
  args?: string[];
  /**
   * A Chromium of its own, with its own profile directory: nothing shared, not
   * even the GPU process or its shader cache (the bench's cold starts). About
   * 2 s on this machine, against under 1 s for a new context.
   */
  cold?: boolean;
}

/** The running browsers of this test file, one per set of extra flags. */
const browsers = new Map<string, Promise<Browser>>();

function browserFor(args: readonly string[]): Promise<Browser> {
  const key = args.join(' ');
  let b = browsers.get(key);
  if (!b) {
    b = chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, ...args],
    });
    browsers.set(key, b);
    // A browser that crashed or was closed is launched again by the next session.
    void b
      .then((x) => x.on('disconnected', () => browsers.delete(key)))
      .catch(() => {
        browsers.delete(key);
      });
  }
  return b;
}

/** Closes the browsers `launch` started (after each test file: tests/e2e/setup.ts). */
export async function closeBrowsers(): Promise<void> {
  const all = [...browsers.values()];
  browsers.clear();
  await Promise.all(all.map(async (b) => (await b.catch(() => null))?.close()));
}

/**
 * A fresh browser context with one page: its own storage, cache, cookies and
 * permissions, in the test file's running Chromium (or, `cold`, a Chromium of
 * its own). Tests open one per test, so that a test starts from the page load
 * and never from what another test left (a popup, a zoom, local storage).
 */
export async function launch(options: LaunchOptions = {}): Promise<Session> {
  assertChromium();
  const contextOptions = {
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
  } as const;
  let context: BrowserContext;
  let dispose = async () => {};
  if (options.cold) {
    const dir = mkdtempSync(join(tmpdir(), 'conflict-map-chromium-'));
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      ...contextOptions,
    });
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    context = await (await browserFor(options.args ?? [])).newContext(contextOptions);
  }
  const requests: Request[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      await dispose();
    },
  };
}

type Hooked = Window & { __map?: MapLibreMap; __idleAfter?: boolean };

/** A page or a frame in one (an embedded map): what the helpers below need of it. */
export type Target = Page | Frame;

/** The features in the map's events source, as MapLibre holds them. */
export async function sourceEvents(page: Target): Promise<EventFeature[]> {
  return page.evaluate(async () => {
    const map = (window as Hooked).__map!;
    const src = map.getSource('events') as import('maplibre-gl').GeoJSONSource;
    return ((await src.getData()) as GeoJSON.FeatureCollection).features as never;
  });
}

/** Waits until the events are loaded (or failed) and the map has rendered everything and stopped moving. */
export async function waitForIdle(page: Target, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as Hooked).__map;
      const app = document.querySelector<HTMLElement>('[data-events]');
      const el = document.querySelector('[data-map-state]');
      return (
        !!map &&
        app?.dataset.events !== 'loading' &&
        el?.getAttribute('data-map-state') === 'idle' &&
        map.loaded() &&
        !map.isMoving()
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/**
 * Runs `action`, which must make the map draw (a camera move, a restyle, a
 * selection), and waits for the map's first `idle` event after it began (MapLibre
 * fires one after every frame that leaves nothing to draw), then for
 * `waitForIdle`. Call it on an idle map: a frame already due could fire `idle`
 * before the action's own.
 */
export async function idleAfter(
  page: Target,
  action: () => Promise<unknown>,
  timeout = 30_000,
): Promise<void> {
  await page.evaluate(() => {
    const w = window as Hooked;
    w.__idleAfter = false;
    w.__map!.once('idle', () => (w.__idleAfter = true));
  });
  await action();
  await page.waitForFunction(() => (window as Hooked).__idleAfter === true, undefined, {
    timeout,
    polling: 50,
  });
  await waitForIdle(page, timeout);
}

export async function mapView(page: Target): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as Hooked).__map!;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
}

/** Moves the map without animation and waits until it has drawn the new view. */
export async function jumpTo(page: Target, lng: number, lat: number, zoom: number): Promise<void> {
  await idleAfter(page, () =>
    page.evaluate(
      ([x, y, z]) => (window as Hooked).__map!.jumpTo({ center: [x!, y!], zoom: z! }),
      [lng, lat, zoom],
    ),
  );
}

/** Page coordinates of a longitude/latitude on the map canvas. */
export async function pixelOf(
  page: Target,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as Hooked).__map!;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

export function isLocal(url: string, base: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === new URL(base).origin;
}
