// Every download the app makes itself goes through here: a total timeout, and a
// stall detector that aborts when no bytes have come for STALL_MS (the timer
// starts with the request and restarts on every chunk read from the body). A
// failure is a DownloadError whose message names the download and what went
// wrong, e.g. "the download of the gazetteer stalled (no data for 15 s)".
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
}

const seconds = (ms: number) => `${ms / 1000} s`;

/** Fetches `url` and reads its whole body; rejects with a DownloadError. */
export async function download(
  url: string,
  options: DownloadOptions,
): Promise<{ response: Response; bytes: Uint8Array<ArrayBuffer> }> {
  const { what, stallMs = STALL_MS, totalMs = TOTAL_MS, onprogress } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  let failure: DownloadError | null = null;
  let abortedReject: (e: DownloadError) => void = () => {};
  // Settles only when the download is aborted: raced against each step, so a
  // fetch or body that ignores the signal cannot hang the caller.
  const aborted = new Promise<never>((_, reject) => (abortedReject = reject));
  aborted.catch(() => undefined);
  const abort = (message: string, reason: DownloadFailure) => {
    if (failure) return;
    failure = new DownloadError(message, reason);
    abortedReject(failure);
    controller.abort(failure);
  };
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
      throw (
        failure ??
        new DownloadError(
          `the download of ${what} failed (the server could not be reached: ${(e as Error).message})`,
          'network',
        )
      );
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new DownloadError(
        `the download of ${what} failed (${`HTTP ${response.status} ${response.statusText}`.trim()})`,
        'http',
      );
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
        throw (
          failure ??
          new DownloadError(
            `the download of ${what} was cut off (${(e as Error).message})`,
            'cut-off',
          )
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
  }
}

/** `download`, then the body as UTF-8 text. */
export async function downloadText(url: string, options: DownloadOptions): Promise<string> {
  const { bytes } = await download(url, options);
  return new TextDecoder().decode(bytes);
}
