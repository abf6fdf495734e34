// src/map/basemap-source.ts: the basemap archive's byte ranges are fetched through
// the timeout and stall detector of src/lib/fetch-timeout.ts, with pmtiles'
// Range, ETag and 416/200 handling, and the caller's AbortSignal is honoured.
import { EtagMismatch } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { DownloadError } from '../../src/lib/fetch-timeout.ts';
import { BasemapProtocol, TimedSource, basemapFailure } from '../../src/map/basemap-source.ts';

interface Call {
  url: string;
  range: string | null;
  cache: RequestCache | undefined;
  signal: AbortSignal | undefined;
}

type Answer = (call: Call) => Response | Promise<Response>;

/** A fetch that records each request and answers it with `answer`. */
function fakeFetch(answer: Answer) {
  const calls: Call[] = [];
  const impl = (async (url: string, init?: RequestInit) => {
    const call = {
      url,
      range: new Headers(init?.headers).get('range'),
      cache: init?.cache,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    return answer(call);
  }) as unknown as typeof fetch;
  return { impl, calls };
}

/** Serves `archive` by Range, as a static server does (206, Content-Range). */
function ranges(archive: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Answer {
  return ({ range }) => {
    const [, a, b] = /^bytes=(\d+)-(\d+)$/.exec(range!)!;
    const from = +a!;
    if (from >= archive.length) {
      return new Response(null, {
        status: 416,
        headers: { 'content-range': `bytes */${archive.length}` },
      });
    }
    const part = archive.subarray(from, Math.min(+b! + 1, archive.length));
    return new Response(part, {
      status: 206,
      headers: {
        'content-range': `bytes ${from}-${from + part.length - 1}/${archive.length}`,
        'content-length': String(part.length),
        ...headers,
      },
    });
  };
}

/** A 206 whose body sends `first` bytes and then nothing (a stalled range). */
const stalling =
  (first = 0): Answer =>
  () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          if (first) c.enqueue(new Uint8Array(first));
        },
      }),
      { status: 206 },
    );

const archive = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

