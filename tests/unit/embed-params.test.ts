import { describe, expect, it } from 'vitest';
import { normaliseOrigin, parseParams } from '../../src/embed/params.ts';

const PAGE = 'https://maps.example.org/iraq/index.html';
const parse = (search: string) => parseParams(search, PAGE);

describe('parseParams', () => {
  it('defaults: not an embed, auto theme, list shown, no restriction of origins', () => {
    expect(parse('')).toEqual({
      embed: false,
      theme: 'auto',
      list: 'shown',
      labels: 'hidden',
      title: null,
      subtitle: null,
      source: null,
      event: null,
      origins: null,
      errors: [],
    });
  });

  it('reads every parameter', () => {
    const p = parse(
      '?embed&theme=dark&list=hidden&labels=shown&title=%20Strikes%20%20in%20Iraq%20&event=geonames-98182-strike&origins=https://news.example,http://127.0.0.1:8080/',
    );
    expect(p).toEqual({
      embed: true,
      theme: 'dark',
      list: 'hidden',
      labels: 'shown',
      title: 'Strikes in Iraq',
      subtitle: null,
      source: null,
      event: 'geonames-98182-strike',
      origins: ['https://news.example', 'http://127.0.0.1:8080'],
      errors: [],
    });
    expect(parse('?embed=1').embed).toBe(true);
    expect(parse('?labels=maybe')).toMatchObject({
      labels: 'hidden',
      errors: ['Unknown value "maybe" for “labels”: use shown or hidden.'],
    });
    expect(parse('?embed=').errors).toEqual([]);
  });

  it('keeps defaults and explains each invalid value', () => {
    const p = parse('?embed&theme=purple&list=maybe&title=&event=');
    expect(p.theme).toBe('auto');
    expect(p.list).toBe('shown');
    expect(p.title).toBeNull();
    expect(p.event).toBeNull();
    expect(p.errors).toEqual([
      'Unknown theme "purple": use light, dark or auto. Showing the automatic theme.',
      'Unknown value "maybe" for “list”: use shown or hidden.',
      'The “title” parameter is empty.',
      'The “event” parameter is empty.',
    ]);
    expect(parse('?embed=yes').errors[0]).toMatch(/Unknown value "yes" for “embed”/);
  });

  it('shortens a long title and says so', () => {
    const p = parse(`?title=${'a'.repeat(250)}`);
    expect(p.title).toHaveLength(200);
    expect(p.errors).toEqual(['The title is 250 characters long; at most 200 are shown.']);
  });

  it('reads the subtitle and the source line as the title: blanks collapsed, at most 200 characters', () => {
    const p = parse(
      '?embed&subtitle=%20Strikes%0Aon%20%20five%20sites%20&source=Source%3A%20Reuters%2C%2012%20Jan%202024',
    );
    expect(p.subtitle).toBe('Strikes on five sites');
    expect(p.source).toBe('Source: Reuters, 12 Jan 2024');
    expect(p.errors).toEqual([]);
    // URLSearchParams decodes "+" as a space, as a form would write it.
    expect(parse('?source=AP+%26+AFP').source).toBe('AP & AFP');
    const long = parse(`?subtitle=${'s'.repeat(201)}&source=${'r'.repeat(300)}`);
    expect(long.subtitle).toBe('s'.repeat(200));
    expect(long.source).toBe('r'.repeat(200));
    expect(long.errors).toEqual([
      'The subtitle is 201 characters long; at most 200 are shown.',
      'The source line is 300 characters long; at most 200 are shown.',
    ]);
    expect(parse(`?source=${'r'.repeat(200)}`).errors).toEqual([]);
  });

  it('an empty subtitle or source line: none shown, and a message naming it', () => {
    const p = parse('?embed&subtitle=%20&source=');
    expect(p).toMatchObject({ subtitle: null, source: null });
    expect(p.errors).toEqual([
      'The “subtitle” parameter is empty.',
      'The “source” parameter is empty.',
    ]);
  });

  it('rejects a data file on another origin or an unparsable one', () => {
    expect(parse('?data=generated/other.geojson').errors).toEqual([]);
    expect(parse('?data=/maps/x.geojson').errors).toEqual([]);
    expect(parse('?data=https://evil.example/x.geojson').errors).toEqual([
      'The events file must be on this site (https://maps.example.org), not https://evil.example. Showing the example article.',
    ]);
    expect(parse('?data=http://%zz').errors[0]).toMatch(/is not a URL/);
  });

  it('a whitespace-only data parameter: one message, that it is empty', () => {
    expect(parse('?data=%20%20%20').errors).toEqual([
      'The “data” parameter is empty. Showing the example article.',
    ]);
    expect(parse('?data=').errors).toEqual([
      'The “data” parameter is empty. Showing the example article.',
    ]);
  });

  it('a data URL with another scheme than http(s): the scheme is not allowed', () => {
    expect(parse('?data=javascript:alert(1)').errors).toEqual([
      'The “data” parameter "javascript:alert(1)" uses the javascript: scheme, which is not allowed: give an http(s) address on this site. Showing the example article.',
    ]);
    expect(parse('?data=data:application/json,{}').errors[0]).toMatch(
      /uses the data: scheme, which is not allowed/,
    );
  });

  it('cuts a long foreign origin in its message', () => {
    const host = 'a'.repeat(300) + '.example';
    const [message] = parse(`?data=https://${host}/x.geojson`).errors;
    expect(message).toContain(`not https://${'a'.repeat(52)}…`);
    expect(message!.length).toBeLessThan(200);
  });

  it('fails closed when origins= has no valid origin', () => {
    const p = parse('?origins=news.example,javascript:alert(1)');
    expect(p.origins).toEqual([]);
    expect(p.errors).toEqual([
      'Not an origin in “origins”: "news.example", "javascript:alert(1)" (write scheme://host[:port], e.g. https://news.example).',
      'No valid origin in “origins”: commands from the host page are ignored.',
    ]);
    const q = parse('?origins=https://a.example,,https://a.example/,https://b.example/path');
    expect(q.origins).toEqual(['https://a.example']);
    expect(q.errors).toHaveLength(1);
  });
});

