// The embedding tests' host side: the strict Content-Security-Policy the build
// is served with (server.ts `startPreview(headers)`), and a "host" page on
// another local origin (another port) that embeds the map.
import { createServer as createHttpServer, type Server } from 'node:http';
import { freePort, type Served } from './server.ts';

/** The policy the app must work under (README, "Embed the map"). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

/** A file served by startHostPage besides the page. */
export interface HostFile {
  type: string;
  body: string;
}

/**
 * Serves `html` at / (and `files` at their paths, 404 elsewhere; the query is
 * ignored) on 127.0.0.1 and a free port.
 */
export async function startHostPage(
  html: string,
  files: Record<string, HostFile> = {},
): Promise<Served> {
  const server: Server = createHttpServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file =
      path === '/' || path === '/index.html'
        ? { type: 'text/html; charset=utf-8', body: html }
        : files[path];
    if (file) {
      res.writeHead(200, { 'content-type': file.type });
      res.end(file.body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A host article page: some text, the embed code, a long text after it (so a
 * plain wheel over the map has somewhere to scroll), and a recorder of every
 * message the page receives in `window.received`.
 */
export function hostPageHtml(embedCode: string): string {
  const para =
    '<p>Host article text. A reader scrolls past the map while reading; the map must not trap the wheel.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
<body style="margin:0;font:16px sans-serif">
<script>
  window.received = [];
  window.addEventListener('message', function (e) {
    window.received.push({ origin: e.origin, data: e.data });
  });
</script>
<main style="max-width:720px;margin:0 auto;padding:8px">
<h1>Host article</h1>
${embedCode}
${para.repeat(60)}
</main>
</body>
</html>`;
}

/**
 * A stand-in for a map page (no map): posts a height message with the `h` of
 * its URL, tagged with its `name`, on load and on each `getHeight` request.
 */
export const FAKE_MAP_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Fake map</title></head>
<body>
<script>
  var q = new URLSearchParams(location.search);
  function post() {
    parent.postMessage({ source: 'conflict-map', type: 'height', height: Number(q.get('h')), name: q.get('name') }, '*');
  }
  post();
  window.addEventListener('message', function (e) {
    if (e.data && e.data.type === 'getHeight') post();
  });
</script>
</body>
</html>`;
