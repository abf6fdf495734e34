// `npm run bench` (builds first): serves dist/, opens the page in headless
// Chromium (software WebGL) and reports time to a settled map, the bytes of the
// first view by part, the bundle sizes and the page's memory.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/browser.ts';
import { launchSettled } from './settled.ts';
import { startPreview } from '../../tests/e2e/server.ts';
import { firstView } from './first-view.ts';
import { benchWorkbench } from './workbench.ts';
import { median } from './median.ts';
import {
  BENCH_DIR,
  DIST,
  cameraOf,
  firstViewPairs,
  prepareBench,
  scaleRuns,
  type Case,
} from './scale.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE_ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 30);
/**
 * The parts to run: `BENCH_ONLY=scale,first-view` (comma-separated) runs only
 * those of page (fresh-profile first views, bytes, bundles, memory), scale,
 * first-view (against the bare page) and workbench; unset, all of them.
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const part = (name: string) => !ONLY || ONLY.includes(name);

/** The scale cases: the basemap alone first (the reference of the ratios). */
function scaleCases(at: string): Case[] {
  return [
    { name: 'basemap alone (bare page)', path: `bench/index.html?events=none&at=${at}` },
    { name: 'map page, 10,000 events', path: `?data=bench/events-10000.geojson` },
    ...(before
      ? [
          {
            name: 'BENCH_BEFORE page, 100,000 events',
            path: `?data=bench/events-100000.geojson`,
            root: before.url,
          },
        ]
      : []),
    { name: 'map page, 100,000 events', path: `?data=bench/events-100000.geojson` },
    // The floor of a plain file: MapLibre's worker fetches and parses it, no page around it.
    {
      name: 'bare page, 100,000 events file',
      path: `bench/index.html?events=bench/events-100000.geojson&at=${at}`,
    },
    { name: 'map page, 100,000 events as tiles', path: `?tiles=bench/events-100000.pmtiles` },
    {
      name: 'bare page, 100,000 events as tiles',
      path: `bench/index.html?events=bench/events-100000.pmtiles&at=${at}`,
    },
  ];
}

type Part = 'basemap' | 'maplibre' | 'app' | 'data' | 'other';

