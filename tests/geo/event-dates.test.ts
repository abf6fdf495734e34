// Dates on strikes and attacks, through the whole geoparser: which expression
// dates which event (its own clause, an opening adverbial, never another clause's
// or another sentence's), background events keeping their own date, and the
// article's date from the caller, a dateline or HTML metadata. Sentences written
// for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { geoparse, type GeoparseOptions } from '../../geo/geoparse.ts';
import { publishedDate, datelineDate } from '../../geo/dates/article.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk();
});

const WED = { date: '2024-01-24' }; // a Wednesday

/** Each strike or attack as "place date precision", and the date's words as written. */
function dated(text: string, o: GeoparseOptions = WED) {
  const fc = geoparse(text, g, o);
  const events = fc.features.filter((f) => f.properties.kind !== 'mention');
  return {
    article: fc.article,
    events: Object.fromEntries(
      events.map((f) => {
        const p = f.properties;
        const words = p.dateSpan ? text.slice(...p.dateSpan) : null;
        return [p.place, [p.date, p.datePrecision, words]];
      }),
    ),
  };
}

describe('which expression dates an event', () => {
  it('each clause its own day', () => {
    const r = dated('Title\n\nRussian missiles hit Sumy on Tuesday; on Friday drones struck Lviv.');
    expect(r.events).toEqual({
      Sumy: ['2024-01-23', 'day', 'on Tuesday'],
      Lviv: ['2024-01-19', 'day', 'on Friday'],
    });
  });

  it('an opening adverbial dates the sentence, across a subordinate clause', () => {
    const r = dated('Title\n\nOn Monday, after a night of shelling, Russian drones struck Odesa.');
    expect(r.events).toEqual({ Odesa: ['2024-01-22', 'day', 'On Monday'] });
  });

  it('a date in a clause after "after" is not the main event’s', () => {
    const r = dated(
      'Title\n\nHouthi fighters attacked a tanker in the Red Sea, days after US warplanes struck Hodeidah on Jan. 12.',
    );
    expect(r.events['Red Sea']).toEqual([null, null, null]);
    expect(r.events['Hodeidah']).toEqual(['2024-01-12', 'day', 'Jan. 12']);
  });

  it('a date in another sentence does not date an event', () => {
    const r = dated('Title\n\nThe offensive began on Monday. Israeli jets struck Tyre.');
    expect(r.events).toEqual({ Tyre: [null, null, null] });
  });

  it('a background event keeps its own date, apart from the news', () => {
    const r = dated(
      "Title\n\nLast year's attack on Kerman killed dozens. On Tuesday a drone struck Kharkiv.",
    );
    expect(r.events['Kerman']).toEqual(['2023-01-01', 'year', 'Last year']);
    expect(r.events['Kharkiv']).toEqual(['2024-01-23', 'day', 'On Tuesday']);
  });

  it('month and week expressions', () => {
    expect(dated('Title\n\nEarlier this month, M23 rebels attacked Goma.').events).toEqual({
      Goma: ['2024-01-01', 'month', 'this month'],
    });
    expect(dated('Title\n\nRussian forces shelled Kherson last week.').events).toEqual({
      Kherson: ['2024-01-15', 'week', 'last week'],
    });
  });

  it('overnight and last night: the day before the article’s', () => {
    expect(dated('Title\n\nOvernight, Russian drones hit Odesa.').events.Odesa![0]).toBe(
      '2024-01-23',
    );
    expect(dated('Title\n\nRussian missiles struck Kharkiv last night.').events.Kharkiv![0]).toBe(
      '2024-01-23',
    );
  });

  it('mentions carry no date fields', () => {
    const fc = geoparse('Title\n\nDiplomats met in Geneva on Tuesday.', g, WED);
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) expect(f.properties).not.toHaveProperty('date');
  });
});

describe('without the article date', () => {
  it('relative dates stay null, dates with their year do not', () => {
    const r = dated(
      'Title\n\nRussian missiles hit Sumy on Tuesday. An Israeli air strike killed five people in Rafah on Jan. 12, 2024.',
      {},
    );
    expect(r.article?.date).toBeUndefined();
    expect(r.events['Sumy']).toEqual([null, null, null]);
    expect(r.events['Rafah']).toEqual(['2024-01-12', 'day', 'Jan. 12, 2024']);
  });
});

describe('the article date', () => {
  const STORY = 'Russian missiles hit Kharkiv on Tuesday, officials said.';

  it('a dateline gives it without --date (the year from today)', () => {
    const r = dated(`Missiles hit Ukraine\n\nKYIV, Jan 24 (Reuters) - ${STORY}`, {
      today: '2024-06-01',
    });
    expect(r.article).toMatchObject({ date: '2024-01-24', dateSource: 'dateline' });
    expect(r.events['Kharkiv']).toEqual(['2024-01-23', 'day', 'on Tuesday']);
  });

  it('a dateline: the last such day on or before today', () => {
    expect(datelineDate('KYIV, Dec 30 (Reuters) - Strikes.', '2025-01-02')).toBe('2024-12-30');
    expect(datelineDate('KYIV, Jan. 24, 2024 (AP) — Strikes.', '2026-05-01')).toBe('2024-01-24');
    expect(datelineDate('GAZA CITY, Gaza Strip, Oct. 9 (AP) — Strikes.', '2023-10-10')).toBe(
      '2023-10-09',
    );
    expect(datelineDate('BEIRUT (AP) — Jets struck Tyre on Tuesday.', '2024-01-24')).toBeNull();
    expect(datelineDate('Missiles hit Kyiv on Tuesday - officials', '2024-01-24')).toBeNull();
  });

  it('a dateline without a year, and no today: the latest year the article writes', () => {
    expect(datelineDate('KYIV, Jan 24 (Reuters) - The 2024 winter.')).toBe('2024-01-24');
    expect(datelineDate('KYIV, Jan 24 (Reuters) - No year at all.')).toBeNull();
  });

  it('the caller’s date wins over a dateline', () => {
    const r = dated(`Title\n\nKYIV, Jan 10 (Reuters) - ${STORY}`, { ...WED, today: '2024-06-01' });
    expect(r.article).toMatchObject({ date: '2024-01-24', dateSource: 'given' });
    expect(r.events['Kharkiv']![0]).toBe('2024-01-23');
  });

  it('HTML metadata: article:published_time, as the publisher wrote the day', () => {
    const html = `<html><head><title>Strikes</title>
      <meta property="article:published_time" content="2024-01-24T23:30:00-05:00">
      </head><body><p>${STORY}</p></body></html>`;
    const r = dated(html, {});
    expect(r.article).toMatchObject({ date: '2024-01-24', dateSource: 'metadata' });
    expect(r.events['Kharkiv']![0]).toBe('2024-01-23');
  });

  it('HTML metadata: JSON-LD datePublished, itemprop, and none', () => {
    expect(
      publishedDate(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2024-02-03T08:00:00Z"}</script><p>Text</p>',
      ),
    ).toBe('2024-02-03');
    expect(
      publishedDate('<p><time itemprop="datePublished" datetime="2023-11-05">Nov 5</time></p>'),
    ).toBe('2023-11-05');
    expect(publishedDate('<meta itemprop="datePublished" content="2022-03-16">')).toBe(
      '2022-03-16',
    );
    expect(publishedDate('<meta property="article:published_time" content="soon">')).toBeNull();
    expect(publishedDate('<meta name="description" content="2024-01-24"><p>x</p>')).toBeNull();
    expect(dated(`<html><body><p>${STORY}</p></body></html>`, {}).article?.date).toBeUndefined();
  });
});
