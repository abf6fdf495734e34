// The article's date, which relative event dates ("on Tuesday") are resolved
// against: the caller's (`--date`), else the HTML's publication metadata
// (`<meta property="article:published_time">`, `itemprop="datePublished"`, JSON-LD
// `"datePublished"`), else a dateline opening the body ("KYIV, Jan 24 (Reuters) -").
// Pure (htmlparser2's streaming tokenizer, no DOM).
import { Tokenizer } from 'htmlparser2';
import type { ArticleDateSource } from '../types.ts';
import type { NormalisedText } from '../text.ts';
import { datesIn, isCalendarDate } from './expressions.ts';

export interface ArticleDate {
  date: string;
  source: ArticleDateSource;
}

export interface ArticleDateOptions {
  /** The caller's date for the article (YYYY-MM-DD): it wins. */
  date?: string;
  /**
   * Today (YYYY-MM-DD): the year of a dateline that writes none ("Jan 24") is the
   * one that puts it on or before today. Without it, the latest year the article writes.
   */
  today?: string;
}

/** Meta names and properties that give the publication time. */
const PUBLISHED = new Set([
  'article:published_time',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'dc.date.issued',
]);

/** The local day of an ISO 8601 time as the publisher wrote it ("2024-01-24T08:30:00+02:00"). */
function dayOf(v: string | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(v ?? '');
  return m && isCalendarDate(m[1]!) ? m[1]! : null;
}

/** JSON-LD text kept per document, at most (a page's structured data is a few kB). */
const MAX_LD = 200_000;
const CHUNK = 65_536;

/** Attributes read from a tag, and how much of a value is kept. */
const WANTED = new Set(['property', 'name', 'itemprop', 'content', 'datetime', 'type']);
const MAX_VALUE = 200;

/**
 * The publication day in an HTML document's metadata, or null. One pass of
 * htmlparser2's streaming tokenizer (as geo/html.ts: linear; its Parser keeps a
 * stack of open elements that a megabyte of `<nav>` makes quadratic), in chunks,
 * stopping at the first date found. Entities in values are left as written.
 */
export function publishedDate(html: string): string | null {
  let found: string | null = null;
  let tag = '';
  let attr = '';
  let attrs = new Map<string, string>();
  let inLd = false;
  let ld = '';
  const name = (start: number, end: number) =>
    end - start > 16 ? '' : html.slice(start, end).toLowerCase();
  const endTag = () => {
    const get = (k: string) => attrs.get(k)?.toLowerCase() ?? '';
    if (tag === 'meta') {
      const key = get('property') || get('name') || get('itemprop');
      if (PUBLISHED.has(key)) found = dayOf(attrs.get('content'));
    } else if (tag === 'time' && get('itemprop') === 'datepublished')
      found = dayOf(attrs.get('datetime'));
    else if (tag === 'script' && get('type') === 'application/ld+json') {
      inLd = true;
      ld = '';
    }
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = name(start, end);
        attrs = new Map();
      },
      onattribname(start, end) {
        attr = name(start, end);
        if (WANTED.has(attr)) attrs.set(attr, '');
      },
      onattribdata(start, end) {
        const v = attrs.get(attr);
        if (v !== undefined && v.length < MAX_VALUE)
          attrs.set(attr, v + html.slice(start, Math.min(end, start + MAX_VALUE)));
      },
      onattribend() {
        attr = '';
      },
      onopentagend: endTag,
      onselfclosingtag: endTag,
      ontext(start, end) {
        if (inLd && ld.length < MAX_LD) ld += html.slice(start, Math.min(end, start + MAX_LD));
      },
      onclosetag(start, end) {
        if (!inLd || name(start, end) !== 'script') return;
        inLd = false;
        const m = /"datePublished"\s*:\s*"([^"]{0,40})"/.exec(ld);
        found ??= dayOf(m?.[1]);
      },
      onattribentity() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      ontextentity() {},
      onend() {},
    },
  );
  for (let i = 0; i < html.length && !found; i += CHUNK) tokenizer.write(html.slice(i, i + CHUNK));
  return found;
}

/** How far into the article a dateline may open a line. */
const DATELINE_WITHIN = 3000;

/**
 * "KYIV, Jan 24 (Reuters) -", "GAZA CITY, Jan. 12, 2024 (AP) —": a line opening with
 * a place in capitals, a comma, a date and a dash (bounded repetitions only).
 */
const DATELINE =
  /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’/-]{1,40},[ \t]*((?:\p{Lu}[\p{L} .]{1,30},[ \t]*)?[^\n()–—]{3,30}?)[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:-{1,2}|[–—])[ \t]/mu;

/** The latest year 1900–2099 the text writes, or null. */
function latestYear(text: string): number | null {
  let y: number | null = null;
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) if (!y || +m[0] > y) y = +m[0];
  return y;
}

/** The day a dateline at the head of the text gives, or null. */
export function datelineDate(text: string, today?: string): string | null {
  const head = text.slice(0, DATELINE_WITHIN);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  // With its year written, the date stands alone.
  const own = datesIn(head, start, start + m[1]!.length, null).find((d) => d.precision === 'day');
  if (own) return own.date;
  // A dateline without its year ("Jan 24"): the last such day on or before today,
  // else on or before the end of the latest year the article writes.
  const year = latestYear(text);
  const ref = today ?? (year ? `${year}-12-31` : null);
  if (!ref) return null;
  const d = datesIn(head, start, start + m[1]!.length, ref).find((x) => x.precision === 'day');
  return d?.date ?? null;
}

/** The article's date and where it came from, or null. */
export function articleDate(t: NormalisedText, o: ArticleDateOptions = {}): ArticleDate | null {
  if (o.date) return { date: o.date, source: 'given' };
  const meta = t.html ? publishedDate(t.original) : null;
  if (meta) return { date: meta, source: 'metadata' };
  const line = datelineDate(t.text, o.today);
  return line ? { date: line, source: 'dateline' } : null;
}
