// An event's date in the popup's and the list's words, and the validator keeping
// (or refusing) the date fields of a loaded file.
import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/map/date-label.ts';
import { parseEventCollection, parseEvents } from '../../src/map/data.ts';

describe('dateLabel', () => {
  it('day, week, month and year', () => {
    expect(dateLabel({ date: '2024-01-12', datePrecision: 'day' })).toBe('12 Jan 2024');
    expect(dateLabel({ date: '2024-01-15', datePrecision: 'week' })).toBe('week of 15 Jan 2024');
    expect(dateLabel({ date: '2023-12-01', datePrecision: 'month' })).toBe('Dec 2023');
    expect(dateLabel({ date: '2019-01-01', datePrecision: 'year' })).toBe('2019');
  });
  it('nothing without a date, or with a malformed one', () => {
    expect(dateLabel({ date: null, datePrecision: null })).toBeNull();
    expect(dateLabel({})).toBeNull();
    expect(dateLabel({ date: '2024-13-01', datePrecision: 'day' })).toBeNull();
    expect(dateLabel({ date: '2024-01-12', datePrecision: null })).toBeNull();
  });
});

const feature = (props: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [36.2, 50] },
  properties: {
    id: 'kharkiv-strike',
    kind: 'strike',
    place: 'Kharkiv',
    country: 'UA',
    precision: 'city',
    actor: null,
    excerpt: 'Missiles hit Kharkiv on Tuesday.',
    confidence: 0.9,
    ...props,
  },
});
const file = (props: Record<string, unknown>, article: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  features: [feature(props)],
  article: { title: 'x', characters: 10, ...article },
});

describe('the validator and dates', () => {
  it('keeps date, precision, span and the article date’s source', () => {
    const c = parseEventCollection(
      file(
        { date: '2024-01-23', datePrecision: 'day', dateSpan: [21, 31] },
        { date: '2024-01-24', dateSource: 'dateline' },
      ),
    );
    expect(c.features[0]!.properties).toMatchObject({
      date: '2024-01-23',
      datePrecision: 'day',
      dateSpan: [21, 31],
    });
    expect(c.article).toMatchObject({ date: '2024-01-24', dateSource: 'dateline' });
  });
  it('keeps an undated event undated, and a file without the fields as it was', () => {
    const c = parseEventCollection(file({ date: null, datePrecision: null }));
    expect(c.features[0]!.properties).toMatchObject({ date: null, datePrecision: null });
    expect(parseEventCollection(file({})).features[0]!.properties).not.toHaveProperty('date');
  });
  it('leaves out an event with a malformed date or precision, saying why', () => {
    for (const [props, why] of [
      [{ date: '24/01/2024', datePrecision: 'day' }, /properties.date must be a YYYY-MM-DD/],
      [{ date: '2024-01-23', datePrecision: 'hour' }, /properties.datePrecision must be one of/],
      [{ date: '2024-01-23' }, /properties.datePrecision/],
      [{ date: null, datePrecision: 'day' }, /properties.datePrecision/],
    ] as const) {
      const r = parseEvents(file(props));
      expect(r.features.leftOut, JSON.stringify(props)).toBe(1);
      expect(r.leftOut).toMatch(why);
    }
  });
});
