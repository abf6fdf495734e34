// The embed snippet for the edited map: the events in the URL when they are
// small enough, otherwise a GeoJSON file to host beside the app. The snippet
// itself is the share dialog's (src/embed/snippet.ts). Pure.
import { embedSnippet, embedUrls, type EmbedUrls } from '../embed/snippet.ts';
import { MAX_INLINE_CHARS } from '../map/inline-data.ts';
import { embedOptions, frameTitle, type PublishSettings } from './publish.ts';

/** The file name the hosted snippet points at (README, "Map a new article"). */
export const HOSTED_FILE = 'events.geojson';

export interface EmbedPlan {
  /** `inline`: the events travel in the URL; `hosted`: publish the GeoJSON beside the app. */
  mode: 'inline' | 'hosted';
  urls: EmbedUrls;
  html: string;
}

/**
 * `baseURI` is the app's base (document.baseURI); `inline` the encoded events,
 * or null when encoding failed. Above MAX_INLINE_CHARS the snippet points at
 * `events.geojson`, a file to host beside the app. The frame's URL, its title
 * and its height follow the Publish form's `settings`.
 */
export function embedPlan(
  baseURI: string,
  inline: string | null,
  settings: PublishSettings,
): EmbedPlan {
  const mode = inline !== null && inline.length <= MAX_INLINE_CHARS ? 'inline' : 'hosted';
  const options = embedOptions(settings);
  const urls =
    mode === 'inline'
      ? embedUrls(baseURI, null, inline, options)
      : embedUrls(baseURI, HOSTED_FILE, null, options);
  return { mode, urls, html: embedSnippet(urls, frameTitle(settings), settings.height) };
}
