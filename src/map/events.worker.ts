// Reads a large events file off the page's main thread (src/map/load-events.ts):
// fetches, parses and validates it, and posts back what loadEvents returns (or
// its error's message). MapLibre's worker reads the same file itself for the map.
import { EventDataError, loadEvents } from './data.ts';

export type EventsReply =
  | { ok: true; result: Awaited<ReturnType<typeof loadEvents>> }
  | { ok: false; dataError: boolean; message: string };

self.onmessage = async (e: MessageEvent<{ url: string; stallMs?: number }>) => {
  const { url, stallMs } = e.data;
  let reply: EventsReply;
  try {
    reply = { ok: true, result: await loadEvents(url, fetch, stallMs ? { stallMs } : {}) };
  } catch (err) {
    reply = {
      ok: false,
      dataError: err instanceof EventDataError,
      message: err instanceof Error ? err.message : String(err),
    };
  }
  self.postMessage(reply);
  self.close();
};
