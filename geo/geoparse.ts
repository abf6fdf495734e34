// The geoparser's public API: article text in, EventCollection out.
// normalise → sentences → mentions → resolve → events → GeoJSON, each a module.
// Pure (no DOM, no fs, no fetch): runs in Node and in a browser Web Worker.
import type { Gazetteer } from './gazetteer/types.ts';
import type { EventCollection } from './types.ts';
import { normaliseText, titleOf, GeoparseError, type NormalisedText } from './text.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import {
  findMentions,
  lowerCaseWords,
  mentionAt,
  tokenize,
  type Mention,
  type Token,
} from './mentions.ts';
import { resolveMentions, type ResolvedMention } from './resolve.ts';
import { classifyEvents, type ClassifyOptions, type SentenceEvents } from './events.ts';
import { toGeoJSON } from './geojson.ts';
import { UNKNOWN_MODEL, unknownPlaces } from './unknown/model.ts';
import type { LinearModel } from './linear.ts';
import { articleDate, type ArticleDate, type ArticleDateOptions } from './dates/article.ts';
import { eventDates } from './dates/events.ts';
import type { DateExpression } from './dates/expressions.ts';
import type { LocatedEvent } from './events.ts';

export { GeoparseError } from './text.ts';
export type { ResolvedMention } from './resolve.ts';
export type { Mention } from './mentions.ts';

export interface GeoparseOptions {
  /**
   * The article's date (YYYY-MM-DD), copied to `article.date`; without it, the HTML's
   * publication metadata or a dateline give it, when they do.
   */
  date?: string;
  /** Today (YYYY-MM-DD): the year of a dateline that writes none (see geo/dates/article.ts). */
  today?: string;
}

/** Every intermediate result, for the review UI and the benchmark. */
export interface Analysis {
  text: NormalisedText;
  sentences: Sentence[];
  tokens: Token[][];
  mentions: ResolvedMention[];
  events: SentenceEvents[];
  /** The article's date, when known, and where it came from. */
  date: ArticleDate | null;
  /** The date of each strike and attack that its clause dates (geo/dates/). */
  dates: Map<LocatedEvent, DateExpression>;
}

/**
 * Runs every stage and returns the intermediate results. `events` options: further
 * cue offsets (the benchmark passes a corpus's event verb), another attachment model
 * (the trainer's), an observer of the scored pairs.
 */
export function analyse(
  input: string,
  gazetteer: Gazetteer,
  events: ClassifyOptions = {},
  unknown: UnknownOptions = {},
  dating: ArticleDateOptions = {},
): Analysis {
  const text = normaliseText(input);
  const date = articleDate(text, { ...dating, date: dating.date ?? events.date });
  const sentences = splitSentences(text.text);
  const tokens = sentences.map((s) => tokenize(text.text, s));
  const lower = lowerCaseWords(text.text);
  const { mentions: raw, persons } = findMentions(text.text, sentences, tokens, gazetteer, lower);
  // One sense per discourse: a key found to be a person's name is no place anywhere.
  const kept0 = raw.filter(
    (m) => m.role !== 'place' || !persons.has(m.key) || m.candidates[0]?.type === 'country',
  );
  // Headlines capitalise every word: a one-word name there must also occur in the body, or be a country.
  const bodyKeys = new Set(kept0.filter((m) => !sentences[m.sentence]!.headline).map((m) => m.key));
  const kept = kept0.filter((m) => {
    if (m.role !== 'place' || !sentences[m.sentence]!.headline || m.tokenEnd - m.tokenStart > 1)
      return true;
    return bodyKeys.has(m.key) || m.candidates[0]?.type === 'country' || /^\p{Lu}+$/u.test(m.text);
  });
  const mentions = resolveMentions(
    withUnknown(text.text, sentences, tokens, kept, persons, unknown),
    {
      tokens,
    },
  );
  const classified = classifyEvents(
    tokens,
    mentions,
    date && !events.date ? { ...events, date: date.date } : events,
  );
  const dates = eventDates(text.text, sentences, classified, date?.date ?? null);
  return { text, sentences, tokens, mentions, events: classified, date, dates };
}