describe('normaliseOrigin', () => {
  it('accepts scheme://host[:port] only', () => {
    expect(normaliseOrigin(' HTTPS://News.Example ')).toBe('https://news.example');
    expect(normaliseOrigin('https://news.example:443')).toBe('https://news.example');
    expect(normaliseOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(normaliseOrigin('https://news.example/article')).toBeNull();
    expect(normaliseOrigin('*')).toBeNull();
    expect(normaliseOrigin('null')).toBeNull();
    expect(normaliseOrigin('file:///tmp')).toBeNull();
  });
});

describe('parseParams at its bounds', () => {
  it('takes embed=true and every theme and list value', () => {
    expect(parse('?embed=true')).toMatchObject({ embed: true, errors: [] });
    for (const theme of ['light', 'dark', 'auto'])
      expect(parse(`?theme=${theme}`)).toMatchObject({ theme, errors: [] });
    for (const list of ['shown', 'hidden'])
      expect(parse(`?list=${list}`)).toMatchObject({ list, errors: [] });
    expect(parse('?theme=Dark').theme).toBe('auto');
  });

  it('a title of 200 characters is whole; 201 is cut; only spaces is empty', () => {
    expect(parse(`?title=${'a'.repeat(200)}`)).toMatchObject({
      title: 'a'.repeat(200),
      errors: [],
    });
    const long = parse(`?title=${'a'.repeat(201)}`);
    expect(long.title).toBe('a'.repeat(200));
    expect(long.errors).toEqual(['The title is 201 characters long; at most 200 are shown.']);
    expect(parse('?title=%20%0A%20')).toMatchObject({
      title: null,
      errors: ['The “title” parameter is empty.'],
    });
  });

  it('trims the event id', () => {
    expect(parse('?event=%20e1%20')).toMatchObject({ event: 'e1', errors: [] });
    expect(parse('?event=%20%20').errors).toEqual(['The “event” parameter is empty.']);
  });

  it('an empty origins= accepts no command and says so, without a list of bad ones', () => {
    expect(parse('?origins=')).toMatchObject({
      origins: [],
      errors: ['No valid origin in “origins”: commands from the host page are ignored.'],
    });
    expect(parse('?origins=%20x%20,https://a.example').errors).toEqual([
      'Not an origin in “origins”: "x" (write scheme://host[:port], e.g. https://news.example).',
    ]);
  });

  it('names the scheme and the foreign origin of a refused data URL', () => {
    expect(parse('?data=ftp://maps.example.org/x.geojson').errors).toEqual([
      'The “data” parameter "ftp://maps.example.org/x.geojson" uses the ftp: scheme, which is not allowed: give an http(s) address on this site. Showing the example article.',
    ]);
    expect(parse('?data=https://maps.example.org:8443/x.geojson').errors).toEqual([
      'The events file must be on this site (https://maps.example.org), not https://maps.example.org:8443. Showing the example article.',
    ]);
    expect(parse('?data=http://maps.example.org/x.geojson').errors[0]).toMatch(
      /^The events file must be on this site \(https:\/\/maps\.example\.org\), not http:/,
    );
    expect(parse('?data=https://maps.example.org/x.geojson').errors).toEqual([]);
  });
});

describe('normaliseOrigin at its bounds', () => {
  it('refuses a path, query, fragment, space or no host', () => {
    for (const s of [
      'https://a.example?x',
      'https://a.example#x',
      'https://a .example',
      'https://',
      'https:/a.example',
      'ws://a.example',
      'xhttps://a.example',
      'https://a.example//',
    ])
      expect(normaliseOrigin(s)).toBeNull();
  });

  it('takes http as well as https, in any case', () => {
    expect(normaliseOrigin('http://a.example')).toBe('http://a.example');
    expect(normaliseOrigin('HTTP://A.EXAMPLE/')).toBe('http://a.example');
  });

  it('refuses what the URL parser refuses', () => {
    expect(normaliseOrigin('https://a.example:99999')).toBeNull();
    expect(normaliseOrigin('https://[::1')).toBeNull();
  });
});
