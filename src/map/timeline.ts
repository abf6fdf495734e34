// The timeline of a collection: strikes and attacks per day, and the range of
// days a reader keeps (issue 15, part 3). Pure; the slider is
// src/lib/Timeline.svelte. Days are UTC calendar days counted from 1970-01-01:
// the dates are the articles' own, no time zone moves them.
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { MONTHS } from './date-label.ts';

/** The days a reader keeps, both ends included; a null end is open. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

export interface Timeline {
  /** Day numbers of the first and last day with a strike or attack. */
  first: number;
  last: number;
  /** Strikes and attacks per day, from `first` (index 0) to `last`. */
  strikes: number[];
  attacks: number[];
  /** The most events on one day. */
  max: number;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD date, or null when it is not a real date. */
export function dayNumber(iso: string | null | undefined): number | null {
  const m = ISO_DAY.exec(iso ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // 2024-02-31 is not a date (Date.UTC would roll it over to March).
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return t / DAY_MS;
}

/** YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days a strike or attack may have happened on, both included: its own date
 * (a week from its Monday, a month from its first day), else the date of the
 * article that reports it (its `source`, or the single article's date). Null
 * for mentions, for background dated by a year only ("in 2019"), and for an
 * event with no date at all: a timeline leaves those out.
 */
export function eventDays(f: EventFeature, articleDate: string | null): [number, number] | null {
  const p = f.properties;
  if (p.kind === 'mention') return null;
  const own = dayNumber(p.date);
  if (own !== null) {
    if (p.datePrecision === 'day') return [own, own];
    if (p.datePrecision === 'week') return [own, own + 6];
    if (p.datePrecision === 'month') {
      const d = new Date(own * DAY_MS);
      const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
      return [own, next - 1];
    }
    return null;
  }
  const reported = dayNumber(p.source?.date ?? articleDate);
  return reported === null ? null : [reported, reported];
}

/** Strikes and attacks per day, by the first day each may have happened on; null when they span less than two days. */
export function timelineOf(data: EventCollection): Timeline | null {
  const articleDate = data.article?.date ?? null;
  const starts: { day: number; strike: boolean }[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const f of data.features) {
    const days = eventDays(f, articleDate);
    if (!days) continue;
    starts.push({ day: days[0], strike: f.properties.kind === 'strike' });
    first = Math.min(first, days[0]);
    last = Math.max(last, days[0]);
  }
  if (!(last > first)) return null;
  const strikes = new Array<number>(last - first + 1).fill(0);
  const attacks = new Array<number>(last - first + 1).fill(0);
  for (const s of starts) (s.strike ? strikes : attacks)[s.day - first]! += 1;
  let max = 0;
  for (let i = 0; i < strikes.length; i++) max = Math.max(max, strikes[i]! + attacks[i]!);
  return { first, last, strikes, attacks, max };
}

/** The range as day indexes into the timeline (0 .. days - 1), both included. */
export function rangeIndexes(range: DayRange | null, t: Timeline): [number, number] {
  const n = t.last - t.first;
  const at = (iso: string | null, open: number) => {
    const day = dayNumber(iso);
    return day === null ? open : Math.min(n, Math.max(0, day - t.first));
  };
  const from = at(range?.from ?? null, 0);
  const to = at(range?.to ?? null, n);
  return from <= to ? [from, to] : [to, from];
}

/** The range of day indexes `from`..`to`, or null when it holds the whole timeline. */
export function rangeOf(from: number, to: number, t: Timeline): DayRange | null {
  const n = t.last - t.first;
  if (from <= 0 && to >= n) return null;
  return { from: isoDay(t.first + Math.max(0, from)), to: isoDay(t.first + Math.min(n, to)) };
}

/**
 * Whether an event is shown with the range: mentions always (they have no
 * time), a strike or attack when any of its days is in the range. With a range,
 * strikes and attacks that have no days (undated, or dated by a year) are left out.
 */
export function inRange(
  f: EventFeature,
  range: DayRange | null,
  articleDate: string | null,
): boolean {
  if (!range || f.properties.kind === 'mention') return true;
  const days = eventDays(f, articleDate);
  if (!days) return false;
  const from = dayNumber(range.from) ?? -Infinity;
  const to = dayNumber(range.to) ?? Infinity;
  return days[1] >= from && days[0] <= to;
}

/** "12 Jan 2024" for a day number. */
export function dayLabel(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "12–15 Jan 2024", "30 Jan – 2 Feb 2024", "12 Jan 2024" for a range of day numbers. */
export function spanLabel(from: number, to: number): string {
  if (from === to) return dayLabel(from);
  const [a, b] = [new Date(from * DAY_MS), new Date(to * DAY_MS)];
  const year = a.getUTCFullYear() === b.getUTCFullYear();
  if (year && a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()}–${dayLabel(to)}`;
  if (year) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} – ${dayLabel(to)}`;
  return `${dayLabel(from)} – ${dayLabel(to)}`;
}
