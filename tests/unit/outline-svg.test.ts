// The outline map as a standalone SVG file (src/embed/outline-svg.ts).
import { describe, expect, it } from 'vitest';
import type { EventFeature, EventKind } from '../../geo/types.ts';
import { outlineSvg, xmlEscape } from '../../src/embed/outline-svg.ts';

function event(id: string, kind: EventKind, lng: number, lat: number, place = id): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { id, kind, place, name: place, precision: 'city' },
  } as unknown as EventFeature;
}

const EVENTS = [
  event('a', 'strike', 44.4, 33.3, 'Baghdad'),
  event('b', 'attack', 43.1, 36.3, 'Mosul <"&">'),
  event('c', 'mention', 35.5, 33.9, 'Beirut'),
  event('d', 'strike', 47.8, 30.5, 'Basra'),
];
const OUTLINE = {
  land: [
    [
      [
        [40, 30],
        [48, 30],
        [48, 37],
        [40, 37],
        [40, 30],
      ],
    ],
  ] as [number, number][][][],
  borders: [
    [
      [44, 30],
      [44, 37],
    ],
  ] as [number, number][][],
};

const svg = (over: Partial<Parameters<typeof outlineSvg>[0]> = {}) =>
  outlineSvg({
    events: EVENTS,
    outline: OUTLINE,
    title: 'Strikes in Iraq',
    attribution: 'Made with Natural Earth (public domain)',
    theme: 'light',
    ...over,
  });

describe('outlineSvg', () => {
  it('is a standalone SVG with its size, viewBox and title', () => {
    const s = svg();
    expect(
      s.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const [, w, h, vb] = /width="(\d+)" height="(\d+)" viewBox="([^"]+)"/.exec(s)!;
    expect(vb).toBe(`0 0 ${w} ${h}`);
    expect(Number(w)).toBe(800);
    expect(s).toContain('<title id="map-title">Strikes in Iraq</title>');
    expect(s).toContain('>Made with Natural Earth (public domain)</text>');
    expect(s).not.toMatch(/<style|<script|<image|href=/);
    expect(s.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('has one marker per event, strikes diamonds and attacks circles, mentions first', () => {
    const s = svg();
    expect(s.match(/class="event-point kind-strike"/g)).toHaveLength(2);
    expect(s.match(/class="event-point kind-attack"/g)).toHaveLength(1);
    expect(s.match(/class="event-point kind-mention"/g)).toHaveLength(1);
    expect(s.indexOf('kind-mention')).toBeLessThan(s.indexOf('kind-strike'));
    expect(s).toMatch(/kind-strike"[^>]*fill="#D55E00"><title>Strike · Baghdad<\/title><rect /);
    expect(s).toMatch(/kind-attack"[^>]*fill="#0072B2">.*<circle r="6.5"\/>/);
  });

  it('escapes text from the file, and clips a long title', () => {
    const s = svg({ title: 'x'.repeat(500) + '<b>' });
    expect(s).toContain('Attack · Mosul &lt;&quot;&amp;&quot;&gt;');
    expect(s).not.toContain('<b>');
    const title = /<title id="map-title">([^<]*)<\/title>/.exec(s)![1]!;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(xmlEscape('a\u0000b<')).toBe('ab&lt;');
  });

  it('draws the land and borders when it has them, and the markers without', () => {
    expect(svg()).toMatch(/<path d="M[\d. L]+Z"/);
    const bare = svg({ outline: null, theme: 'dark' });
    expect(bare).toContain('<path d=""');
    expect(bare.match(/class="event-point/g)).toHaveLength(4);
    expect(bare).toContain('fill="#E8691A"');
  });
});
