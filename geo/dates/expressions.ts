// Date expressions in a piece of article text ("on Tuesday", "last night",
// "on Jan. 12", "earlier this month", "in 2019"), by chrono-node's English parser
// with three parsers of our own ("overnight", a bare year after a preposition,
// "this week"), each resolved against the article's date: a calendar day, the
// Monday of a week, the first of a month or of a year, with its precision and its
// [start, end) offsets. Pure.
//
// chrono's cost grows faster than the length of what it is given (crafted runs of
// "12 " or "Jan 12, " take 46x the time at 10x the length), so it is never given
// more than MAX_PIECE characters at once: see datesIn.
import { casual, type ParsedResult, type Parser } from 'chrono-node/en';
import type { DatePrecision } from '../types.ts';

export interface DateExpression {
  /** YYYY-MM-DD: the day, or the first day of the week (a Monday), month or year. */
  date: string;
  precision: DatePrecision;
  /** [start, end) of the expression in the article. */
  start: number;
  end: number;
  /** The expression as written. */
  text: string;
}

/** At most this many characters go to chrono in one call. */
export const MAX_PIECE = 400;

/** Words without which a piece holds no date expression that we keep: chrono is not called. */
const DATE_WORD =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)|\b(?:in|during|since|until|by|early|mid|late|last|this)[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\b(?:yesterday|today|tonight|overnight|night|morning|evening|afternoon|week(?:end)?|month|year|ago)\b|\b(?:19|20)\d\d\b/i;

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The date d days after YYYY-MM-DD (UTC noon, so no time zone moves it). */
export function addDays(iso: string, d: number): string {
  const t = new Date(`${iso}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + d);
  return t.toISOString().slice(0, 10);
}

/** 0 (Sunday) .. 6 (Saturday). */
const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A real day of the proleptic Gregorian calendar written YYYY-MM-DD (not 2024-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // not Date.UTC: it reads years 0–99 as 1900–1999
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** "overnight": the night before the article's day, as "last night" is. */
const overnight: Parser = {
  pattern: () => /\bovernight\b/i,
  extract: (context) => {
    const ref = context.reference.instant;
    const d = new Date(ref.getTime() - 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  },
};

/** "in 2019", "during 2014", "the 2019 bombing": a year that chrono leaves alone. */
const bareYear: Parser = {
  pattern: () =>
    /\b(?:in|during|since|until|of|the|early|late|mid-?|summer|winter|spring|autumn)\s+((?:19|20)\d\d)\b(?![-–/.:]\d)/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
};

const PARSER = casual.clone();
PARSER.parsers.push(overnight, bareYear);

/** A range's first point ("since", "until", "before", "after") does not date an event. */
const NOT_THE_DAY = /\b(?:since|until|till|through|before|after|by|from)\s*$/i;

/**
 * The date and precision of one chrono result against `ref` (YYYY-MM-DD, or null
 * when the article's date is unknown: then only dates written with their year).
 */
function resolve(
  r: ParsedResult,
  ref: string | null,
): Omit<DateExpression, 'start' | 'end'> | null {
  const c = r.start;
  const t = r.text.toLowerCase();
  const y = c.get('year')!;
  const m = c.get('month')!;
  const d = c.get('day')!;
  const certain = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k);
  const tags = c.tags();
  const casualDay = [...tags].some((x) => x.startsWith('casualReference/'));
  // Hours and minutes alone ("at 3 a.m.", "in 24 hours") say nothing of the day.
  if (/\b(?:hours?|minutes?|seconds?)\b/.test(t)) return null;
  let precision: DatePrecision;
  if (/\bweek(?:s|end)?\b/.test(t)) precision = 'week';
  else if (certain('weekday') && !certain('day')) precision = 'day';
  else if (certain('day') && certain('month') && /\d/.test(t) && MONTH.test(t)) precision = 'day';
  else if (/\bmonths?\b/.test(t) || (certain('month') && !certain('day'))) precision = 'month';
  else if (/\byears?\b/.test(t) || (certain('year') && !certain('month'))) precision = 'year';
  else if (certain('day') || (casualDay && /\b(?:this|to)/.test(t))) precision = 'day';
  else return null;
  // Relative to the article's day, or implied from it: not without it.
  const written = certain('year') && /\b(?:19|20)\d\d\b/.test(t);
  if (!ref && !written) return null;
  let date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (ref && certain('weekday') && !certain('day') && !/\b(?:next|coming)\b/.test(t)) {
    // A weekday in a report is the last one on or before the article's day.
    const back = (weekdayOf(ref) - c.get('weekday')! + 7) % 7;
    date = addDays(ref, -back);
  }
  // A day or month written without its year ("on Jan. 12") is the last one on or before the article's day.
  if (ref && !certain('year') && certain('month') && date > ref)
    date = `${pad(y - 1, 4)}${date.slice(4)}`;
  // chrono starts "this week" on a Sunday: the week is the article's.
  if (ref && /\bthis\s+week\b/.test(t)) date = ref;
  if (precision === 'week') date = addDays(date, -((weekdayOf(date) + 6) % 7));
  else if (precision === 'month') date = `${date.slice(0, 7)}-01`;
  else if (precision === 'year') date = `${date.slice(0, 4)}-01-01`;
  if (!isCalendarDate(date)) return null;
  // An event reported on the article's day happened on it or before.
  if (ref && date > ref) return null;
  return { date, precision, text: r.text };
}

/**
 * The date expressions in text[from, to) (at most MAX_PIECE characters: longer
 * pieces are cut), resolved against `ref`. Linear in the piece's length: the
 * pre-check is one regular expression without nested repetition, chrono sees at
 * most MAX_PIECE characters.
 */
export function datesIn(
  text: string,
  from: number,
  to: number,
  ref: string | null,
): DateExpression[] {
  const piece = text.slice(from, Math.min(to, from + MAX_PIECE));
  if (!DATE_WORD.test(piece)) return [];
  const instant = new Date(`${ref ?? '2000-01-01'}T12:00:00Z`);
  const out: DateExpression[] = [];
  for (const r of PARSER.parse(piece, { instant, timezone: 0 })) {
    // chrono merges a time word with the date after it and loses the date ("night
    // of Jan. 12" is read as tonight): the date alone, parsed again.
    const month = MONTH.exec(r.text);
    if (month && month.index > 0 && !r.start.isCertain('day') && !r.start.isCertain('month')) {
      const at = from + r.index + month.index;
      out.push(...datesIn(text, at, from + r.index + r.text.length, ref));
      continue;
    }
    if (NOT_THE_DAY.test(piece.slice(Math.max(0, r.index - 10), r.index))) continue;
    if (/^(?:since|until|till|from)\b/i.test(r.text)) continue;
    const v = resolve(r, ref);
    // chrono keeps a trailing comma or period ("last Saturday,"): the span does not.
    const written = r.text.replace(/[\s,.;:]+$/, '');
    if (v)
      out.push({
        ...v,
        text: written,
        start: from + r.index,
        end: from + r.index + written.length,
      });
  }
  return out;
}
