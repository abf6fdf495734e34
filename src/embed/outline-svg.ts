// The outline map (the map without WebGL, src/embed/StaticMap.svelte) as a
// standalone SVG file: its size and viewBox, the title above the map, land and
// borders, one marker per event (strikes diamonds, attacks circles, mentions
// small circles, each with a <title>), and the attribution as text. Colours are
// written into the file (no stylesheet, no fonts, no external reference). Pure.
import type { EventFeature } from '../../geo/types.ts';
import { kindColours, markerOutline, type Theme } from '../map/event-layers.ts';
import { KIND_LABEL, initialBounds } from '../map/view.ts';
import { fitOutline, pathData, type LngLat } from './outline.ts';

export interface Outline {
  land: LngLat[][][];
  borders: LngLat[][];
}

export interface OutlineSvgOptions {
  events: readonly EventFeature[];
  outline: Outline | null;
  title: string;
  attribution: string;
  theme: Theme;
  width?: number;
}

const HEADER = 44;
const FOOTER = 30;
/** Characters of the title in <title>; the heading drawn has as many as fit its width. */
const MAX_TITLE = 200;

/** Text for SVG content or a double-quoted attribute. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const r1 = (v: number) => Math.round(v * 10) / 10;

export function outlineSvg(o: OutlineSvgOptions): string {
  const { bounds, world } = initialBounds(o.events);
  const view = fitOutline(world ? [] : bounds, { width: o.width ?? 800 });
  const { width } = view;
  const height = HEADER + view.height + FOOTER;
  const dark = o.theme === 'dark';
  const c = {
    bg: dark ? '#161b20' : '#ffffff',
    fg: dark ? '#e8eaed' : '#1a1a1a',
    muted: dark ? '#a3abb3' : '#5a6168',
    sea: dark ? '#1b2a36' : '#e6f1f7',
    land: dark ? '#232a30' : '#f1f1ef',
    coast: dark ? '#5d666e' : '#a7acb1',
    border: dark ? '#4a525a' : '#c2c6ca',
  };
  const kinds = kindColours(o.theme);
  const outline = markerOutline(o.theme);
  const land = o.outline ? pathData(o.outline.land.flat(), view, true) : '';
  const borders = o.outline ? pathData(o.outline.borders, view, false) : '';
  // Mentions under strikes and attacks, as on the page.
  const ordered = [
    ...o.events.filter((f) => f.properties.kind === 'mention'),
    ...o.events.filter((f) => f.properties.kind !== 'mention'),
  ];
  const markers = ordered.map((f) => {
    const p = f.properties;
    const [x, y] = view.project(f.geometry.coordinates as unknown as LngLat);
    const shape =
      p.kind === 'strike'
        ? '<rect x="-6" y="-6" width="12" height="12" transform="rotate(45)"/>'
        : `<circle r="${p.kind === 'attack' ? 6.5 : 4}"/>`;
    return (
      `<g class="event-point kind-${p.kind}" data-event-id="${xmlEscape(p.id)}" ` +
      `transform="translate(${r1(x)} ${r1(y)})" fill="${kinds[p.kind]}">` +
      `<title>${xmlEscape(`${KIND_LABEL[p.kind]} · ${p.place}`)}</title>${shape}</g>`
    );
  });
  const title = xmlEscape(clip(o.title, MAX_TITLE));
  // About 11 px a character of the 18 px bold heading.
  const heading = xmlEscape(clip(o.title, Math.floor((width - 32) / 11)));
  const font = 'font-family="Noto Sans, system-ui, sans-serif"';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title">`,
    `<title id="map-title">${title}</title>`,
    '<defs>',
    `<clipPath id="map-area"><rect width="${width}" height="${view.height}"/></clipPath>`,
    '</defs>',
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<text x="16" y="28" ${font} font-size="18" font-weight="700" fill="${c.fg}">${heading}</text>`,
    `<g transform="translate(0 ${HEADER})" clip-path="url(#map-area)">`,
    `<rect width="${width}" height="${view.height}" fill="${c.sea}"/>`,
    `<path d="${land}" fill="${c.land}" stroke="${c.coast}" stroke-width="0.8"/>`,
    `<path d="${borders}" fill="none" stroke="${c.border}" stroke-width="0.6" stroke-dasharray="3 2"/>`,
    `<g stroke="${outline}" stroke-width="1.5">`,
    ...markers,
    '</g>',
    '</g>',
    `<text x="16" y="${height - 11}" ${font} font-size="11" fill="${c.muted}">${xmlEscape(o.attribution)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
