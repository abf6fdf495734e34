// Date expressions, one table: each piece of text is read against an article
// dated Wednesday 24 January 2024 (or none), and must give exactly the date and
// precision in its row (null: nothing that dates an event). Sentences written for
// this test.
import { describe, expect, it } from 'vitest';
import { datesIn, addDays } from '../../geo/dates/expressions.ts';
import type { DatePrecision } from '../../geo/types.ts';

const REF = '2024-01-24'; // a Wednesday

type Row = [text: string, date: string | null, precision?: DatePrecision, written?: string];

const rows: Row[] = [
  // weekdays: the last one on or before the article's day
  ['missiles hit the city on Tuesday', '2024-01-23', 'day', 'on Tuesday'],
  ['drones came in on Monday', '2024-01-22', 'day'],
  ['the raid on Sunday', '2024-01-21', 'day'],
  ['shelling resumed on Saturday', '2024-01-20', 'day'],
  ['jets struck on Friday', '2024-01-19', 'day'],
  ['the depot burned on Thursday', '2024-01-18', 'day'],
  ['an attack on Wednesday', '2024-01-24', 'day'],
  ['rockets fell last Saturday', '2024-01-20', 'day', 'last Saturday'],
  ['gunmen struck early Monday', '2024-01-22', 'day'],
  ['the port was hit late on Sunday', '2024-01-21', 'day'],
  ['strikes on Tuesday night', '2024-01-23', 'day'],
  ['on Thursday morning a drone hit', '2024-01-18', 'day'],
  ['talks will resume next Tuesday', null],
  // the day before, the day itself
  ['the barrage came last night', '2024-01-23', 'day', 'last night'],
  ['drones attacked overnight', '2024-01-23', 'day', 'overnight'],
  ['Overnight, shelling continued', '2024-01-23', 'day', 'Overnight'],
  ['a convoy was ambushed yesterday', '2024-01-23', 'day'],
  ['a blast today', '2024-01-24', 'day'],
  ['this morning a missile struck', '2024-01-24', 'day', 'this morning'],
  ['an explosion tonight', '2024-01-24', 'day'],
  ['two days ago a shell landed', '2024-01-22', 'day', 'two days ago'],
  ['three days ago', '2024-01-21', 'day'],
  // month names and days, with and without a year
  ['an air strike on Jan. 12 killed', '2024-01-12', 'day', 'Jan. 12'],
  ['on January 3 a bomb went off', '2024-01-03', 'day'],
  ['on 3 January a bomb went off', '2024-01-03', 'day'],
  ['the assault on Dec. 28', '2023-12-28', 'day', 'Dec. 28'],
  ['shelling on Nov 30', '2023-11-30', 'day'],
  ['the attack of Feb. 3', '2023-02-03', 'day'], // no later than the article's day
  ['on Friday, Jan. 19, rockets fell', '2024-01-19', 'day', 'on Friday, Jan. 19'],
  ['on the night of Jan. 12', '2024-01-12', 'day', 'Jan. 12'],
  ['on March 16, 2022, a theatre was bombed', '2022-03-16', 'day'],
  ['since Oct. 7 strikes have killed thousands', null],
  ['until January 20 the city held', null],
  // weeks: their Monday
  ['shelling last week', '2024-01-15', 'week', 'last week'],
  ['this week the strikes grew', '2024-01-22', 'week'],
  ['a week ago', '2024-01-15', 'week'],
  ['two weeks ago', '2024-01-08', 'week'],
  ['over the weekend', '2024-01-15', 'week'],
  ['last weekend', '2024-01-15', 'week'],
  // months: their first day
  ['earlier this month', '2024-01-01', 'month', 'this month'],
  ['late last month', '2023-12-01', 'month'],
  ['in March 2022 troops attacked', '2022-03-01', 'month', 'March 2022'],
  ['in December 2023 the front moved', '2023-12-01', 'month'],
  // a month without its year: the last one on or before the article's month
  ['in December the front moved', '2023-12-01', 'month', 'December'],
  ['in January a drone hit the port', '2024-01-01', 'month', 'January'],
  ['the offensive began in early March', '2023-03-01', 'month'],
  ['attacks that started in mid-November', '2023-11-01', 'month'],
  ['the town was shelled in late October', '2023-10-01', 'month'],
  ['since September the attacks have grown', null],
  // years: background
  ["last year's attack on the airport", '2023-01-01', 'year', 'last year'],
  ['in 2019 a bomb exploded', '2019-01-01', 'year', 'in 2019'],
  ['the 2014 offensive', '2014-01-01', 'year'],
  ['during 2016', '2016-01-01', 'year'],
  // times of day alone, durations and numbers: no date
  ['at 3 a.m. a missile hit', null],
  ['five people killed in the past 24 hours', null],
  ['in the morning a drone hit', null],
  ['after a night of shelling', null],
  ['2019 people were displaced', null],
  ['the brigade fired 1,200 shells', null],
];

describe('date expressions (article of Wed 24 Jan 2024)', () => {
  it('has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));
  for (const [text, date, precision, written] of rows)
    it(`${JSON.stringify(text)} → ${date ?? 'no date'}${precision ? ` (${precision})` : ''}`, () => {
      const found = datesIn(text, 0, text.length, REF);
      if (date === null) return expect(found).toEqual([]);
      expect(found).toHaveLength(1);
      expect({ date: found[0]!.date, precision: found[0]!.precision }).toEqual({ date, precision });
      // the offsets name the expression as written
      if (written) expect(text.slice(found[0]!.start, found[0]!.end)).toBe(written);
    });
});

describe('without the article date', () => {
  const none = (text: string) => datesIn(text, 0, text.length, null);
  it('relative expressions stay undated', () => {
    for (const t of ['on Tuesday', 'last night', 'overnight', 'earlier this month', 'on Jan. 12'])
      expect(none(`jets struck ${t}`), t).toEqual([]);
  });
  it('dates written with their year stand alone', () => {
    expect(none('on Jan. 12, 2024 a strike').map((d) => [d.date, d.precision])).toEqual([
      ['2024-01-12', 'day'],
    ]);
    expect(none('in March 2022').map((d) => [d.date, d.precision])).toEqual([
      ['2022-03-01', 'month'],
    ]);
    expect(none('in 2019').map((d) => [d.date, d.precision])).toEqual([['2019-01-01', 'year']]);
  });
});

describe('offsets and bounds', () => {
  it('offsets are into the whole text', () => {
    const text = 'Before. Drones struck on Tuesday.';
    const from = text.indexOf('Drones');
    const [d] = datesIn(text, from, text.length, REF);
    expect(text.slice(d!.start, d!.end)).toBe('on Tuesday');
  });
  it('a Sunday article: "on Sunday" is that day, "on Monday" six days before', () => {
    expect(datesIn('on Sunday', 0, 9, '2024-01-28')[0]!.date).toBe('2024-01-28');
    expect(datesIn('on Monday', 0, 9, '2024-01-28')[0]!.date).toBe('2024-01-22');
  });
  it('addDays crosses months and leap days', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });
});
