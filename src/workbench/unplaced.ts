// What the map's articles leave off it, article by article: the places the
// geoparser could not place and the sentences that speak of a strike or an attack
// but gave no event (Unplaced.svelte lists them). The first article's are the
// collection's own (`unresolved`, `possible`); each article added to the map
// ("Add to this map") keeps its own in its `append` command, so undoing the
// append takes them away with its events. Pure.
import type {
  EventCollection,
  EventSource,
  PossibleEvent,
  UnresolvedEvent,
} from '../../geo/types.ts';
import type { History } from './history.ts';
import { articleSentences, type QuotedSentence } from './sentences.ts';

export interface ArticleUnplaced {
  /** The article's source: null for the map's first (its text is the collection's). */
  source: EventSource | null;
  /** How the lists name it when the map has several articles: its title (“…”), or Article 2. */
  name: string;
  unresolved: readonly UnresolvedEvent[];
  possible: readonly PossibleEvent[];
}

/** Each article of the map in its order, with its places not on the map and its possible events. */
export function unplacedByArticle(
  collection: EventCollection | null,
  history: History | null,
): ArticleUnplaced[] {
  if (!collection) return [];
  const name = (title: string | null | undefined, i: number) =>
    title ? `“${title}”` : `Article ${i + 1}`;
  const first: ArticleUnplaced = {
    source: null,
    name: name(collection.article?.title, 0),
    unresolved: collection.unresolved ?? [],
    possible: collection.possible ?? [],
  };
  const added = (history?.done ?? []).flatMap((c) => (c.type === 'append' ? [c] : []));
  return [
    first,
    ...added.map((c, i) => ({
      source: c.source,
      name: name(c.source.title, i + 1),
      unresolved: c.collection.unresolved ?? [],
      possible: c.collection.possible ?? [],
    })),
  ];
}

/**
 * The sentence an event added for `u` quotes ("Add its place"): its start and
 * excerpt, its end in `text` (the article's; an HTML article's excerpt is shorter
 * than its source), and, for an added article (`source`), that article and the
 * sentence's own words. Without the text, the excerpt stands for it.
 */
export function sentenceFor(
  u: { excerpt: string; excerptStart: number },
  source: EventSource | null,
  text: string | null,
): QuotedSentence {
  const start = u.excerptStart;
  const s = text === null ? undefined : articleSentences(text).find((x) => x.start === start);
  const end = s?.end ?? start + u.excerpt.length;
  const sentence = { start, end, excerpt: u.excerpt };
  if (!source) return sentence;
  const words = s && text !== null ? text.slice(start, end) : u.excerpt;
  return { ...sentence, from: { source, words } };
}
