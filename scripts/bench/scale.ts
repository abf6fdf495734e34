// The bench's comparisons with a bare MapLibre page (scripts/bench/bare/, built
// here into dist/bench/, with synthetic events files beside it). Every case is a
// fresh profile; the cases run interleaved, round after round, so that the
// machine's drift hits them alike, and each is reported as a ratio to its reference.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { waitForIdle } from '../../tests/e2e/browser.ts';
import { manyEvents } from '../../tests/e2e/many-events.ts';
import { buildEventTiles } from '../tiles/build.ts';
import { firstView } from './first-view.ts';
import { median } from './median.ts';
import { launchSettled } from './settled.ts';

/** The build the bench serves: dist/, or BENCH_DIST (a copy of another build). */
export const DIST = process.env.BENCH_DIST ?? 'dist';
/** Where the bench writes its own pages and files: dist/bench/ (rebuilt by every bench run). */
export const BENCH_DIR = `${DIST}/bench`;
/** The synthetic events' extent (tests/e2e/many-events.ts), over the Middle East. */
export const BOX: [number, number, number, number] = [30, 20, 60, 42];

/** Builds the bare page into dist/bench/ and writes the synthetic events files (GeoJSON, PMTiles) there. */
export async function prepareBench(sizes: readonly number[]): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('./bare/', import.meta.url)),
    base: './',
    build: {
      outDir: resolve(BENCH_DIR),
      emptyOutDir: true,
      target: 'es2022',
    },
    worker: { format: 'es' },
  });
  mkdirSync(BENCH_DIR, { recursive: true });
  for (const n of sizes) {
    const events = manyEvents(n, BOX);
    writeFileSync(`${BENCH_DIR}/events-${n}.geojson`, JSON.stringify(events));
    // The same events as vector tiles, as `npm run tiles` builds them.
    writeFileSync(`${BENCH_DIR}/events-${n}.pmtiles`, buildEventTiles(events).archive);
  }
}

// Run in the page as a string: tsx's keepNames would wrap named functions in a
// `__name` helper the page does not have. Pans every frame for 3 s and returns
// the frame-to-frame times.
const PAN_FOR_3S = `new Promise((done) => {
  const map = window.__map;
  const deltas = [];
  let last = performance.now();
  const end = last + 3000;
  const tick = (now) => {
    deltas.push(now - last);
    last = now;
    map.panBy([12, 4], { duration: 0 });
    if (now < end) requestAnimationFrame(tick);
    else done(deltas.slice(1));
  };
  requestAnimationFrame(tick);
})`;

const CAMERA = `(() => { const m = window.__map; const c = m.getCenter(); return [m.getZoom(), c.lat, c.lng].join('/'); })()`;

/** The camera of `url`'s first view, `zoom/lat/lng` (for the bare page's `at`): one run. */
export async function cameraOf(url: string): Promise<string> {
  const s = await launchSettled({ width: 1280, height: 800 });
  try {
    await s.page.goto(url);
    await waitForIdle(s.page, 180_000);
    return (await s.page.evaluate(CAMERA)) as string;
  } finally {
    await s.close();
  }
}

export interface Case {
  name: string;
  /** Relative to the server's root. */
  path: string;
  /** The server's root, when not the bench's (BENCH_BEFORE). */
  root?: string;
}

/**
 * Time to idle (navigation → the map idle with its data, wall clock) and the
 * mean frame while panning for 3 s, of each case, `rounds` interleaved rounds;
 * medians and ratios to `cases[0]`.
 */
export async function scaleRuns(root: string, cases: readonly Case[], rounds: number) {
  const idle = cases.map(() => [] as number[]);
  const frame = cases.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cases.entries()) {
      const s = await launchSettled({ width: 1280, height: 800 });
      const t0 = performance.now();
      await s.page.goto((c.root ?? root) + c.path);
      await waitForIdle(s.page, 180_000);
      idle[i]!.push(performance.now() - t0);
      const frames = (await s.page.evaluate(PAN_FOR_3S)) as number[];
      frame[i]!.push(frames.reduce((a, b) => a + b, 0) / frames.length);
      if (s.errors.length) console.warn(`  ${c.name}: page errors:`, s.errors);
      await s.close();
    }
    process.stdout.write(`  round ${r + 1}/${rounds}\r`);
  }
  console.log(
    `\nscale, ${rounds} interleaved fresh-profile rounds, 1280×800 (ratios to ${cases[0]!.name}):`,
  );
  const i0 = median(idle[0]!);
  const f0 = median(frame[0]!);
  for (const [i, c] of cases.entries()) {
    const mi = median(idle[i]!);
    const mf = median(frame[i]!);
    console.log(
      `  ${c.name.padEnd(34)} idle ${mi.toFixed(0).padStart(6)} ms (${(mi / i0).toFixed(2)}×, ` +
        `${Math.min(...idle[i]!).toFixed(0)}–${Math.max(...idle[i]!).toFixed(0)})  ` +
        `pan frame ${mf.toFixed(1).padStart(5)} ms (${(mf / f0).toFixed(2)}×)`,
    );
  }
}

/**
 * The first view of the map page against the bare page with the example's
 * events, `pairs` interleaved pairs (which goes first alternates): the medians
 * of `map-idle` and `map-shown`, and their ratios.
 */
export async function firstViewPairs(root: string, pairs: number, before?: string): Promise<void> {
  // The bare page opens at the map page's own fitted camera: the same tiles to draw.
  const at = await cameraOf(root);
  const pages = [
    { name: 'map page', url: root },
    { name: 'bare MapLibre page', url: root + `bench/index.html?at=${at}` },
    // BENCH_BEFORE: the map page of another build, in the same rounds.
    ...(before ? [{ name: 'map page, BENCH_BEFORE', url: before }] : []),
  ];
  const idle = pages.map(() => [] as number[]);
  const shown = pages.map(() => [] as number[]);
  for (let r = 0; r < pairs; r++) {
    const order = pages.map((_, k) => k);
    for (const k of r % 2 ? order.reverse() : order) {
      const s = await launchSettled({ width: 1280, height: 800 });
      const t = await firstView(s.page, pages[k]!.url);
      if (s.errors.length) console.warn(`  ${pages[k]!.name}: page errors:`, s.errors);
      await s.close();
      if (t.idle !== null) idle[k]!.push(t.idle);
      shown[k]!.push(t.shown);
    }
    process.stdout.write(`  pair ${r + 1}/${pairs}\r`);
  }
  console.log(`\nfirst view of the example, ${pairs} interleaved pairs, 1280×800, at ${at}:`);
  for (const [k, p] of pages.entries()) {
    console.log(
      `  ${p.name.padEnd(20)} map idle median ${median(idle[k]!).toFixed(0)} ms ` +
        `(${Math.min(...idle[k]!).toFixed(0)}–${Math.max(...idle[k]!).toFixed(0)}), on screen ${median(shown[k]!).toFixed(0)} ms`,
    );
  }
  console.log(
    `  ratio map page / bare: idle ${(median(idle[0]!) / median(idle[1]!)).toFixed(2)}×, on screen ${(median(shown[0]!) / median(shown[1]!)).toFixed(2)}×`,
  );
  if (before)
    console.log(
      `  ratio BENCH_BEFORE / bare: idle ${(median(idle[2]!) / median(idle[1]!)).toFixed(2)}×, on screen ${(median(shown[2]!) / median(shown[1]!)).toFixed(2)}×`,
    );
}
