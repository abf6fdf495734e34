// The timeline's counting and its range (src/map/timeline.ts), the range in the
// URL hash and in the postMessage API (issue 15, part 3).
import { describe, expect, it } from 'vitest';
import type { EventCollection, EventFeature, EventProperties } from '../../geo/types.ts';
import { eventFeature } from '../event-feature.ts';
import {
  dayNumber,
  eventDays,
  inRange,
  isoDay,
  rangeIndexes,
  rangeOf,
  spanLabel,
  timelineOf,
} from '../../src/map/timeline.ts';
import { formatHash, parseHash } from '../../src/map/hash.ts';
import { parseFrameMessage, parseHostCommand } from '../../src/embed/messages.ts';

const ev = (id: string, over: Partial<EventProperties>) => eventFeature(id, [30, 50], over);

const day = (iso: string) => dayNumber(iso)!;
const collection = (features: EventFeature[], date?: string): EventCollection => ({
  type: 'FeatureCollection',
  features,
  ...(date ? { article: { title: null, characters: 0, date } } : {}),
});

describe('days of an event', () => {
  it('counts real dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDay(day('2024-02-29'))).toBe('2024-02-29');
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-01', 'x', null, undefined])
      expect(dayNumber(bad)).toBeNull();
  });

  it('a day, a week from its Monday, a month to its last day; a year is background', () => {
    const d = (date: string, datePrecision: EventProperties['datePrecision']) =>
      eventDays(ev('a', { date, datePrecision }), null);
    expect(d('2024-01-12', 'day')).toEqual([day('2024-01-12'), day('2024-01-12')]);
    expect(d('2024-01-15', 'week')).toEqual([day('2024-01-15'), day('2024-01-21')]);
    expect(d('2024-02-01', 'month')).toEqual([day('2024-02-01'), day('2024-02-29')]);
    expect(d('2024-12-01', 'month')).toEqual([day('2024-12-01'), day('2024-12-31')]);
    expect(d('2019-01-01', 'year')).toBeNull();
  });

  it('an undated event takes the date of the article that reports it; a mention has none', () => {
    const undated = ev('a', { date: null, datePrecision: null });
    expect(eventDays(undated, '2024-01-24')).toEqual([day('2024-01-24'), day('2024-01-24')]);
    expect(eventDays(undated, null)).toBeNull();
    const sourced = ev('b', {
      source: { id: 'b.txt', title: null, url: null, date: '2024-01-20' },
    });
    expect(eventDays(sourced, '2024-01-24')).toEqual([day('2024-01-20'), day('2024-01-20')]);
    expect(
      eventDays(ev('c', { kind: 'mention', date: '2024-01-12', datePrecision: 'day' }), null),
    ).toBeNull();
  });
});

describe('timelineOf', () => {
  it('counts strikes and attacks per day, from the first day to the last', () => {
    const t = timelineOf(
      collection([
        ev('a', { date: '2024-01-10', datePrecision: 'day' }),
        ev('b', { date: '2024-01-10', datePrecision: 'day', kind: 'attack' }),
        ev('c', { date: '2024-01-13', datePrecision: 'day' }),
        ev('d', { date: '2024-01-13', datePrecision: 'day' }),
        ev('e', { kind: 'mention' }),
        ev('f', { date: '2019-01-01', datePrecision: 'year' }),
      ]),
    )!;
    expect(t.first).toBe(day('2024-01-10'));
    expect(t.last).toBe(day('2024-01-13'));
    expect(t.strikes).toEqual([1, 0, 0, 2]);
    expect(t.attacks).toEqual([1, 0, 0, 0]);
    expect(t.max).toBe(2);
  });

  it('is null when the strikes and attacks fall on one day, or none is dated', () => {
    expect(timelineOf(collection([ev('a', {}), ev('b', {})], '2024-01-24'))).toBeNull();
    expect(timelineOf(collection([ev('a', {}), ev('b', {})]))).toBeNull();
    expect(
      timelineOf(
        collection(
          [ev('a', { date: '2024-01-23', datePrecision: 'day' }), ev('b', {})],
          '2024-01-24',
        ),
      ),
    ).not.toBeNull();
  });
});

