// src/lib/fetch-timeout.ts: every download has a total timeout and a stall
// detector (no bytes for a while: abort), with messages that name the download.
import { describe, expect, it } from 'vitest';
import { download, DownloadError, STALL_MS } from '../../src/lib/fetch-timeout.ts';

/** A fetch whose body sends `chunks` then, unless `end`, nothing more (a stalled download). */
function serving(chunks: Uint8Array[], end: boolean, init: ResponseInit = {}) {
  let cancelled: unknown = null;
  const impl = (async (_url: string, opts?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const x of chunks) c.enqueue(x);
        if (end) c.close();
      },
      cancel(why) {
        cancelled = why;
      },
    });
    void opts;
    return new Response(body, init);
  }) as unknown as typeof fetch;
  return { impl, cancelled: () => cancelled };
}

const kb = (n: number) => new Uint8Array(n * 1024).fill(65);

describe('download', () => {
  it('reads the whole body and reports progress', async () => {
    const seen: number[] = [];
    const { impl } = serving([kb(1), kb(2)], true);
    const r = await download('x', {
      what: 'the test file',
      fetchImpl: impl,
      onprogress: (n) => seen.push(n),
    });
    expect(r.bytes.length).toBe(3 * 1024);
    expect(seen.at(-1)).toBe(3 * 1024);
    expect(r.response.ok).toBe(true);
  });

  it('aborts a download that stalls (200 sent, 100 KB, then nothing)', async () => {
    const { impl, cancelled } = serving([kb(100)], false);
    const t0 = Date.now();
    const err = await download('x', { what: 'the gazetteer', fetchImpl: impl, stallMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as DownloadError).reason).toBe('stalled');
    expect((err as Error).message).toBe(
      'the download of the gazetteer stalled (no data for 0.1 s)',
    );
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(cancelled()).not.toBeNull();
  });

  it('waits 15 s for data by default; a body that never sends anything stalls too', async () => {
    expect(STALL_MS).toBe(15_000);
    const { impl } = serving([], false);
    const p = download('x', { what: 'the file', fetchImpl: impl, stallMs: 20 });
    await expect(p).rejects.toThrow('stalled (no data for 0.02 s)');
  });

  it('aborts a response whose headers never come', async () => {
    const never = ((_u: string, o?: RequestInit) =>
      new Promise((_, reject) =>
        o?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )) as unknown as typeof fetch;
    await expect(
      download('x', { what: 'the file', fetchImpl: never, stallMs: 50 }),
    ).rejects.toThrow('the download of the file stalled (no data for 0.05 s)');
  });

  it('has a total timeout even while bytes keep coming', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            timer = setInterval(() => c.enqueue(kb(1)), 10);
          },
          cancel() {
            clearInterval(timer);
          },
        }),
      )) as unknown as typeof fetch;
    await expect(
      download('x', { what: 'the file', fetchImpl: trickle, stallMs: 200, totalMs: 150 }),
    ).rejects.toThrow('the download of the file took longer than 0.15 s');
    clearInterval(timer);
  });

  it('names HTTP and network failures', async () => {
    const { impl } = serving([], true, { status: 404, statusText: 'Not Found' });
    await expect(download('x', { what: 'the file', fetchImpl: impl })).rejects.toThrow(
      'the download of the file failed (HTTP 404 Not Found)',
    );
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(download('x', { what: 'the file', fetchImpl: offline })).rejects.toThrow(
      'the download of the file failed (the server could not be reached: Failed to fetch)',
    );
  });
});

describe('the events file download', () => {
  it('stalls with a message that names the file', async () => {
    const { loadEvents } = await import('../../src/map/data.ts');
    const { impl } = serving([new TextEncoder().encode('{"type": "FeatureCollection", ')], false);
    await expect(loadEvents('e.geojson', impl, { stallMs: 50 })).rejects.toThrow(
      'Could not load the events from e.geojson: the download of the events file stalled (no data for 0.05 s)',
    );
  });
});

