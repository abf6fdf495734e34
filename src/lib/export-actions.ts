// What the Download buttons do, on the map page and in the workbench: the
// still image (src/lib/export-canvas.ts) and the outline map as SVG
// (src/embed/outline-svg.ts), each saved as a file, with a sentence saying
// what was saved.
import type { EventFeature } from '../../geo/types.ts';
import { basemapAttribution } from '../map/basemap.ts';
import type { Theme } from '../map/event-layers.ts';
import { slug } from '../map/export-image.ts';
import { outlineSvg, type Outline } from '../embed/outline-svg.ts';
import { composeImage, downloadFile, type ImageRequest } from './export-canvas.ts';
import { downloadText } from './fetch-timeout.ts';

/** The map's attribution: the basemap's sources, and MapLibre's (as its attribution control says). */
export const EXPORT_ATTRIBUTION = `${basemapAttribution()} · MapLibre`;

/** "Source: <the article's title> · <the page's URL>", without what is not known. */
export function sourceLine(articleTitle: string | null, pageUrl: string | null): string | null {
  const parts = [articleTitle ? `Source: ${articleTitle}` : null, pageUrl].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** The page's address without its #fragment, short enough for a line (else without its query). */
export function pageUrl(href: string): string {
  const u = new URL(href);
  u.hash = '';
  return u.href.length <= 160 ? u.href : u.origin + u.pathname;
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

export async function saveImage(r: ImageRequest): Promise<string> {
  const out = await composeImage(r);
  downloadFile(out.blob, out.name);
  return `Saved ${out.name} (${out.width}×${out.height} pixels, ${kb(out.blob.size)}).`;
}

export async function saveSvg(o: {
  events: readonly EventFeature[];
  title: string;
  theme: Theme;
}): Promise<string> {
  const url = new URL('generated/world-outline.json', document.baseURI).href;
  let outline: Outline | null = null;
  try {
    const parsed = JSON.parse(await downloadText(url, { what: 'the country outlines' }));
    if (Array.isArray(parsed?.land) && Array.isArray(parsed?.borders)) outline = parsed as Outline;
  } catch {
    // The markers and the attribution without the land: still a map of the events.
  }
  const svg = outlineSvg({ ...o, outline, attribution: EXPORT_ATTRIBUTION });
  const name = `${slug(o.title)}-outline.svg`;
  downloadFile(new Blob([svg], { type: 'image/svg+xml' }), name);
  return `Saved ${name}${outline ? '' : ' (without the country outlines, which could not be loaded)'}.`;
}
