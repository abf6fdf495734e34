// User values quoted in messages (URL parameters, event ids, field names from
// a file or a host's message) are cut when long, the cut marked with "…", so a
// message stays one readable line whatever the input. Pure.

/** How many characters of a user value a message quotes by default. */
export const CLIP_CHARS = 60;

/** `s` when it has at most `max` characters, else its first `max` and "…" (never half a surrogate pair). */
export function clip(s: string, max = CLIP_CHARS): string {
  if (s.length <= max) return s;
  const c = s.charCodeAt(max - 1);
  const end = c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
  return s.slice(0, end) + '…';
}

/** `clip(s, max)` in JSON quotes (quotes and control characters escaped). */
export function quoted(s: string, max = CLIP_CHARS): string {
  return JSON.stringify(clip(s, max));
}
