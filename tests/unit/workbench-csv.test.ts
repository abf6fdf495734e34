import { describe, expect, it } from 'vitest';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { csvField, csvRow, toCSV } from '../../src/workbench/csv.ts';

function feature(over: Partial<EventFeature['properties']>, coords = [35.2, 33.27]): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coords },
    properties: {
      id: 'e1',
      kind: 'strike',
      place: 'Tyre',
      name: 'Tyre',
      country: 'LB',
      precision: 'city',
      gazetteer: 'test:1',
      actor: null,
      excerpt: 'A strike hit Tyre.',
      excerptStart: 0,
      spans: [],
      confidence: 1,
      ...over,
    },
  };
}

describe('csvField (RFC 4180)', () => {
  it('leaves plain fields alone and empties null', () => {
    expect(csvField('Tyre')).toBe('Tyre');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(33.27)).toBe('33.27');
  });
  it('quotes commas, quotes, CR and LF, doubling quotes', () => {
    expect(csvField('Tyre, Lebanon')).toBe('"Tyre, Lebanon"');
    expect(csvField('the "Axis"')).toBe('"the ""Axis"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
  });
  it('neutralises a cell starting with a carriage return (a formula trigger too)', () => {
    // '\r=1+1' would be read as a formula by some spreadsheets once the CR is dropped.
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
  });
  it('neutralises every trigger character at the start only', () => {
    for (const t of ['=', '+', '-', '@', '\t']) {
      expect(csvField(`${t}x`)).toBe(`'${t}x`);
      expect(csvField(`x${t}`)).toBe(`x${t}`);
    }
    expect(csvField('a=b')).toBe('a=b');
  });
  it('takes only whole plain numbers as numbers, not formulas that hold one', () => {
    for (const n of [
      '+12',
      '-12',
      '-12.',
      '-.5',
      '-.55',
      '+1e5',
      '-1e10',
      '-1E-5',
      '-1.5e+3',
      '-0',
    ])
      expect(csvField(n)).toBe(n);
    for (const f of [
      '=1',
      '-1+1',
      '+1-cmd',
      '-x1',
      '=A1',
      '-1e',
      '-.',
      '-',
      '+',
      '-1.2.3',
      '- 1',
      '-1 ',
    ])
      expect(csvField(f)).toBe(`'${f}`);
  });
  it('never changes a number value', () => {
    expect(csvField(-Infinity)).toBe('-Infinity');
    expect(csvField(-1e21)).toBe('-1e+21');
    expect(csvField(0)).toBe('0');
  });
  it('quotes a field with a lone CR or a quote but no comma', () => {
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('"')).toBe('""""');
    expect(csvField('a"b"c')).toBe('"a""b""c"');
  });
  it('keeps negative numbers as numbers', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField('-12.5')).toBe('-12.5');
  });
  it('joins a row with commas', () => {
    expect(csvRow(['a', 'b,c', null, 1])).toBe('a,"b,c",,1');
  });
});

describe('toCSV', () => {
  const HEADER =
    'id,kind,date,date_precision,actor,means,place,name,country,lat,lon,precision,excerpt,source_url,source_title\r\n';
  it('writes the ACLED-like header and one CRLF-terminated row per event, lat before lon', () => {
    const c: EventCollection = {
      type: 'FeatureCollection',
      features: [
        feature({}),
        feature(
          {
            id: 'e2',
            kind: 'attack',
            actor: '=evil',
            excerpt: 'Said "no",\nthen left.',
            date: '2024-01-23',
            datePrecision: 'day',
            means: 'drone',
            source: { id: 'a', title: null, url: 'https://news.example/a?x=1,2', date: null },
          },
          [-0.5, 51.4],
        ),
      ],
    };
    expect(toCSV(c)).toBe(
      HEADER +
        'e1,strike,,,,,Tyre,Tyre,LB,33.27,35.2,city,A strike hit Tyre.,,\r\n' +
        'e2,attack,2024-01-23,day,\'=evil,drone,Tyre,Tyre,LB,51.4,-0.5,city,"Said ""no"",\nthen left.","https://news.example/a?x=1,2",\r\n',
    );
  });
  it("gives an event without a source of its own the article's URL and title", () => {
    const c: EventCollection = {
      type: 'FeatureCollection',
      features: [
        feature({}),
        feature({
          id: 'e2',
          source: { id: 'b', title: 'Other, "B"', url: 'https://b.example/', date: null },
        }),
      ],
      article: { title: 'Strikes, in Iraq', characters: 9, url: 'https://news.example/iraq' },
    };
    const rows = toCSV(c).split('\r\n');
    expect(rows[1]).toMatch(
      /,A strike hit Tyre\.,https:\/\/news\.example\/iraq,"Strikes, in Iraq"$/,
    );
    expect(rows[2]).toMatch(/,https:\/\/b\.example\/,"Other, ""B"""$/);
  });
  it('writes only the header for no events', () => {
    expect(toCSV({ type: 'FeatureCollection', features: [] })).toBe(HEADER);
  });
});