export interface UnknownOptions {
  /** The recogniser of places the gazetteer lacks (the shipped one by default; null: none). */
  model?: LinearModel | null;
  /** Sees every candidate span with its features (the trainer). */
  observe?: Parameters<typeof unknownPlaces>[5];
}

/** The mentions with the places the gazetteer lacks added in article order (geo/unknown/). */
function withUnknown(
  text: string,
  sentences: Sentence[],
  tokens: Token[][],
  mentions: Mention[],
  persons: ReadonlySet<string>,
  o: UnknownOptions,
): Mention[] {
  const model = o.model === undefined ? UNKNOWN_MODEL : o.model;
  if (!model && !o.observe) return mentions;
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence]!.push(m);
  const out: Mention[] = [];
  for (const s of sentences) {
    const own = bySentence[s.index]!;
    const extra = unknownPlaces(text, s, tokens[s.index]!, own, model, o.observe).filter(
      (m) => !persons.has(m.key),
    );
    out.push(...(extra.length ? [...own, ...extra].sort((a, b) => a.start - b.start) : own));
  }
  return out;
}

export function geoparse(
  text: string,
  gazetteer: Gazetteer,
  options: GeoparseOptions = {},
): EventCollection {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new GeoparseError(`invalid date "${options.date}": expected YYYY-MM-DD`);
  }
  return collectionOf(
    analyse(text, gazetteer, options.date ? { date: options.date } : {}, {}, options),
  );
}

/**
 * An analysis as the EventCollection `geoparse` returns, titled from the article's
 * first line, dated with the article's date when known.
 */
export function collectionOf(a: Analysis): EventCollection {
  const meta = {
    title: titleOf(a.text),
    ...(a.date ? { date: a.date.date, dateSource: a.date.source } : {}),
  };
  return toGeoJSON(a.text, a.sentences, a.mentions, a.events, meta, a.dates);
}

/**
 * Resolution alone: resolves the given [start, end) spans (e.g. a corpus's gold
 * toponyms) in the context of the article, returning one resolved mention per span
 * (place null when the gazetteer has no candidate). For benchmarks and review UIs.
 */
export function resolveSpans(
  input: string,
  gazetteer: Gazetteer,
  spans: readonly [number, number][],
): (ResolvedMention | null)[] {
  const a = analyse(input, gazetteer);
  const text = a.text.text;
  const sentenceOf = (pos: number) =>
    a.sentences.find((s) => s.start <= pos && pos < s.end) ?? a.sentences[0]!;
  const given: Mention[] = [];
  const bySpan: (Mention | null)[] = spans.map(([start, end]) => {
    const s = sentenceOf(start);
    const toks = a.tokens[s.index]!;
    let ts = toks.findIndex((t) => t.end > start);
    if (ts < 0) ts = toks.length;
    let te = ts;
    while (te < toks.length && toks[te]!.start < end) te++;
    const r = mentionAt(text, s, toks, ts, Math.max(te, ts + 1), gazetteer, [start, end]);
    if (!r) return null;
    given.push(r.mention);
    return r.mention;
  });
  // Context: the article's own mentions that the spans do not cover.
  const context = a.mentions.filter((m) => !given.some((g) => g.start < m.end && m.start < g.end));
  const resolved = resolveMentions(
    [...context, ...given].sort((x, y) => x.start - y.start),
    { tokens: a.tokens },
  );
  const out = new Map<Mention, ResolvedMention>();
  const all = [...context, ...given].sort((x, y) => x.start - y.start);
  all.forEach((m, i) => out.set(m, resolved[i]!));
  return bySpan.map((m) => (m ? (out.get(m) ?? null) : null));
}
