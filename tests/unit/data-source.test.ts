// The events file's `source` and `sources` (a collection of many articles): kept
// when well formed, the event left out with a reason when not, and only http(s)
// URLs let through, since the popup links to them.
import { describe, expect, it } from 'vitest';
import { parseEventCollection, parseEvents } from '../../src/map/data.ts';
import { sourceLinks } from '../../src/map/popup.ts';

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
const file = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  features: [feature(props), feature({ id: 'other' })],
  ...extra,
});
const source = {
  id: 'a.txt',
  title: 'Missiles hit Kharkiv',
  url: 'https://news.example/a',
  date: '2024-01-24',
};

describe('sources of an event', () => {
  it('keeps source, sources and the number of articles', () => {
    const c = parseEventCollection(
      file(
        {
          source,
          sources: [
            { ...source, excerpt: 'one' },
            { id: 'b', title: null, url: null, date: null, excerpt: 'two' },
          ],
        },
        { articles: 2 },
      ),
    );
    expect(c.features[0]!.properties.source).toEqual(source);
    expect(c.features[0]!.properties.sources).toEqual([
      { ...source, excerpt: 'one' },
      { id: 'b', title: null, url: null, date: null, excerpt: 'two' },
    ]);
    expect(c.features[1]!.properties).not.toHaveProperty('source');
    expect(c.articles).toBe(2);
  });

  it('takes http as well as https, and absent title, URL and date as null', () => {
    const c = parseEventCollection(
      file({
        source: { id: 'a', url: 'http://news.example/a' },
        sources: [{ id: 'b', excerpt: 'x' }],
      }),
    );
    expect(c.features[0]!.properties.source).toEqual({
      id: 'a',
      title: null,
      url: 'http://news.example/a',
      date: null,
    });
    expect(c.features[0]!.properties.sources).toEqual([
      { id: 'b', title: null, url: null, date: null, excerpt: 'x' },
    ]);
  });

  it('leaves out an event whose source is malformed, saying which field', () => {
    const cases: [unknown, RegExp][] = [
      ['a.txt', /properties\.source must be an object/],
      [{ ...source, id: 7 }, /properties\.source\.id must be a string/],
      [{ ...source, date: '24 Jan' }, /properties\.source\.date must be a YYYY-MM-DD date/],
      [{ ...source, title: 3 }, /properties\.source\.title must be a string or null/],
      [
        { ...source, url: 'javascript:alert(1)' },
        /properties\.source\.url must be an http or https URL/,
      ],
      [{ ...source, url: 'data:text/html,<b>' }, /must be an http or https URL/],
      [{ ...source, url: '/relative' }, /must be an http or https URL/],
      [{ ...source, url: ['https://news.example/a'] }, /must be an http or https URL/],
      [{ ...source, date: 'x2024-01-24' }, /properties\.source\.date must be/],
      [{ ...source, date: '2024-01-24x' }, /properties\.source\.date must be/],
    ];
    for (const [bad, reason] of cases) {
      const r = parseEvents(file({ source: bad }));
      expect(r.collection.features.map((f) => f.properties.id)).toEqual(['other']);
      expect(r.leftOut).toMatch(reason);
    }
    const r = parseEvents(file({ sources: [{ ...source }] }));
    expect(r.leftOut).toMatch(/properties\.sources\[0\]\.excerpt must be a string/);
    expect(parseEvents(file({ sources: {} })).leftOut).toMatch(
      /properties\.sources must be an array/,
    );
  });
});

describe('the popup links to the articles', () => {
  const props = parseEventCollection(file({})).features[0]!.properties;

  it('one source with a URL: named by its title', () => {
    expect(sourceLinks({ ...props, source })).toEqual({
      term: 'Source',
      links: [{ text: 'Missiles hit Kharkiv', href: 'https://news.example/a' }],
    });
  });

  it('several sources: each one with a URL, named by its host without a title', () => {
    const sources = [
      { ...source, excerpt: 'a' },
      { id: 'b', title: null, url: 'https://wire.example/b', date: null, excerpt: 'b' },
      { id: 'c', title: 'No link', url: null, date: null, excerpt: 'c' },
    ];
    expect(sourceLinks({ ...props, source, sources })).toEqual({
      term: 'Sources',
      links: [
        { text: 'Missiles hit Kharkiv', href: 'https://news.example/a' },
        { text: 'wire.example', href: 'https://wire.example/b' },
      ],
    });
  });

  it('no source, or none with a URL: no link', () => {
    expect(sourceLinks(props)).toBeNull();
    expect(sourceLinks({ ...props, source: { ...source, url: null } })).toBeNull();
  });
});
