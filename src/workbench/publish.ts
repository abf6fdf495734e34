// The Publish form's settings (issue 14, part 4): how the map is embedded
// (theme, list, labels, height), its texts (title, subtitle, source line) and
// the article it comes from (URL and title). Only what the editor changed is
// kept with the work (`PublishChanges`, src/workbench/storage.ts); the rest
// follows the article and the embed's defaults. Pure.
import type { EventCollection, MapMeta } from '../../geo/types.ts';
import {
  LISTS,
  MAX_TITLE,
  THEMES,
  type LabelsParam,
  type ListParam,
  type ThemeParam,
} from '../embed/params.ts';
import { DEFAULT_HEIGHT, type EmbedOptions } from '../embed/snippet.ts';
import { sourceLine } from '../lib/export-actions.ts';

export interface PublishSettings {
  /** The embed's heading (`title`); empty for none. */
  title: string;
  /** The line under it (`subtitle`); empty for none. */
  subtitle: string;
  /** The source line (`source`), e.g. "Source: Reuters, 12 Jan 2024"; empty for none. */
  source: string;
  theme: ThemeParam;
  list: ListParam;
  labels: LabelsParam;
  /** The iframe's height in the snippet, in CSS pixels (MIN_HEIGHT–MAX_HEIGHT). */
  height: number;
  /** Where the article was published; empty when not known. */
  articleUrl: string;
  /** The article's title; empty when not known. */
  articleTitle: string;
}

/**
 * The settings the editor changed; the others take their defaults
 * (`settingsOf`). `article` names the article they were made for (`articleKey`):
 * another article mapped in the same work keeps the display settings (theme,
 * list, labels, height: a newsroom's house style) but not the texts.
 */
export type PublishChanges = Partial<PublishSettings> & { article?: string };

/** The texts that belong to one article. */
const ARTICLE_TEXTS = ['title', 'subtitle', 'source', 'articleUrl', 'articleTitle'] as const;

/** Which article a collection maps: its title and length. */
export const articleKey = (c: EventCollection | null) =>
  `${c?.article?.characters ?? 0}:${c?.article?.title ?? ''}`.slice(0, MAX_URL);

/** embed.js clamps a frame to 200–4,000 px; a snippet's map between these is readable. */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 2000;
export const MAX_ARTICLE_TITLE = 500;
export const MAX_URL = 2000;

/** What a Publish form shows before the editor changes anything. */
export function defaultSettings(c: EventCollection | null): PublishSettings {
  return {
    title: '',
    subtitle: '',
    source: '',
    theme: 'auto',
    list: 'shown',
    labels: 'hidden',
    height: DEFAULT_HEIGHT,
    articleUrl: c?.article?.url ?? '',
    articleTitle: c?.article?.title ?? '',
  };
}

/** The changes that hold for `c`'s article: made for another, its texts are left out. */
export function changesFor(c: EventCollection | null, changes: PublishChanges | null) {
  const { article, ...kept } = changes ?? {};
  if (article !== undefined && article !== articleKey(c))
    for (const key of ARTICLE_TEXTS) delete kept[key];
  return kept as Partial<PublishSettings>;
}

export function settingsOf(
  c: EventCollection | null,
  changes: PublishChanges | null,
): PublishSettings {
  return { ...defaultSettings(c), ...changesFor(c, changes) };
}

/** Why `raw` is not an article URL (an absolute http or https URL), or null; empty is none. */
export function urlProblem(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  if (s.length > MAX_URL) return `The article URL is longer than ${MAX_URL} characters.`;
  let u: URL | null = null;
  try {
    u = new URL(s);
  } catch {
    u = null;
  }
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:'))
    return 'The article URL must be a web address starting with https:// or http://.';
  return null;
}

