// Inflating the gazetteer in the browser worker. Pure (web streams only).

/**
 * The gazetteer is served gzipped (gazetteer.json.gz). A server that labels it
 * `Content-Encoding: gzip` has the browser inflate it already: inflate only
 * bytes that still start with the gzip magic number.
 */
export async function gunzipIfNeeded(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
