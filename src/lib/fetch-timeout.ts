// Every download the app makes itself goes through here: a total timeout, and a
// stall detector that aborts when no bytes have come for STALL_MS (the timer
// starts with the request and restarts on every chunk read from the body). A
// failure is a DownloadError whose message names the download and what went
// wrong, e.g. "the download of the gazetteer stalled (no data for 15 s)". The
// basemap's byte ranges come through here too (src/map/basemap-source.ts).
import { concatBytes } from './bytes.ts';

/** No bytes for this long: the download is aborted. */
export const STALL_MS = 15_000;
/** The longest any download may take, bytes coming or not. */
export const TOTAL_MS = 180_000;

export type DownloadFailure = 'stalled' | 'timeout' | 'http' | 'network' | 'cut-off';

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    message: string,
    readonly reason: DownloadFailure,
  ) {
    super(message);
  }
}

export interface DownloadOptions {
  /** What is downloaded, for the messages: "the gazetteer", "the events file x.geojson". */
  what: string;
  stallMs?: number;
  totalMs?: number;
  /** Called with the bytes read so far, after each chunk. */
  onprogress?: (loaded: number, response: Response) => void;
  fetchImpl?: typeof fetch;
  init?: RequestInit;
  /**
   * The caller's signal: aborting it aborts the download, which then rejects
   * with the signal's reason (an AbortError, as fetch does), not a DownloadError.
   */
  signal?: AbortSignal;
  /**
   * Checks the response before its body is read; what it throws fails the download
   * as it is, and the body is cancelled. The default fails on an HTTP error status.
   */
  check?: (response: Response) => void;
}

const seconds = (ms: number) => `${ms / 1000} s`;

/** The DownloadError of a response with an error status: "… failed (HTTP 404 Not Found)". */
export function httpError(what: string, response: Response): DownloadError {
  return new DownloadError(
    `the download of ${what} failed (${`HTTP ${response.status} ${response.statusText}`.trim()})`,
    'http',
  );
}

/**
 * `?test-stall-ms=N` in a page's (or worker's) query: the stall timeout the browser
 * tests set, in ms; undefined when absent or not a positive number.
 */
export function testStallMs(search: string): number | undefined {
  const ms = Number(new URLSearchParams(search).get('test-stall-ms'));
  return ms > 0 ? ms : undefined;
}

/** Fetches `url` and reads its whole body; rejects with a DownloadError. */
export async function download(
  url: string,
  options: DownloadOptions,
): Promise<{ response: Response; bytes: Uint8Array<ArrayBuffer> }> {
  const { what, stallMs = STALL_MS, totalMs = TOTAL_MS, onprogress, signal } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const check =
    options.check ??
    ((response: Response) => {
      if (!response.ok) throw httpError(what, response);
    });
  const controller = new AbortController();
  /** Why the download was aborted (a DownloadError, or the caller's abort reason). */
  // (A cast, not an annotation: TypeScript would take it for null where it is read.)
  let failure = null as { error: unknown } | null;
  let abortedReject: (e: unknown) => void = () => {};
  // Settles only when the download is aborted: raced against each step, so a
  // fetch or body that ignores the signal cannot hang the caller.
  const aborted = new Promise<never>((_, reject) => (abortedReject = reject));
  aborted.catch(() => undefined);
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    abortedReject(error);
    controller.abort(error);
  };
  const abort = (message: string, reason: DownloadFailure) =>
    fail(new DownloadError(message, reason));
  const onCallerAbort = () => fail(signal!.reason);
  if (signal?.aborted) onCallerAbort();
  else signal?.addEventListener('abort', onCallerAbort, { once: true });
  const total = setTimeout(
    () => abort(`the download of ${what} took longer than ${seconds(totalMs)}`, 'timeout'),
    totalMs,
  );
  let stall: ReturnType<typeof setTimeout> | undefined;
  const kick = () => {
    clearTimeout(stall);
    stall = setTimeout(
      () => abort(`the download of ${what} stalled (no data for ${seconds(stallMs)})`, 'stalled'),
      stallMs,
    );
  };
  kick();
  try {
    let response: Response;
    try {
      response = await Promise.race([
        fetchImpl(url, { ...options.init, signal: controller.signal }),
        aborted,
      ]);
    } catch (e) {
      if (failure) throw failure.error;
      throw new DownloadError(
        `the download of ${what} failed (the server could not be reached: ${(e as Error).message})`,
        'network',
      );
    }
    try {
      check(response);
    } catch (e) {
      void response.body?.cancel().catch(() => undefined);
      throw e;
    }
    kick();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await Promise.race([reader.read(), aborted]);
          if (done) break;
          kick();
          chunks.push(value);
          loaded += value.length;
          onprogress?.(loaded, response);
        }
      } catch (e) {
        void reader.cancel(e).catch(() => undefined);
        if (failure) throw failure.error;
        throw new DownloadError(
          `the download of ${what} was cut off (${(e as Error).message})`,
          'cut-off',
        );
      }
    } else {
      const b = new Uint8Array(await Promise.race([response.arrayBuffer(), aborted]));
      chunks.push(b);
      loaded = b.length;
      onprogress?.(loaded, response);
    }
    return { response, bytes: concatBytes(chunks) };
  } finally {
    clearTimeout(total);
    clearTimeout(stall);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** `download`, then the body as UTF-8 text. */
export async function downloadText(url: string, options: DownloadOptions): Promise<string> {
  const { bytes } = await download(url, options);
  return new TextDecoder().decode(bytes);
}