describe('TimedSource', () => {
  it('fetches the range asked for and returns its bytes, strong ETag and caching headers', async () => {
    const { impl, calls } = fakeFetch(
      ranges(archive, { etag: '"v1"', 'cache-control': 'max-age=60', expires: 'soon' }),
    );
    const source = new TimedSource('http://x/basemap.pmtiles', { fetchImpl: impl });
    expect(source.getKey()).toBe('http://x/basemap.pmtiles');
    const r = await source.getBytes(100, 50);
    expect(calls.map((c) => c.range)).toEqual(['bytes=100-149']);
    expect(calls[0]!.url).toBe('http://x/basemap.pmtiles');
    expect([...new Uint8Array(r.data)]).toEqual([...archive.subarray(100, 150)]);
    expect(r).toMatchObject({ etag: '"v1"', cacheControl: 'max-age=60', expires: 'soon' });

    const weak = fakeFetch(ranges(archive, { etag: 'W/"v1"' }));
    const w = await new TimedSource('u', { fetchImpl: weak.impl }).getBytes(0, 10);
    expect(w.etag).toBeUndefined();
  });

  it('reads an archive shorter than the first range whole (a 416 names its size)', async () => {
    const { impl, calls } = fakeFetch(ranges(archive.subarray(0, 300)));
    // 300 bytes: a first read from 0 past the end is answered in full by the server
    // above; one that starts past it gets 416 and the size.
    const r = await new TimedSource('u', { fetchImpl: impl }).getBytes(0, 16384);
    expect(r.data.byteLength).toBe(300);
    const short = fakeFetch((call) =>
      call.range === 'bytes=0-16383'
        ? new Response(null, { status: 416, headers: { 'content-range': 'bytes */300' } })
        : ranges(archive)(call),
    );
    const s = await new TimedSource('u', { fetchImpl: short.impl }).getBytes(0, 16384);
    expect(short.calls.map((c) => [c.range, c.cache])).toEqual([
      ['bytes=0-16383', undefined],
      ['bytes=0-299', 'reload'],
    ]);
    expect([...new Uint8Array(s.data)]).toEqual([...archive.subarray(0, 300)]);
    expect(calls).toHaveLength(1);
  });

  it('fails with a DownloadError when a range stalls, and stops its request', async () => {
    const { impl, calls } = fakeFetch(stalling(10));
    const t0 = Date.now();
    const err = await new TimedSource('u', { fetchImpl: impl, stallMs: 50 })
      .getBytes(0, 16384)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as DownloadError).reason).toBe('stalled');
    expect((err as Error).message).toBe('the download of the basemap stalled (no data for 0.05 s)');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(calls[0]!.signal!.aborted).toBe(true);
  });

  it('honours the caller’s AbortSignal: the request stops and the abort reason is thrown', async () => {
    const { impl, calls } = fakeFetch(stalling());
    const source = new TimedSource('u', { fetchImpl: impl });
    const caller = new AbortController();
    const p = source.getBytes(500, 100, caller.signal);
    await expect.poll(() => calls.length).toBe(1);
    caller.abort();
    const err = await p.catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(DownloadError);
    expect((err as DOMException).name).toBe('AbortError');
    expect(calls[0]!.signal!.aborted).toBe(true);
    // Already aborted: nothing waits.
    const done = new AbortController();
    done.abort();
    await expect(source.getBytes(0, 10, done.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('names an HTTP error, a server that ignores Range, and an unreachable server', async () => {
    const notFound = fakeFetch(() => new Response('no', { status: 404, statusText: 'Not Found' }));
    await expect(
      new TimedSource('u', { fetchImpl: notFound.impl }).getBytes(0, 10),
    ).rejects.toThrow(
      new DownloadError('the download of the basemap failed (HTTP 404 Not Found)', 'http'),
    );
    const whole = fakeFetch(
      () => new Response(archive, { headers: { 'content-length': String(archive.length) } }),
    );
    await expect(new TimedSource('u', { fetchImpl: whole.impl }).getBytes(0, 10)).rejects.toThrow(
      'the download of the basemap failed (the server does not answer byte-range requests)',
    );
    // A 200 that is just the range (some CDNs) is fine.
    const exact = fakeFetch(
      () => new Response(archive.subarray(0, 10), { headers: { 'content-length': '10' } }),
    );
    expect(
      (await new TimedSource('u', { fetchImpl: exact.impl }).getBytes(0, 10)).data.byteLength,
    ).toBe(10);
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(new TimedSource('u', { fetchImpl: offline.impl }).getBytes(0, 10)).rejects.toThrow(
      'the download of the basemap failed (the server could not be reached: Failed to fetch)',
    );
  });

  it('throws EtagMismatch when the archive changed, then reads past the browser cache', async () => {
    const { impl, calls } = fakeFetch(ranges(archive, { etag: '"v2"' }));
    const source = new TimedSource('u', { fetchImpl: impl });
    await expect(source.getBytes(100, 10, undefined, '"v1"')).rejects.toBeInstanceOf(EtagMismatch);
    await source.getBytes(100, 10, undefined, '"v2"');
    expect(calls.map((c) => c.cache)).toEqual([undefined, 'reload']);
  });
});

describe('BasemapProtocol', () => {
  it('reads an archive it has not seen (the worker’s case) through a TimedSource', async () => {
    const { impl, calls } = fakeFetch(stalling());
    const protocol = new BasemapProtocol({ fetchImpl: impl, stallMs: 50 });
    const tile = protocol.tile(
      { url: 'pmtiles://http://x/basemap.pmtiles/3/4/2', type: 'arrayBuffer' },
      new AbortController(),
    );
    await expect(tile).rejects.toThrow('the download of the basemap stalled (no data for 0.05 s)');
    expect(calls.map((c) => [c.url, c.range])).toEqual([
      ['http://x/basemap.pmtiles', 'bytes=0-16383'],
    ]);
    expect(protocol.protocol.get('http://x/basemap.pmtiles')?.source).toBeInstanceOf(TimedSource);
    // The TileJSON request names the same archive: no second one.
    const json = protocol.tile(
      { url: 'pmtiles://http://x/basemap.pmtiles', type: 'json' },
      new AbortController(),
    );
    await expect(json).rejects.toThrow('stalled');
    expect(calls).toHaveLength(1);
    expect(protocol.archive('http://x/basemap.pmtiles')).toBe(
      protocol.protocol.get('http://x/basemap.pmtiles'),
    );
  });
});

describe('basemapFailure', () => {
  it('says what failed, for the whole basemap or some tiles, from an Error or its copy', () => {
    const e = new DownloadError(
      'the download of the basemap stalled (no data for 15 s)',
      'stalled',
    );
    expect(basemapFailure(e, false)).toBe(
      'The basemap could not be loaded: the download of the basemap stalled (no data for 15 s). The events are shown without it.',
    );
    expect(basemapFailure({ message: 'HTTP 500' }, true)).toBe(
      'Part of the basemap could not be loaded: HTTP 500. The events are all shown.',
    );
  });
});
