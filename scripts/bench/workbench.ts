// The workbench part of `npm run bench`: the gazetteer's transfer size (the
// build-time gzip file), its load time in the browser
// worker (fetch + decode), the time from "Map it" to the events drawn for a
// pasted article, and the geoparse time of a 200,000-character article (goal
// < 2 s) in the worker and in Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import { geoparse } from '../../geo/geoparse.ts';
import { waitForIdle, type Session } from '../../tests/e2e/browser.ts';
import { launchSettled } from './settled.ts';
import { median } from './median.ts';

const ARTICLE = 'geo/articles/ukraine-strikes-2024/article.txt';
const LONG_CHARS = 200_000;

const mib = (n: number) => `${(n / 2 ** 20).toFixed(2)} MiB`;

/** Every golden article, repeated up to `chars` characters (paragraph breaks between). */
export function longArticle(chars: number): string {
  const texts = readdirSync('geo/articles')
    .sort()
    .map((d) => readFileSync(join('geo/articles', d, 'article.txt'), 'utf8').trim());
  let out = '';
  for (let i = 0; out.length < chars; i++) out += texts[i % texts.length]! + '\n\n';
  return out.slice(0, chars);
}

// Strings, not functions: tsx would wrap functions in a `__name` helper the page lacks.
const GAZETTEER_READY = `document.querySelector('[data-gazetteer]')?.dataset.gazetteer === 'ready'`;
const STATS = `window.__workbench.gazetteer`;
const MAPPED = `typeof window.__workbench.mapMs === 'number'`;
const RESULT = `({ mapMs: window.__workbench.mapMs, geoparseMs: window.__workbench.geoparseMs,
  events: document.querySelectorAll('li[data-event-id]').length })`;

interface Mapped {
  mapMs: number;
  geoparseMs: number;
  events: number;
}

async function mapText(s: Session, text: string): Promise<Mapped> {
  await s.page.evaluate(`delete window.__workbench.mapMs`);
  const box = s.page.getByLabel('Article text', { exact: true });
  if (text.length < 50_000) await box.fill(text);
  // Long texts: set at once (typing-like fill of 200,000 characters takes tens of seconds).
  else
    await box.evaluate((el, t) => {
      (el as HTMLTextAreaElement).value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  await s.page.getByRole('button', { name: 'Map it' }).click();
  await s.page.waitForFunction(MAPPED, undefined, { timeout: 120_000, polling: 50 });
  return (await s.page.evaluate(RESULT)) as Mapped;
}

export async function benchWorkbench(baseUrl: string, runs: number): Promise<void> {
  const url = new URL('workbench.html', baseUrl).href;
  const gz = readFileSync('dist/generated/gazetteer/gazetteer.json.gz');
  const raw = gunzipSync(gz);
  console.log('\nworkbench (workbench.html): gazetteer, worker, time to map');
  console.log(
    `  gazetteer transfer: ${mib(gz.length)} (gazetteer.json.gz, gzipped at build time; ${mib(raw.length)} of JSON once inflated; goal ≤ 4 MB gzip)`,
  );

  const load: number[] = [];
  const fetchMs: number[] = [];
  const parseMs: number[] = [];
  const toMap: number[] = [];
  const article = readFileSync(ARTICLE, 'utf8');
  let served: { bytes: number; encoding: string | null } | null = null;
  for (let run = 0; run < runs; run++) {
    const s = await launchSettled({ width: 1280, height: 800 });
    if (run === 0) {
      s.page.on('response', (r) => {
        if (!r.url().includes('/generated/gazetteer/')) return;
        // Headers only: the inspector does not keep a 12 MB body.
        const h = r.headers();
        served = {
          bytes: Number(h['content-length'] ?? NaN),
          encoding: h['content-encoding'] ?? null,
        };
      });
    }
    await s.page.goto(url);
    await waitForIdle(s.page, 60_000);
    await s.page.waitForFunction(GAZETTEER_READY, undefined, { timeout: 120_000, polling: 50 });
    const st = (await s.page.evaluate(STATS)) as { fetchMs: number; parseMs: number };
    fetchMs.push(st.fetchMs);
    parseMs.push(st.parseMs);
    load.push(st.fetchMs + st.parseMs);
    const m = await mapText(s, article);
    toMap.push(m.mapMs);
    if (s.errors.length) console.warn(`  run ${run + 1}: page errors:`, s.errors);
    process.stdout.write(
      `  run ${run + 1}/${runs}: gazetteer in worker ${st.fetchMs} ms fetch + ${st.parseMs} ms decode; "Map it" → events drawn ${m.mapMs} ms (${m.events} events; geoparse ${m.geoparseMs} ms)\n`,
    );
    await s.close();
  }
  const sv = served as { bytes: number; encoding: string | null } | null;
  if (sv)
    console.log(
      `  as served by vite preview: Content-Length ${Number.isFinite(sv.bytes) ? mib(sv.bytes) : 'absent'}, content-encoding ${sv.encoding ?? 'none'}`,
    );
  console.log(
    `  gazetteer load in the worker (fetch + decode), median of ${runs} fresh profiles: ${median(load).toFixed(0)} ms (fetch ${median(fetchMs).toFixed(0)}, decode ${median(parseMs).toFixed(0)}; goal ≤ 1 s)`,
  );
  console.log(
    `  "Map it" → events drawn (map idle), ${ARTICLE} (${article.length} chars), median: ${median(toMap).toFixed(0)} ms`,
  );

  // 200,000 characters: in the worker (one page, three runs) and in Node.
  const long = longArticle(LONG_CHARS);
  const s = await launchSettled({ width: 1280, height: 800 });
  await s.page.goto(url);
  await s.page.waitForFunction(GAZETTEER_READY, undefined, { timeout: 120_000, polling: 50 });
  const worker: Mapped[] = [];
  // Crafted markup that made the old regular-expression masking quadratic (issue 12),
  // interleaved with the plain text so both see the same machine.
  const crafted = ('<p>Strike in Baghdad.</p>' + '<!--'.repeat(LONG_CHARS)).slice(0, LONG_CHARS);
  const hostile: Mapped[] = [];
  for (let i = 0; i < 3; i++) {
    worker.push(await mapText(s, long));
    hostile.push(await mapText(s, crafted));
  }
  if (s.errors.length) console.warn('  page errors:', s.errors);
  await s.close();
  const g = loadGazetteerFromDisk('dist/generated/gazetteer');
  const node: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    geoparse(long, g);
    node.push(performance.now() - t0);
  }
  console.log(
    `  ${LONG_CHARS.toLocaleString('en')} characters (the golden articles repeated): geoparse in the worker ${worker.map((w) => w.geoparseMs).join(' / ')} ms, "Map it" → drawn ${worker.map((w) => w.mapMs).join(' / ')} ms (${worker[0]!.events} events); in Node ${node.map((n) => n.toFixed(0)).join(' / ')} ms (goal < 2000 ms)`,
  );
  const ratio = median(hostile.map((h) => h.mapMs)) / median(worker.map((w) => w.mapMs));
  console.log(
    `  ${LONG_CHARS.toLocaleString('en')} characters of unclosed "<!--" markup: "Map it" → drawn ${hostile.map((h) => h.mapMs).join(' / ')} ms (goal < 1000 ms), ${ratio.toFixed(2)}× the plain text's`,
  );
}
