// The basemap style: a quiet news locator map over our own PMTiles archive
// (built by scripts/basemap/build.ts) with self-hosted fonts. Pure: no I/O,
// no third-party URL; only `tilesUrl` and `fontsUrl` are referenced.
//
// No `glyphs` key: MapLibre draws text itself and `font-faces` maps the font
// names used in `text-font` to woff2 files (copied from @fontsource by the
// basemap build), each limited to the Unicode range of its subset so that only
// the files a label needs are downloaded.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const ATTRIBUTION =
  'Made with Natural Earth (public domain) · Places: GeoNames (CC BY 4.0) · Water names: Wikipedia (CC BY-SA)';

export type Theme = 'light' | 'dark';

export interface BasemapStyleOptions {
  theme: Theme;
  /** `pmtiles://` followed by the absolute URL of generated/basemap.pmtiles on our own origin. */
  tilesUrl: string;
  /** Folder holding the woff2 files, e.g. `/generated/fonts` (no trailing slash needed). */
  fontsUrl: string;
}

/** Event layers go below this layer so that labels stay readable above them. */
export const firstLabelLayerId = 'place-dot';

/** Ids of every label layer, bottom to top. */
export const labelLayerIds = [
  'place-dot',
  'place-label',
  'place-label-major',
  'water-label',
  'country-label',
] as const;

/** Places listed in tiles from this zoom or earlier get a dot and a free-standing label. */
const MAJOR_MAX_MINZOOM = 4;

/**
 * A label's name with its colour set on the text itself (a format section), not
 * only as the layer's paint. The place labels need a colour per feature; giving
 * every label layer one lets them all share one GPU text program, so the first
 * frame with labels compiles one instead of two.
 */
function nameIn(colour: string): ExpressionSpecification {
  return ['format', ['get', 'name'], { 'text-color': colour }];
}

export const SOURCE_ID = 'basemap';

/**
 * Unicode ranges of the @fontsource subsets, copied from their CSS
 * (@fontsource/noto-sans/400.css, @fontsource/noto-sans-arabic/400.css);
 * tests/unit/style.test.ts checks them against the installed package.
 */
export const FONT_SUBSETS: Record<string, string[]> = {
  'noto-sans-latin': [
    'U+0000-00FF',
    'U+0131',
    'U+0152-0153',
    'U+02BB-02BC',
    'U+02C6',
    'U+02DA',
    'U+02DC',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+2000-206F',
    'U+20AC',
    'U+2122',
    'U+2191',
    'U+2193',
    'U+2212',
    'U+2215',
    'U+FEFF',
    'U+FFFD',
  ],
  'noto-sans-latin-ext': [
    'U+0100-02BA',
    'U+02BD-02C5',
    'U+02C7-02CC',
    'U+02CE-02D7',
    'U+02DD-02FF',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+1D00-1DBF',
    'U+1E00-1E9F',
    'U+1EF2-1EFF',
    'U+2020',
    'U+20A0-20AB',
    'U+20AD-20C0',
    'U+2113',
    'U+2C60-2C7F',
    'U+A720-A7FF',
  ],
  'noto-sans-cyrillic': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
  'noto-sans-cyrillic-ext': [
    'U+0460-052F',
    'U+1C80-1C8A',
    'U+20B4',
    'U+2DE0-2DFF',
    'U+A640-A69F',
    'U+FE2E-FE2F',
  ],
  'noto-sans-greek': [
    'U+0370-0377',
    'U+037A-037F',
    'U+0384-038A',
    'U+038C',
    'U+038E-03A1',
    'U+03A3-03FF',
  ],
  'noto-sans-greek-ext': ['U+1F00-1FFF'],
  'noto-sans-vietnamese': [
    'U+0102-0103',
    'U+0110-0111',
    'U+0128-0129',
    'U+0168-0169',
    'U+01A0-01A1',
    'U+01AF-01B0',
    'U+0300-0301',
    'U+0303-0304',
    'U+0308-0309',
    'U+0323',
    'U+0329',
    'U+1EA0-1EF9',
    'U+20AB',
  ],
  'noto-sans-arabic-arabic': [
    'U+0600-06FF',
    'U+0750-077F',
    'U+0870-088E',
    'U+0890-0891',
    'U+0897-08E1',
    'U+08E3-08FF',
    'U+200C-200E',
    'U+2010-2011',
    'U+204F',
    'U+2E41',
    'U+FB50-FDFF',
    'U+FE70-FE74',
    'U+FE76-FEFC',
  ],
};

