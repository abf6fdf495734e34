// The basemap archive (generated/basemap.pmtiles), read with HTTP Range requests
// through src/lib/fetch-timeout.ts: each range has the total timeout and the stall
// detector of the app's other downloads, follows the caller's AbortSignal, and
// fails with a DownloadError ("the download of the basemap stalled (no data for
// 15 s)"). The page (src/map/warm-up.ts, which reads the archive's header) and
// MapLibre's worker (src/map/map.worker.ts, which reads the tiles) register the
// same `BasemapProtocol`, so both read every archive through a `TimedSource`.
//
// The Range, ETag and 416/200 handling follows pmtiles' own FetchSource (v4).
import type { AddProtocolAction } from 'maplibre-gl';
import { EtagMismatch, PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import { DownloadError, download, httpError, type DownloadOptions } from '../lib/fetch-timeout.ts';

/** How the messages name the download. */
const WHAT = 'the basemap';

export type SourceOptions = Pick<DownloadOptions, 'stallMs' | 'totalMs' | 'fetchImpl'>;

// Chromium on Windows can serve a wrong cached range (pmtiles' FetchSource works
// around it the same way): its ranges bypass the HTTP cache.
const userAgent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
const noStore = /Windows/.test(userAgent) && /Chrome|Chromium|Edg|OPR|Brave/.test(userAgent);

/** A pmtiles Source that fetches its byte ranges with a timeout and a stall detector. */
export class TimedSource implements Source {
  /** After an ETag mismatch every range skips the browser's cache. */
  private mustReload = false;

  constructor(
    readonly url: string,
    private readonly options: SourceOptions = {},
  ) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(
    offset: number,
    length: number,
    signal?: AbortSignal,
    etag?: string,
  ): Promise<RangeResponse> {
    const cache = this.mustReload ? 'reload' : noStore ? 'no-store' : undefined;
    let r = await this.range(offset, length, signal, etag, cache, offset === 0);
    if (r.response.status === 416) {
      // An archive shorter than the first read (the header's 16 KB): ask for what there is.
      const size = /^bytes \*\/(\d+)$/.exec(r.response.headers.get('content-range') ?? '');
      if (!size) {
        throw new DownloadError(
          `the download of ${WHAT} failed (HTTP 416 without the archive's size)`,
          'http',
        );
      }
      r = await this.range(0, +size[1]!, signal, etag, 'reload', false);
    }
    const { response, bytes } = r;
    return {
      data: bytes.buffer,
      etag: strongEtag(response),
      cacheControl: response.headers.get('cache-control') ?? undefined,
      expires: response.headers.get('expires') ?? undefined,
    };
  }

  private range(
    offset: number,
    length: number,
    signal: AbortSignal | undefined,
    etag: string | undefined,
    cache: RequestCache | undefined,
    /** A 416 is the answer for an archive shorter than the range, not a failure. */
    mayBeShort: boolean,
  ) {
    return download(this.url, {
      what: WHAT,
      ...this.options,
      signal,
      init: { headers: { range: `bytes=${offset}-${offset + length - 1}` }, cache },
      check: (response) => {
        const { status } = response;
        if (status === 416 && mayBeShort) return;
        const newEtag = strongEtag(response);
        if (status === 416 || (etag && newEtag && newEtag !== etag)) {
          // The archive changed under us: pmtiles drops its cache and reads again.
          this.mustReload = true;
          throw new EtagMismatch(`the basemap changed on the server (ETag ${etag} → ${newEtag})`);
        }
        if (status >= 300 || !response.ok) throw httpError(WHAT, response);
        // A 200 is fine when it is just the range; more means the server ignores Range.
        const sent = response.headers.get('content-length');
        if (status === 200 && (sent === null || +sent > length)) {
          throw new DownloadError(
            `the download of ${WHAT} failed (the server does not answer byte-range requests)`,
            'http',
          );
        }
      },
    });
  }
}

/** A weak ETag says nothing about the bytes: it is ignored, as pmtiles does. */
function strongEtag(response: Response): string | undefined {
  const etag = response.headers.get('etag');
  return etag && !etag.startsWith('W/') ? etag : undefined;
}

/**
 * The `pmtiles://` protocol with every archive read through a TimedSource, for
 * `maplibregl.addProtocol` on the page and `self.addProtocol` in the worker.
 */
export class BasemapProtocol {
  readonly protocol = new Protocol();

  constructor(private readonly options: SourceOptions = {}) {}

  /** The archive at `url` (http or https), one per URL. */
  archive(url: string): PMTiles {
    let archive = this.protocol.get(url);
    if (!archive) {
      archive = new PMTiles(new TimedSource(url, this.options));
      this.protocol.add(archive);
    }
    return archive;
  }

  /** MapLibre's loader: `pmtiles://URL` (the TileJSON) or `pmtiles://URL/z/x/y` (a tile). */
  readonly tile: AddProtocolAction = (params, abortController) => {
    const url = params.url.slice('pmtiles://'.length);
    this.archive(params.type === 'json' ? url : url.replace(/\/\d+\/\d+\/\d+$/, ''));
    return this.protocol.tile(params, abortController);
  };
}

/**
 * What the page says when the basemap fails (MapLibre's `error` event for its
 * source): the whole of it (its header, so no tile at all), or some of its tiles.
 */
export function basemapFailure(error: unknown, someTiles: boolean): string {
  // An error from the worker arrives as a copy: a message, not always an Error.
  const message = (error as { message?: unknown } | null)?.message;
  const why = typeof message === 'string' ? message : String(error);
  return someTiles
    ? `Part of the basemap could not be loaded: ${why}. The events are all shown.`
    : `The basemap could not be loaded: ${why}. The events are shown without it.`;
}
