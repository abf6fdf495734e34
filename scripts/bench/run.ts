// `npm run bench` (builds first): serves dist/, opens the page in headless
// Chromium (software WebGL) and reports time to a settled map, the bytes of the
// first view by part, the bundle sizes and the page's memory.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { CHROMIUM, waitForIdle } from '../../tests/e2e/browser.ts';
import { launchSettled } from './settled.ts';
import { startPreview } from '../../tests/e2e/server.ts';
import { manyEvents } from '../../tests/e2e/many-events.ts';
import { firstView } from './first-view.ts';
import { benchWorkbench } from './workbench.ts';
import { median } from './median.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

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

const server = await startPreview();
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

for (let run = 0; run < RUNS; run++) {
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
for (const f of readdirSync('dist/assets')
  .filter((f) => /\.(m?js|css)$/.test(f))
  .sort()) {
  const buf = readFileSync(join('dist/assets', f));
  console.log(
    `  ${f.padEnd(40)} ${kb(statSync(join('dist/assets', f)).size).padStart(12)} ${kb(gzipSync(buf, { level: 9 }).length).padStart(12)} gzip`,
  );
}

if (memory) {
  console.log(
    `\npage memory after idle (CDP Performance.getMetrics, after GC): JS heap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB of ${(memory.heapTotal / 2 ** 20).toFixed(1)} MiB; ${memory.nodes} DOM nodes`,
  );
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

// Scale: synthetic events (tests/e2e/many-events.ts) served in place of the
// example's, spread over the Middle East. Time to idle, then the mean and 95th
// percentile frame time while the map pans continuously for 3 s.
console.log('\nscale: synthetic events, 1280×800 (one run each)');
for (const n of [0, 10_000, 100_000]) {
  // n = 0: the example article's own events, as the baseline for frame times.
  const s = await launchSettled({ width: 1280, height: 800 });
  if (n > 0) {
    const body = JSON.stringify(manyEvents(n, [30, 20, 60, 42]));
    await s.page.route('**/generated/example.geojson', (route) =>
      route.fulfill({ body, contentType: 'application/geo+json' }),
    );
  }
  const t0 = performance.now();
  await s.page.goto(server.url);
  await waitForIdle(s.page, 180_000);
  const toIdle = performance.now() - t0;
  const frames = (await s.page.evaluate(PAN_FOR_3S)) as number[];
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  const p95 = [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)] ?? NaN;
  console.log(
    `  ${(n ? `${n} events` : 'example').padStart(13)}: navigation → idle ${toIdle.toFixed(0)} ms (wall); panning: mean frame ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${frames.length} frames`,
  );
  if (s.errors.length) console.warn(`  page errors:`, s.errors);
  await s.close();
}

await benchWorkbench(server.url, Math.min(RUNS, 5));

await server.close();
