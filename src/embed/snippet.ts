// The copy-ready embed code offered by the share dialog. Pure.

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
 * URLs from the app's base (document.baseURI) and where the events come from:
 * `data`, the page's `data` parameter (a GeoJSON file beside the app), or
 * `inline`, the events carried in the URL (src/map/inline-data.ts), which wins.
 */
export function embedUrls(
  baseURI: string,
  data: string | null,
  inline: string | null = null,
): EmbedUrls {
  const source = new URLSearchParams();
  if (inline) source.set('inline', inline);
  else if (data) source.set('data', data);
  const query = source.toString();
  const page = new URL('index.html', baseURI);
  page.search = query ? '?' + query : '';
  const frame = new URL(page.href);
  frame.search = '?embed' + (query ? '&' + query : '');
  return { frame: frame.href, script: new URL('embed.js', baseURI).href, page: page.href };
}

export function embedSnippet(urls: EmbedUrls, title: string, height = DEFAULT_HEIGHT): string {
  return (
    `<iframe src="${escapeAttribute(urls.frame)}" title="${escapeAttribute(title)}"` +
    ` loading="lazy" allowfullscreen style="width:100%;height:${height}px;border:0"></iframe>\n` +
    `<script src="${escapeAttribute(urls.script)}" async></script>`
  );
}