function partOf(url: string): Part {
  const path = new URL(url).pathname;
  if (path.endsWith('.pmtiles') || path.includes('/generated/fonts/')) return 'basemap';
  if (path.endsWith('.geojson') || path.includes('/generated/')) return 'data';
  // MapLibre and its worker (map.worker bundles it with the tile protocol).
  if (/\/assets\/(maplibre|map\.worker)/.test(path)) return 'maplibre';
  if (path.includes('/assets/') || path.endsWith('/') || path.endsWith('.html')) return 'app';
  return 'other';
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

if (part('scale') || part('first-view')) await prepareBench([10_000, 100_000]);
const server = await startPreview(undefined, DIST);
/**
 * BENCH_BEFORE=DIR: another build (a copy of dist/), served beside this one and
 * run in the same interleaved rounds (scale: its page with 100,000 events;
 * first view: its map page), its bench files linked from this build's.
 */
const BEFORE = process.env.BENCH_BEFORE;
let before: Awaited<ReturnType<typeof startPreview>> | null = null;
if (BEFORE) {
  rmSync(`${BEFORE}/bench`, { recursive: true, force: true });
  symlinkSync(resolve(BENCH_DIR), `${BEFORE}/bench`);
  before = await startPreview(undefined, BEFORE);
}
const chromiumVersion = (() => {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
})();

console.log('Conflict map — first-view benchmark');
console.log(
  `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; node ${process.version}; ${chromiumVersion}; WebGL via SwiftShader (CPU)`,
);
console.log(
  `server: vite preview ${server.url} (dist/, gzip copies sent as built); each run navigates once the new browser is idle\n`,
);

const idle: number[] = [];
const shown: number[] = [];
const wall: number[] = [];
let bytes: Record<Part, { raw: number; gzip: number; n: number }> | null = null;
let memory: { heapUsed: number; heapTotal: number; nodes: number } | null = null;

for (let run = 0; run < (part('page') ? RUNS : 0); run++) {
  const s = await launchSettled({ width: 1280, height: 800 });
  const bodies: Promise<void>[] = [];
  const tally: Record<Part, { raw: number; gzip: number; n: number }> = {
    basemap: { raw: 0, gzip: 0, n: 0 },
    maplibre: { raw: 0, gzip: 0, n: 0 },
    app: { raw: 0, gzip: 0, n: 0 },
    data: { raw: 0, gzip: 0, n: 0 },
    other: { raw: 0, gzip: 0, n: 0 },
  };
  if (run === 0) {
    s.context.on('response', (r: Response) => {
      bodies.push(
        r
          .body()
          .then((b) => {
            const t = tally[partOf(r.url())];
            t.raw += b.length;
            t.gzip += gzipSync(b, { level: 9 }).length;
            t.n += 1;
          })
          .catch(() => undefined),
      );
    });
  }
  const t0 = performance.now();
  const { idle: mark, shown: seen } = await firstView(s.page, server.url);
  wall.push(performance.now() - t0);
  if (mark !== null) idle.push(mark);
  shown.push(seen);
  if (s.errors.length) console.warn(`run ${run + 1}: page errors:`, s.errors);
  if (run === 0) {
    await Promise.all(bodies);
    bytes = tally;
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    memory = {
      heapUsed: get('JSHeapUsedSize'),
      heapTotal: get('JSHeapTotalSize'),
      nodes: get('Nodes'),
    };
  }
  await s.close();
  process.stdout.write(
    `run ${run + 1}/${RUNS}: navigation → map idle ${mark?.toFixed(0) ?? '?'} ms, on screen ${seen.toFixed(0)} ms (wall ${wall.at(-1)!.toFixed(0)} ms)\n`,
  );
}

if (part('page')) {
  console.log(
    `\nnavigation → map idle (events drawn, tiles loaded), median of ${idle.length} fresh-profile runs: ${median(idle).toFixed(0)} ms`,
  );
  console.log(
    `  (min ${Math.min(...idle).toFixed(0)}, max ${Math.max(...idle).toFixed(0)}; wall clock incl. polling: median ${median(wall).toFixed(0)} ms)`,
  );
  console.log(
    `navigation → settled map on screen (the frame after idle), median: ${median(shown).toFixed(0)} ms (min ${Math.min(...shown).toFixed(0)}, max ${Math.max(...shown).toFixed(0)})`,
  );

  if (bytes) {
    console.log('\nfirst view, bytes transferred (response bodies; gzip = zlib -9 of each body):');
    let raw = 0;
    let gz = 0;
    for (const [part, t] of Object.entries(bytes)) {
      if (t.n === 0) continue;
      raw += t.raw;
      gz += t.gzip;
      const label = {
        basemap: 'basemap (pmtiles + fonts)',
        maplibre: 'MapLibre JS/CSS/worker',
        app: 'app HTML/JS/CSS',
        data: 'data (events)',
        other: 'other',
      }[part as Part];
      console.log(
        `  ${label.padEnd(28)} ${kb(t.raw).padStart(12)} raw ${kb(t.gzip).padStart(12)} gzip  (${t.n} responses)`,
      );
    }
    console.log(`  ${'total'.padEnd(28)} ${kb(raw).padStart(12)} raw ${kb(gz).padStart(12)} gzip`);
  }

  console.log('\nJS/CSS bundles in dist/assets:');
  for (const f of readdirSync(`${DIST}/assets`)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .sort()) {
    const buf = readFileSync(join(`${DIST}/assets`, f));
    console.log(
      `  ${f.padEnd(40)} ${kb(statSync(join(`${DIST}/assets`, f)).size).padStart(12)} ${kb(gzipSync(buf, { level: 9 }).length).padStart(12)} gzip`,
    );
  }

  if (memory) {
    console.log(
      `\npage memory after idle (CDP Performance.getMetrics, after GC): JS heap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB of ${(memory.heapTotal / 2 ** 20).toFixed(1)} MiB; ${memory.nodes} DOM nodes`,
    );
  }
}

// Scale: synthetic events (tests/e2e/many-events.ts) in files beside the bare
// page, against the basemap alone at their extent; interleaved rounds.
if (part('scale')) {
  // The basemap alone at the camera the map page fits the synthetic events to.
  const at = await cameraOf(server.url + '?data=bench/events-10000.geojson');
  // BENCH_SCALE_CASES=basemap,tiles: only the cases whose name has one of these words.
  const only = process.env.BENCH_SCALE_CASES?.split(',');
  const cases = scaleCases(at).filter(
    (c, i) => i === 0 || !only || only.some((w) => c.name.includes(w)),
  );
  await scaleRuns(server.url, cases, SCALE_ROUNDS);
}

// The example's first view against the bare MapLibre page, interleaved pairs.
if (part('first-view')) await firstViewPairs(server.url, PAIRS, before?.url);

if (part('workbench')) await benchWorkbench(server.url, Math.min(RUNS, 5));

await server.close();
await before?.close();
