// The embed snippet for the edited map. Pure.
import { MAX_INLINE_CHARS } from '../map/inline-data.ts';

export interface EmbedPlan {
  /** `inline`: the events travel in the URL; `hosted`: publish the GeoJSON beside the app. */
  mode: 'inline' | 'hosted';
  /** The map page's URL for the iframe. */
  url: string;
  html: string;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * `app` is the map page (index.html) URL; `inline` the encoded events, or null
 * when encoding failed. Above MAX_INLINE_CHARS the snippet points at
 * `events.geojson`, a file to host beside the app.
 */
export function embedPlan(app: string, inline: string | null, title: string | null): EmbedPlan {
  const page = new URL(app);
  page.search = '';
  page.hash = '';
  const mode = inline !== null && inline.length <= MAX_INLINE_CHARS ? 'inline' : 'hosted';
  if (mode === 'inline') page.searchParams.set('inline', inline!);
  else page.searchParams.set('data', 'events.geojson');
  const url = page.href;
  const label = `Map: ${title ?? 'strikes and attacks'}`;
  const html = [
    '<iframe',
    `  src="${escapeAttr(url)}"`,
    `  title="${escapeAttr(label)}"`,
    '  width="100%"',
    '  height="480"',
    '  style="border:0"',
    '  loading="lazy"',
    '  allowfullscreen',
    '></iframe>',
  ].join('\n');
  return { mode, url, html };
}
