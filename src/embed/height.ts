// The height an embedded map asks its host for: the title and messages above
// it, a map as tall as ~60% of its width (within limits), and the event list
// up to a cap (it scrolls beyond). Pure; the frame measures the parts.

export const MAP_MIN_HEIGHT = 300;
export const MAP_MAX_HEIGHT = 520;
/** The compact list never takes more than this (it scrolls inside). */
export const LIST_MAX_HEIGHT = 260;
/** The no-WebGL outline map and list are shown in full up to this height. */
export const FALLBACK_MAX_HEIGHT = 1400;

export function mapHeightFor(width: number): number {
  return Math.round(Math.min(MAP_MAX_HEIGHT, Math.max(MAP_MIN_HEIGHT, width * 0.6)));
}

export interface Parts {
  /** Width of the frame's content. */
  width: number;
  /** Height of everything above the map (title, messages). */
  chrome: number;
  /** Height of the list's toggle bar. */
  listBar: number;
  /** Natural height of the list's content, or null while it is hidden. */
  listContent: number | null;
  /** Natural height of the no-WebGL fallback, or null when the interactive map is shown. */
  fallback: number | null;
}

export function preferredHeight(p: Parts): number {
  const body =
    p.fallback !== null
      ? Math.min(FALLBACK_MAX_HEIGHT, p.fallback)
      : mapHeightFor(p.width) +
        p.listBar +
        (p.listContent === null ? 0 : Math.min(LIST_MAX_HEIGHT, p.listContent));
  return Math.ceil(p.chrome + body);
}
