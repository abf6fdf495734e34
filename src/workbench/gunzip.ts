// Inflating the gazetteer in the browser worker. Pure (web streams only).
import { CORRUPT } from '../../geo/gazetteer/load.ts';

/**
 * The gazetteer is served gzipped (gazetteer.json.gz). A server that labels it
 * `Content-Encoding: gzip` has the browser inflate it already: inflate only
 * bytes that still start with the gzip magic number.
 */
export async function gunzipIfNeeded(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    // Chromium says only "Failed to fetch" here: say what it means.
    throw new Error(`${CORRUPT} (it could not be decompressed)`, { cause: e });
  }
}
