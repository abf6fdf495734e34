// The copy-ready embed code offered by the share dialog. Pure.
import type { LabelsParam, ListParam, ThemeParam } from './params.ts';

export const DEFAULT_HEIGHT = 600;

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface EmbedUrls {
  /** The embed URL: index.html?embed (and the events' `data` or `inline` parameter, if any). */
  frame: string;
  /** The host script. */
  script: string;
  /** The full page, for a plain link. */
  page: string;
}

/**
 * How the embed looks, carried by its URL (README, "URL parameters"): a
 * parameter is written only when it differs from its default (an empty text is none).
 */
export interface EmbedOptions {
  theme?: ThemeParam;
  list?: ListParam;
  labels?: LabelsParam;
  title?: string;
  subtitle?: string;
  source?: string;
}

const DEFAULTS = { theme: 'auto', list: 'shown', labels: 'hidden' } as const;

/**
 * URLs from the app's base (document.baseURI) and where the events come from:
 * `data`, the page's `data` parameter (a GeoJSON file beside the app), or
 * `inline`, the events carried in the URL (src/map/inline-data.ts), which wins.
 * The frame's URL also carries `options` (before the events, so that a reader
 * of the snippet sees them); the page's, only the events.
 */
export function embedUrls(
  baseURI: string,
  data: string | null,
  inline: string | null = null,
  options: EmbedOptions = {},
): EmbedUrls {
  const source = new URLSearchParams();
  if (inline) source.set('inline', inline);
  else if (data) source.set('data', data);
  const query = source.toString();
  const look = new URLSearchParams();
  for (const key of ['theme', 'list', 'labels'] as const) {
    const v = options[key];
    if (v && v !== DEFAULTS[key]) look.set(key, v);
  }
  for (const key of ['title', 'subtitle', 'source'] as const) {
    const v = options[key]?.trim();
    if (v) look.set(key, v);
  }
  const page = new URL('index.html', baseURI);
  page.search = query ? '?' + query : '';
  const frame = new URL(page.href);
  frame.search = ['?embed', look.toString(), query].filter(Boolean).join('&');
  return { frame: frame.href, script: new URL('embed.js', baseURI).href, page: page.href };
}

export function embedSnippet(urls: EmbedUrls, title: string, height = DEFAULT_HEIGHT): string {
  return (
    `<iframe src="${escapeAttribute(urls.frame)}" title="${escapeAttribute(title)}"` +
    ` loading="lazy" allowfullscreen style="width:100%;height:${height}px;border:0"></iframe>\n` +
    `<script src="${escapeAttribute(urls.script)}" async></script>`
  );
}
