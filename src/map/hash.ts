// The URL hash: `#event=<id>&map=<zoom>/<lat>/<lng>`. Pure parse/format.
export interface HashState {
  event: string | null;
  map: { zoom: number; lat: number; lng: number } | null;
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
  return { event, map };
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
  return parts.length ? `#${parts.join('&')}` : '';
}