describe('the range', () => {
  const t = timelineOf(
    collection([
      ev('a', { date: '2024-01-10', datePrecision: 'day' }),
      ev('b', { date: '2024-01-15', datePrecision: 'week' }),
      ev('c', { date: '2024-01-20', datePrecision: 'day' }),
    ]),
  )!;

  it('as indexes: open ends, clamped to the timeline, reversed ends put right', () => {
    expect(rangeIndexes(null, t)).toEqual([0, 10]);
    expect(rangeIndexes({ from: '2024-01-12', to: null }, t)).toEqual([2, 10]);
    expect(rangeIndexes({ from: '2023-12-01', to: '2024-03-01' }, t)).toEqual([0, 10]);
    expect(rangeIndexes({ from: '2024-01-14', to: '2024-01-11' }, t)).toEqual([1, 4]);
  });

  it('from indexes: null when it holds every day', () => {
    expect(rangeOf(0, 10, t)).toBeNull();
    expect(rangeOf(1, 10, t)).toEqual({ from: '2024-01-11', to: '2024-01-20' });
    expect(rangeOf(-3, 4, t)).toEqual({ from: '2024-01-10', to: '2024-01-14' });
  });

  it('keeps the events any of whose days are in it, and mentions always', () => {
    const [a, b, c] = [
      ev('a', { date: '2024-01-10', datePrecision: 'day' }),
      ev('b', { date: '2024-01-15', datePrecision: 'week' }),
      ev('c', { date: '2024-01-20', datePrecision: 'day' }),
    ];
    const kept = (from: string | null, to: string | null) =>
      [a, b, c].filter((f) => inRange(f, { from, to }, null)).map((f) => f.properties.id);
    expect(kept('2024-01-10', '2024-01-10')).toEqual(['a']);
    expect(kept('2024-01-20', null)).toEqual(['b', 'c']);
    expect(kept('2024-01-22', null)).toEqual([]);
    expect(kept('2024-01-18', '2024-01-19')).toEqual(['b']);
    expect(kept(null, '2024-01-14')).toEqual(['a']);
    expect(inRange(ev('m', { kind: 'mention' }), { from: '2030-01-01', to: null }, null)).toBe(
      true,
    );
    expect(inRange(ev('u', {}), { from: '2024-01-01', to: null }, null)).toBe(false);
    expect(inRange(ev('u', {}), null, null)).toBe(true);
  });

  it('reads as a span of days', () => {
    expect(spanLabel(day('2024-01-12'), day('2024-01-15'))).toBe('12–15 Jan 2024');
    expect(spanLabel(day('2024-01-30'), day('2024-02-02'))).toBe('30 Jan – 2 Feb 2024');
    expect(spanLabel(day('2023-12-30'), day('2024-01-02'))).toBe('30 Dec 2023 – 2 Jan 2024');
    expect(spanLabel(day('2024-01-12'), day('2024-01-12'))).toBe('12 Jan 2024');
  });
});

describe('the range in the URL hash', () => {
  it('round-trips with the other fields; either end may be open', () => {
    const range = { from: '2024-01-11', to: '2024-01-14' };
    const h = formatHash({ event: 'x', map: null, range });
    expect(h).toBe('#event=x&from=2024-01-11&to=2024-01-14');
    expect(parseHash(h)).toEqual({ event: 'x', map: null, range });
    expect(parseHash('#to=2024-01-14').range).toEqual({ from: null, to: '2024-01-14' });
    expect(parseHash('#from=2024-01-14&to=2024-01-11').range).toEqual({
      from: '2024-01-11',
      to: '2024-01-14',
    });
  });

  it('ignores dates that are not real', () => {
    expect(parseHash('#from=2024-02-30&to=soon').range).toBeNull();
    expect(parseHash('#from=2024-02-03&to=soon').range).toEqual({ from: '2024-02-03', to: null });
  });
});

describe('the range in the postMessage API', () => {
  const msg = (over: object) => ({ source: 'conflict-map', type: 'range', ...over });

  it('the host sets a range, or every day with nulls', () => {
    expect(parseHostCommand(msg({ from: '2024-01-11', to: '2024-01-14' }))).toEqual({
      ok: true,
      value: msg({ from: '2024-01-11', to: '2024-01-14' }),
    });
    expect(parseHostCommand(msg({}))).toEqual({ ok: true, value: msg({ from: null, to: null }) });
  });

  it('rejects what is not a range, with a reason', () => {
    for (const bad of [
      msg({ from: '2024-1-11' }),
      msg({ from: 20240111 }),
      msg({ to: '2024-02-30' }),
      msg({ from: '2024-01-14', to: '2024-01-11' }),
      msg({ from: null, to: null, extra: 1 }),
    ]) {
      const r = parseHostCommand(bad);
      expect(r?.ok, JSON.stringify(bad)).toBe(false);
      expect(r?.ok === false && r.reason).toMatch(/^range: /);
    }
  });

  it('the frame tells the host the reader’s range', () => {
    expect(parseFrameMessage(msg({ from: '2024-01-11', to: null }))).toEqual({
      ok: true,
      value: msg({ from: '2024-01-11', to: null }),
    });
    expect(parseFrameMessage(msg({ from: 'x' }))?.ok).toBe(false);
  });
});
