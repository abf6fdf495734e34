// The page's URL parameters (`index.html?embed&theme=dark&list=hidden…`),
// parsed and validated without touching the DOM. Each invalid value becomes a
// precise message and falls back to its default, so the map still shows.
import { clip, quoted } from '../lib/clip.ts';

export type ThemeParam = 'light' | 'dark' | 'auto';
export type ListParam = 'shown' | 'hidden';
export type LabelsParam = 'shown' | 'hidden';

export interface PageParams {
  /** `?embed` present: the iframe layout (no page chrome, compact list, cooperative gestures). */
  embed: boolean;
  theme: ThemeParam;
  list: ListParam;
  /** Place names on the strike and attack markers (`labels=shown`), for a map read without clicking. */
  labels: LabelsParam;
  /** A heading shown above the embedded map; null for none. */
  title: string | null;
  /** A line under the heading (`subtitle=`); null for none. */
  subtitle: string | null;
  /** The source line shown small at the foot of the embed (`source=`, e.g. "Source: Reuters, 12 Jan 2024"); null for none. */
  source: string | null;
  /** The initial event id (`event=`; the `#event=` hash wins when both are given). */
  event: string | null;
  /**
   * Origins allowed to send commands: null when `origins` is absent (the parent
   * window, whatever its origin); an empty list accepts no command.
   */
  origins: string[] | null;
  /** One message per invalid parameter. */
  errors: string[];
}

export const THEMES: readonly ThemeParam[] = ['light', 'dark', 'auto'];
export const LISTS: readonly ListParam[] = ['shown', 'hidden'];
export const MAX_TITLE = 200;

/** An `origins` entry as a serialised origin ("https://news.example"), or null when it is not one. */
export function normaliseOrigin(raw: string): string | null {
  const s = raw.trim();
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(s)) return null;
  try {
    const u = new URL(s);
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
}

/**
 * A one-line text parameter (`title`, `subtitle`, `source`): blanks collapsed,
 * at most MAX_TITLE characters (longer is cut, with a message); null when absent
 * or empty (an empty one is a message too).
 */
function text(raw: string | null, name: string, what: string, errors: string[]): string | null {
  if (raw === null) return null;
  const t = raw.replace(/\s+/g, ' ').trim();
  if (!t) {
    errors.push(`The “${name}” parameter is empty.`);
    return null;
  }
  if (t.length > MAX_TITLE)
    errors.push(`${what} is ${t.length} characters long; at most ${MAX_TITLE} are shown.`);
  return t.slice(0, MAX_TITLE);
}

/**
 * Parses `search` (location.search). `pageHref` is the page's own URL, used to
 * check that `data` names a file on the same origin.
 */
export function parseParams(search: string, pageHref: string): PageParams {
  const q = new URLSearchParams(search);
  const errors: string[] = [];
  const out: PageParams = {
    embed: q.has('embed'),
    theme: 'auto',
    list: 'shown',
    labels: 'hidden',
    title: null,
    subtitle: null,
    source: null,
    event: null,
    origins: null,
    errors,
  };

  const embedValue = q.get('embed');
  if (embedValue !== null && !['', '1', 'true'].includes(embedValue)) {
    errors.push(`Unknown value ${quoted(embedValue)} for “embed”: write just ?embed.`);
  }

  const theme = q.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) out.theme = theme as ThemeParam;
    else
      errors.push(
        `Unknown theme ${quoted(theme)}: use light, dark or auto. Showing the automatic theme.`,
      );
  }

  const list = q.get('list');
  if (list !== null) {
    if ((LISTS as readonly string[]).includes(list)) out.list = list as ListParam;
    else errors.push(`Unknown value ${quoted(list)} for “list”: use shown or hidden.`);
  }

  const labels = q.get('labels');
  if (labels !== null) {
    if ((LISTS as readonly string[]).includes(labels)) out.labels = labels as LabelsParam;
    else errors.push(`Unknown value ${quoted(labels)} for “labels”: use shown or hidden.`);
  }

  out.title = text(q.get('title'), 'title', 'The title', errors);
  out.subtitle = text(q.get('subtitle'), 'subtitle', 'The subtitle', errors);
  out.source = text(q.get('source'), 'source', 'The source line', errors);

  const event = q.get('event');
  if (event !== null) {
    if (event.trim()) out.event = event.trim();
    else errors.push('The “event” parameter is empty.');
  }

  const origins = q.get('origins');
  if (origins !== null) {
    const bad: string[] = [];
    const allowed: string[] = [];
    for (const part of origins.split(',')) {
      if (!part.trim()) continue;
      const o = normaliseOrigin(part);
      if (o) {
        if (!allowed.includes(o)) allowed.push(o);
      } else bad.push(part.trim());
    }
    // Fail closed: a host that meant to restrict commands must not end up open to all.
    out.origins = allowed;
    if (bad.length) {
      errors.push(
        `Not an origin in “origins”: ${bad.map((v) => quoted(v)).join(', ')} (write scheme://host[:port], e.g. https://news.example).`,
      );
    }
    if (allowed.length === 0)
      errors.push('No valid origin in “origins”: commands from the host page are ignored.');
  }

  const data = q.get('data');
  if (data !== null) {
    let u: URL | null = null;
    try {
      u = new URL(data, pageHref);
    } catch {
      u = null;
    }
    const site = new URL(pageHref).origin;
    if (!data.trim()) errors.push('The “data” parameter is empty. Showing the example article.');
    else if (!u)
      errors.push(
        `The “data” parameter ${quoted(data)} is not a URL. Showing the example article.`,
      );
    else if (u.protocol !== 'http:' && u.protocol !== 'https:')
      errors.push(
        `The “data” parameter ${quoted(data)} uses the ${clip(u.protocol)} scheme, which is not allowed: give an http(s) address on this site. Showing the example article.`,
      );
    else if (u.origin !== site)
      errors.push(
        `The events file must be on this site (${site}), not ${clip(u.origin)}. Showing the example article.`,
      );
  }
  return out;
}
