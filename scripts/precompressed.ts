// A Vite plugin: `vite build` writes a gzip copy next to every text file of dist/
// (`main-abc.js.gz` beside `main-abc.js`), and `vite preview` sends those copies
// as they are, the way a production static host does (nginx `gzip_static on`,
// Caddy `precompressed gzip`). Without it the preview server gzips each response
// again on every request: about 70 ms of CPU for the first view, on the same two
// cores that the browser needs to draw it.
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** The text types worth compressing, with the Content-Type the preview sends for them. */
const TYPES: Record<string, string> = {
  '.html': 'text/html;charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain;charset=utf-8',
};
const MIN_BYTES = 1024; // smaller files gain nothing from compression

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Writes `file.gz` (zlib level 9) for every compressible file of `dir`; returns how many. */
export function precompress(dir: string): number {
  let n = 0;
  for (const file of filesUnder(dir)) {
    if (!(extname(file) in TYPES) || statSync(file).size < MIN_BYTES) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    n++;
  }
  return n;
}

export function precompressed(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompressed',
    configResolved(c) {
      config = c;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (config.command !== 'build') return;
        const n = precompress(resolve(config.root, config.build.outDir));
        config.logger.info(`precompressed: ${n} files gzipped next to their originals`);
      },
    },
    configurePreviewServer(server) {
      const root = resolve(config.root, config.build.outDir);
      const extra = config.preview.headers ?? {};
      // Added here, the handler runs before Vite's own compression and static files.
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return next();
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        if (path.endsWith('/')) path += 'index.html';
        const file = resolve(root, '.' + path);
        const type = TYPES[extname(file)];
        if (!type || relative(root, file).startsWith('..')) return next();
        let size: number;
        let mtime: Date;
        try {
          ({ size, mtime } = statSync(`${file}.gz`));
        } catch {
          return next(); // no copy: Vite serves (and compresses) the file itself
        }
        const etag = `W/"${size}-${mtime.getTime()}"`;
        for (const [name, value] of Object.entries(extra)) res.setHeader(name, value as string);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('ETag', etag);
        res.setHeader('Last-Modified', mtime.toUTCString());
        if (req.headers['if-none-match'] === etag) {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.setHeader('Content-Length', size);
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}