const NOTO_SANS_SUBSETS = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
];

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
export const FONT_ITALIC = 'Noto Sans Italic';

type FontFace = { url: string; 'unicode-range': string[] };

function fontFaces(fontsUrl: string): Record<string, FontFace[]> {
  const base = fontsUrl.replace(/\/+$/, '');
  const face = (subset: string, file: string): FontFace => ({
    url: `${base}/${file}`,
    'unicode-range': FONT_SUBSETS[subset]!,
  });
  const weight = (w: '400' | '700') => [
    ...NOTO_SANS_SUBSETS.map((s) => face(`noto-sans-${s}`, `noto-sans-${s}-${w}-normal.woff2`)),
    face('noto-sans-arabic-arabic', `noto-sans-arabic-arabic-${w}-normal.woff2`),
  ];
  return {
    [FONT_REGULAR]: weight('400'),
    [FONT_BOLD]: weight('700'),
    [FONT_ITALIC]: [
      face('noto-sans-latin', 'noto-sans-latin-400-italic.woff2'),
      face('noto-sans-latin-ext', 'noto-sans-latin-ext-400-italic.woff2'),
    ],
  };
}

interface Palette {
  water: string;
  land: string;
  lake: string;
  river: string;
  coast: string;
  border: string;
  countryText: string;
  placeText: string;
  capitalText: string;
  waterText: string;
  halo: string;
  dot: string;
}

const PALETTES: Record<Theme, Palette> = {
  light: {
    water: '#d6e4ec',
    land: '#f4f2ee',
    lake: '#d6e4ec',
    river: '#bcd2df',
    coast: '#a9c0cf',
    border: '#a79f97',
    countryText: '#6b645d',
    placeText: '#3d3935',
    capitalText: '#222020',
    waterText: '#6a8aa0',
    halo: 'rgba(255,255,255,0.85)',
    dot: '#5b5652',
  },
  dark: {
    water: '#151d26',
    land: '#2a2d31',
    lake: '#151d26',
    river: '#24384a',
    coast: '#3a5163',
    border: '#6e6a66',
    countryText: '#a8a29c',
    placeText: '#d4d0cb',
    capitalText: '#f0ede9',
    waterText: '#6d8ba1',
    halo: 'rgba(20,22,25,0.85)',
    dot: '#c9c4be',
  },
};