/** Why `n` is not a height the snippet takes, or null. */
export function heightProblem(n: number): string | null {
  return Number.isInteger(n) && n >= MIN_HEIGHT && n <= MAX_HEIGHT
    ? null
    : `The height must be a whole number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}.`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The texts the embed's URL carries (the `title`, `subtitle`, `source` and display parameters). */
export function embedOptions(s: PublishSettings): EmbedOptions {
  return {
    theme: s.theme,
    list: s.list,
    labels: s.labels,
    title: oneLine(s.title).slice(0, MAX_TITLE),
    subtitle: oneLine(s.subtitle).slice(0, MAX_TITLE),
    source: oneLine(s.source).slice(0, MAX_TITLE),
  };
}

/** The iframe's accessible name: the Title, else "Map: <the article's title>". */
export function frameTitle(s: PublishSettings): string {
  return oneLine(s.title) || `Map: ${oneLine(s.articleTitle) || 'strikes and attacks'}`;
}

/** The image's and the SVG's title and source line (src/lib/export-actions.ts). */
export function exportTexts(s: PublishSettings): { title: string; source: string | null } {
  const article = oneLine(s.articleTitle) || null;
  const url = urlProblem(s.articleUrl) ? null : s.articleUrl.trim() || null;
  return {
    title: oneLine(s.title) || article || 'Strikes and attacks',
    source: oneLine(s.source) || sourceLine(article, url),
  };
}

/**
 * The collection as the downloads and the embed carry it: `article.title` and
 * `article.url` from the settings (the map's source; a bad URL is left out),
 * and the map's texts as the `map` foreign member (absent when none is set).
 */
export function publishedCollection(c: EventCollection, s: PublishSettings): EventCollection {
  const { url: _url, ...rest } = c.article ?? { title: null, characters: 0 };
  void _url;
  const article: NonNullable<EventCollection['article']> = {
    ...rest,
    title: oneLine(s.articleTitle) || null,
  };
  if (!urlProblem(s.articleUrl) && s.articleUrl.trim())
    article.url = new URL(s.articleUrl.trim()).href;
  const o = embedOptions(s);
  const map: MapMeta = {};
  if (o.title) map.title = o.title;
  if (o.subtitle) map.subtitle = o.subtitle;
  if (o.source) map.source = o.source;
  const { map: _old, ...collection } = c;
  void _old;
  return { ...collection, article, ...(Object.keys(map).length ? { map } : {}) };
}

type Check = (v: unknown) => boolean;
const text =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const CHECKS: { [K in keyof PublishSettings]: Check } = {
  title: text(MAX_TITLE),
  subtitle: text(MAX_TITLE),
  source: text(MAX_TITLE),
  theme: (v) => (THEMES as readonly unknown[]).includes(v),
  list: (v) => (LISTS as readonly unknown[]).includes(v),
  labels: (v) => (LISTS as readonly unknown[]).includes(v),
  height: (v) => typeof v === 'number' && heightProblem(v) === null,
  articleUrl: (v) => typeof v === 'string' && urlProblem(v) === null,
  articleTitle: text(MAX_ARTICLE_TITLE),
};
const LABELS: { [K in keyof PublishSettings]: string } = {
  title: 'title',
  subtitle: 'subtitle',
  source: 'source line',
  theme: 'theme',
  list: 'list',
  labels: 'labels',
  height: 'height',
  articleUrl: 'article URL',
  articleTitle: 'article title',
};

/**
 * Saved settings, checked: each bad one is left out (its default is used) and
 * `dropped` names it; anything else than an object is left out as a whole.
 */
export function parseChanges(v: unknown): { changes: PublishChanges | null; dropped: string[] } {
  if (v === undefined || v === null) return { changes: null, dropped: [] };
  if (typeof v !== 'object' || Array.isArray(v))
    return { changes: null, dropped: ['the publish settings are not a table'] };
  const o = v as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  const dropped: string[] = [];
  if (typeof o.article === 'string' && o.article.length <= MAX_URL) changes.article = o.article;
  for (const key of Object.keys(CHECKS) as (keyof PublishSettings)[]) {
    if (!Object.hasOwn(o, key) || o[key] === undefined) continue;
    if (CHECKS[key](o[key])) changes[key] = o[key];
    else dropped.push(LABELS[key]);
  }
  return {
    changes: changes as PublishChanges,
    dropped: dropped.length
      ? [
          `the publish settings' ${dropped.join(', ')} (back to the default${dropped.length > 1 ? 's' : ''})`,
        ]
      : [],
  };
}
