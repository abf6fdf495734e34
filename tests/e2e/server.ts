// Vite's preview server on 127.0.0.1 and a free port, serving dist/ (or another build).
// Shared by the browser tests and scripts/bench/run.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** A request handler run before the static files: it answers, or calls `next()`. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * dist/ (or `dir`) on 127.0.0.1 and a free port, every response with `headers`
 * (if any); `middleware` first, when given (a test's misbehaving route).
 */
export async function startPreview(
  headers?: Record<string, string>,
  dir?: string,
  middleware?: Middleware,
): Promise<Served> {
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    ...(dir && { build: { outDir: dir } }),
    ...(middleware && {
      plugins: [
        {
          name: 'test-middleware',
          configurePreviewServer: (s: PreviewServer) => void s.middlewares.use(middleware),
        },
      ],
    }),
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      open: false,
      ...(headers && { headers }),
    },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * A preview whose `middleware` may leave responses open (a stalled download): it
 * passes each to `hang`, and `close` ends them before the server, so a test's
 * teardown never waits on a stalled socket.
 */
export function stallingPreview() {
  const hanging: ServerResponse[] = [];
  let served: Served | undefined;
  return {
    hang: (res: ServerResponse) => void hanging.push(res),
    start: async (middleware: Middleware): Promise<string> => {
      served = await startPreview(undefined, undefined, middleware);
      return served.url;
    },
    close: async () => {
      for (const res of hanging.splice(0)) res.destroy();
      await served?.close();
      served = undefined;
    },
  };
}