describe('download, the other paths', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('stops its timers once done: the request is never aborted afterwards', async () => {
    let signal: AbortSignal | undefined;
    const impl = (async (_u: string, o?: RequestInit) => {
      signal = o?.signal ?? undefined;
      return new Response('ok');
    }) as unknown as typeof fetch;
    const r = await download('x', { what: 'the file', fetchImpl: impl, stallMs: 20, totalMs: 40 });
    expect(new TextDecoder().decode(r.bytes)).toBe('ok');
    await wait(120);
    expect(signal?.aborted).toBe(false);
  });

  it('passes the request options through, with its own signal', async () => {
    let seen: RequestInit | undefined;
    const impl = (async (_u: string, o?: RequestInit) => {
      seen = o;
      return new Response('');
    }) as unknown as typeof fetch;
    await download('x', { what: 'f', fetchImpl: impl, init: { headers: { 'x-a': '1' } } });
    expect(seen?.headers).toEqual({ 'x-a': '1' });
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
  });

  it('reads a response without a stream body, with one progress call', async () => {
    const res = new Response(null);
    Object.defineProperty(res, 'body', { value: null });
    Object.defineProperty(res, 'arrayBuffer', {
      value: async () => new TextEncoder().encode('abc').buffer,
    });
    const seen: number[] = [];
    const r = await download('x', {
      what: 'f',
      fetchImpl: (async () => res) as unknown as typeof fetch,
      onprogress: (n) => seen.push(n),
    });
    expect(new TextDecoder().decode(r.bytes)).toBe('abc');
    expect(seen).toEqual([3]);
  });

  it('reports each chunk as bytes loaded so far', async () => {
    const seen: number[] = [];
    const { impl } = serving([kb(1), kb(1), kb(2)], true);
    await download('x', { what: 'f', fetchImpl: impl, onprogress: (n) => seen.push(n) });
    expect(seen).toEqual([1024, 2048, 4096]);
  });

  it('names a body that breaks off as cut off', async () => {
    const impl = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(kb(1));
            c.error(new Error('connection reset'));
          },
        }),
      )) as unknown as typeof fetch;
    const err = (await download('x', { what: 'the file', fetchImpl: impl }).catch(
      (e: unknown) => e,
    )) as DownloadError;
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.reason).toBe('cut-off');
    expect(err.name).toBe('DownloadError');
    expect(err.message).toBe('the download of the file was cut off (connection reset)');
  });

  it('an HTTP error without a status text, and its reason', async () => {
    const { impl } = serving([], true, { status: 500 });
    const err = (await download('x', { what: 'the file', fetchImpl: impl }).catch(
      (e: unknown) => e,
    )) as DownloadError;
    expect(err.message).toBe('the download of the file failed (HTTP 500)');
    expect(err.reason).toBe('http');
  });

  it('a network failure has its reason; a stall has its own, not the network’s', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const err = (await download('x', { what: 'f', fetchImpl: offline }).catch(
      (e: unknown) => e,
    )) as DownloadError;
    expect(err.reason).toBe('network');
    const never = ((_u: string, o?: RequestInit) =>
      new Promise((_, reject) =>
        o?.signal?.addEventListener('abort', () => reject(new TypeError('aborted'))),
      )) as unknown as typeof fetch;
    const stalled = (await download('x', { what: 'f', fetchImpl: never, stallMs: 20 }).catch(
      (e: unknown) => e,
    )) as DownloadError;
    expect(stalled.reason).toBe('stalled');
  });

  it('a total timeout has the reason "timeout"; a stall restarts on each chunk', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            timer = setInterval(() => c.enqueue(kb(1)), 10);
          },
          cancel() {
            clearInterval(timer);
          },
        }),
      )) as unknown as typeof fetch;
    const err = (await download('x', {
      what: 'f',
      fetchImpl: trickle,
      stallMs: 250,
      totalMs: 800,
    }).catch((e: unknown) => e)) as DownloadError;
    clearInterval(timer);
    // Chunks every 10 ms keep a 250 ms stall detector quiet until the total timeout.
    expect(err.reason).toBe('timeout');
  });

  it('downloadText decodes UTF-8', async () => {
    const { downloadText } = await import('../../src/lib/fetch-timeout.ts');
    const { impl } = serving([new TextEncoder().encode('Mosul – الموصل')], true);
    expect(await downloadText('x', { what: 'f', fetchImpl: impl })).toBe('Mosul – الموصل');
  });
});
