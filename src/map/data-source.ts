// The article(s) an event comes from, in a collection of many
// (`npm run geocode -- a.txt b.txt`, `--ndjson`): `source` and `sources`. A
// popup links to `url`, so only http and https URLs pass: a `javascript:` or
// `data:` link in a file would run in the map's page.
import type { EventSource } from '../../geo/types.ts';
import { describe, fail, isObject } from './data-checks.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `url` when it is an absolute http(s) URL; throws otherwise. */
export function webUrl(v: unknown, where: string, field: string): string {
  let url: URL | null = null;
  try {
    if (typeof v === 'string') url = new URL(v);
  } catch {
    // not a URL: the check below says so
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    fail(where, `${field} must be an http or https URL (got ${describe(v)})`);
  return url.href;
}

function optional(o: Record<string, unknown>, key: string, where: string, field: string) {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    fail(where, `${field}.${key} must be a string or null (got ${describe(v)})`);
  return v;
}

function validateSource(v: unknown, where: string, field: string): EventSource {
  if (!isObject(v)) fail(where, `${field} must be an object (got ${describe(v)})`);
  if (typeof v.id !== 'string') fail(where, `${field}.id must be a string (got ${describe(v.id)})`);
  const date = optional(v, 'date', where, field);
  if (date !== null && !DATE.test(date))
    fail(where, `${field}.date must be a YYYY-MM-DD date or null (got ${describe(date)})`);
  const url = v.url === undefined || v.url === null ? null : webUrl(v.url, where, `${field}.url`);
  return { id: v.id, title: optional(v, 'title', where, field), url, date };
}

/** `source` and `sources` of an event's properties `p`, checked (absent ones stay absent). */
export function validateSources(
  p: Record<string, unknown>,
  where: string,
): { source?: EventSource; sources?: (EventSource & { excerpt: string })[] } {
  const out: { source?: EventSource; sources?: (EventSource & { excerpt: string })[] } = {};
  if (p.source !== undefined) out.source = validateSource(p.source, where, 'properties.source');
  if (p.sources !== undefined) {
    if (!Array.isArray(p.sources))
      fail(where, `properties.sources must be an array (got ${describe(p.sources)})`);
    out.sources = p.sources.map((s: unknown, j: number) => {
      const field = `properties.sources[${j}]`;
      const source = validateSource(s, where, field);
      const excerpt = (s as Record<string, unknown>).excerpt;
      if (typeof excerpt !== 'string')
        fail(where, `${field}.excerpt must be a string (got ${describe(excerpt)})`);
      return { ...source, excerpt };
    });
  }
  return out;
}