export function basemapStyle(options: BasemapStyleOptions): StyleSpecification {
  const c = PALETTES[options.theme];
  const src = SOURCE_ID;
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': c.water } },
    {
      id: 'land',
      type: 'fill',
      source: src,
      'source-layer': 'land',
      paint: { 'fill-color': c.land, 'fill-antialias': false },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: src,
      'source-layer': 'lakes',
      paint: { 'fill-color': c.lake, 'fill-antialias': false },
    },
    {
      id: 'rivers',
      type: 'line',
      source: src,
      'source-layer': 'rivers',
      minzoom: 4,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': c.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 6, 0.8, 8, 1.4],
      },
    },
    {
      id: 'coastline',
      type: 'line',
      source: src,
      'source-layer': 'coastline',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 0.7, 8, 1.1],
      },
    },
    {
      id: 'boundaries',
      type: 'line',
      source: src,
      'source-layer': 'boundaries',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 4, 0.8, 8, 1.4],
      },
    },
    {
      id: 'place-dot',
      type: 'circle',
      source: src,
      'source-layer': 'place_label',
      minzoom: 2,
      filter: ['<=', ['get', 'minzoom'], MAJOR_MAX_MINZOOM],
      paint: {
        // One size for every place (capitals stand out by their bold label): with no
        // per-feature value the dots share the GPU program of the events' dots, already
        // compiled when the basemap's first tiles are drawn.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2.2, 8, 3.5],
        'circle-color': c.dot,
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'place-label',
      type: 'symbol',
      source: src,
      'source-layer': 'place_label',
      minzoom: 3,
      filter: ['>', ['get', 'minzoom'], MAJOR_MAX_MINZOOM],
      layout: {
        // The dot is a bullet in the label itself, so a label that loses a collision takes
        // its dot with it (no orphan dots), and the label keeps its place to the dot's right.
        'text-field': [
          'format',
          '\u2022 ',
          { 'font-scale': 1.25, 'text-color': c.dot },
          ['get', 'name'],
          {},
        ],
        'text-font': [
          'case',
          ['==', ['get', 'capital'], 2],
          ['literal', [FONT_BOLD]],
          ['literal', [FONT_REGULAR]],
        ],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', ['==', ['get', 'capital'], 2], 11, 10],
          6,
          ['case', ['==', ['get', 'capital'], 2], 13, ['>=', ['get', 'pop'], 1000000], 13, 11.5],
          8,
          ['case', ['==', ['get', 'capital'], 2], 15, ['>=', ['get', 'pop'], 500000], 14, 12],
        ],
        'text-anchor': 'left',
        // Pull the text left by half the bullet's advance so the bullet is centred on the place.
        'text-offset': [-0.3, 0],
        'text-justify': 'left',
        'text-max-width': 10,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 3,
      },
      paint: {
        'text-color': ['case', ['==', ['get', 'capital'], 2], c.capitalText, c.placeText],
        'text-halo-color': c.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      // Capitals and big cities: a dot of their own and a label on whichever side has room,
      // placed before (so winning over) the smaller places' labels.
      id: 'place-label-major',
      type: 'symbol',
      source: src,
      'source-layer': 'place_label',
      minzoom: 2,
      filter: ['<=', ['get', 'minzoom'], MAJOR_MAX_MINZOOM],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'case',
          ['==', ['get', 'capital'], 2],
          ['literal', [FONT_BOLD]],
          ['literal', [FONT_REGULAR]],
        ],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', ['==', ['get', 'capital'], 2], 11, 10],
          6,
          ['case', ['==', ['get', 'capital'], 2], 13, ['>=', ['get', 'pop'], 1000000], 13, 11.5],
          8,
          ['case', ['==', ['get', 'capital'], 2], 15, ['>=', ['get', 'pop'], 500000], 14, 12],
        ],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 2,
      },
      paint: {
        'text-color': ['case', ['==', ['get', 'capital'], 2], c.capitalText, c.placeText],
        'text-halo-color': c.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'water-label',
      type: 'symbol',
      source: src,
      'source-layer': 'water_label',
      layout: {
        'text-field': nameIn(c.waterText),
        'text-font': [FONT_ITALIC, FONT_REGULAR],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          1,
          ['match', ['get', 'rank'], 1, 12, 10],
          5,
          ['match', ['get', 'rank'], 1, 15, 2, 13, 3, 12, 11],
          8,
          ['match', ['get', 'rank'], 1, 17, 2, 15, 3, 14, 13],
        ],
        'text-letter-spacing': ['match', ['get', 'rank'], 1, 0.25, 0.1],
        'text-max-width': 7,
        'text-line-height': 1.15,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 4,
      },
      paint: { 'text-color': c.waterText, 'text-halo-color': c.halo, 'text-halo-width': 0.8 },
    },
    {
      id: 'country-label',
      type: 'symbol',
      source: src,
      'source-layer': 'country_label',
      minzoom: 2,
      layout: {
        'text-field': nameIn(c.countryText),
        'text-font': [FONT_BOLD],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['match', ['get', 'rank'], 1, 11, 2, 10, 9],
          5,
          ['match', ['get', 'rank'], 1, 14, 2, 13, 3, 12, 11],
          8,
          ['match', ['get', 'rank'], 1, 17, 2, 16, 3, 15, 14],
        ],
        'text-max-width': 6,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 6,
      },
      paint: { 'text-color': c.countryText, 'text-halo-color': c.halo, 'text-halo-width': 1 },
    },
  ];

  return {
    version: 8,
    name: `conflict-map basemap (${options.theme})`,
    sources: {
      [src]: { type: 'vector', url: options.tilesUrl, attribution: ATTRIBUTION },
    },
    'font-faces': fontFaces(options.fontsUrl),
    layers,
  } satisfies StyleSpecification;
}
