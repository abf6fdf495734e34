// The URL hash: `#event=<id>&map=<zoom>/<lat>/<lng>&from=<YYYY-MM-DD>&to=<YYYY-MM-DD>`.
// Pure parse/format.
import { dayNumber, type DayRange } from './timeline.ts';

export interface HashState {
  event: string | null;
  map: { zoom: number; lat: number; lng: number } | null;
  /** The timeline's range (either end may be open), or null for every day. */
  range?: DayRange | null;
}

/** `from` and `to` of the hash: real dates only, null when neither is one. */
function parseRange(params: URLSearchParams): DayRange | null {
  const day = (key: string) => {
    const v = params.get(key);
    return v !== null && dayNumber(v) !== null ? v : null;
  };
  const from = day('from');
  const to = day('to');
  if (from === null && to === null) return null;
  // Reversed ends are the same range.
  if (from !== null && to !== null && from > to) return { from: to, to: from };
  return { from, to };
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = params.get('event') || null;
  let map: HashState['map'] = null;
  const m = params.get('map');
  if (m) {
    const [z, lat, lng] = m.split('/').map(Number);
    if (
      z !== undefined &&
      lat !== undefined &&
      lng !== undefined &&
      Number.isFinite(z) &&
      Number.isFinite(lat) &&
      Number.isFinite(lng) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 540 &&
      z >= 0 &&
      z <= 24
    ) {
      map = { zoom: z, lat, lng };
    }
  }
  return { event, map, range: parseRange(params) };
}

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.map) {
    const { zoom, lat, lng } = state.map;
    const digits = Math.max(
      0,
      Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10),
    );
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(digits)}/${lng.toFixed(digits)}`);
  }
  if (state.range?.from) parts.push(`from=${state.range.from}`);
  if (state.range?.to) parts.push(`to=${state.range.to}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
