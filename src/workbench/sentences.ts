// The article's sentences as the editor chooses an event's excerpt among them:
// split as the geoparser splits them, quoted as it quotes them (verbatim; an HTML
// article's markup collapsed), each with its offset. Pure.
import { splitSentences } from '../../geo/sentences.ts';
import { excerptOf, normaliseText } from '../../geo/text.ts';
import type { EventSource } from '../../geo/types.ts';

export interface ArticleSentence {
  start: number;
  end: number;
  excerpt: string;
}

/**
 * The sentence an event added by hand quotes (a possible event's, a place's not
 * on the map): [start, end) of its article, and its excerpt. `from` when the
 * article is one added to the map ("Add to this map"), not its first: that
 * article's source and the sentence's own words (its text from start to end),
 * for the map's collection holds the first article's text alone.
 */
export interface QuotedSentence extends ArticleSentence {
  from?: { source: EventSource; words: string };
}

export function articleSentences(text: string): ArticleSentence[] {
  let t;
  try {
    t = normaliseText(text);
  } catch {
    return []; // text the geoparser refuses has no events to quote it
  }
  return splitSentences(t.text).map((s) => ({
    start: s.start,
    end: s.end,
    excerpt: excerptOf(t, s.start, s.end),
  }));
}

/**
 * The sentences an event may quote instead of its own: those that name its place
 * (its spans), and the ones just before and after its excerpt, in article order.
 */
export function excerptChoices(
  all: readonly ArticleSentence[],
  excerptStart: number,
  spans: readonly [number, number][],
): ArticleSentence[] {
  const at = all.findIndex((s) => s.start <= excerptStart && excerptStart < s.end);
  const keep = new Set<number>();
  if (at >= 0) for (const i of [at - 1, at, at + 1]) if (i >= 0 && i < all.length) keep.add(i);
  all.forEach((s, i) => {
    if (spans.some(([a, b]) => a < s.end && s.start < b)) keep.add(i);
  });
  return [...keep].sort((a, b) => a - b).map((i) => all[i]!);
}
