// The map layers that draw events: a pure function of the theme, so it can be
// validated against the style specification in a unit test and reused when the
// theme (and so the whole style) changes.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { EventKind, Precision } from '../../geo/types.ts';

export type Theme = 'light' | 'dark';

export const EVENT_SOURCE_ID = 'events';
/** The one layer of an events archive (`npm run tiles`, scripts/tiles/build.ts). */
export const TILES_LAYER = 'events';

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const KIND_COLOURS: Record<EventKind, string> = {
  strike: '#D55E00', // vermillion
  attack: '#0072B2', // blue
  mention: '#7A7A7A',
};

/** On a dark basemap the blue is too dark: Okabe-Ito sky blue instead. */
export const KIND_COLOURS_DARK: Record<EventKind, string> = {
  strike: '#E8691A',
  attack: '#56B4E9',
  mention: '#9AA3AB',
};

export function kindColours(theme: Theme): Record<EventKind, string> {
  return theme === 'dark' ? KIND_COLOURS_DARK : KIND_COLOURS;
}

/** The outline of markers: white on the light basemap, near-white on the dark one. */
export function markerOutline(theme: Theme): string {
  return theme === 'dark' ? '#E8EAED' : '#FFFFFF';
}

/** Icon names registered with `map.addImage` (see icons.ts). Strikes are diamonds, attacks circles. */
export const ICONS = {
  strike: 'event-strike',
  attack: 'event-attack',
} as const;

export const APPROXIMATE_PRECISIONS: readonly Precision[] = ['region', 'country', 'water'];

export const LAYER_IDS = {
  approximateStrikes: 'events-approximate-strikes',
  approximateAttacks: 'events-approximate-attacks',
  mentions: 'events-mentions',
  selected: 'events-selected',
  markers: 'events-markers',
  clusters: 'events-clusters',
  clusterCount: 'events-cluster-count',
  labels: 'events-labels',
} as const;

/** The soft halos of approximate locations: they go under the basemap's labels, the other layers on top. */
export const HALO_LAYER_IDS: readonly string[] = [
  LAYER_IDS.approximateStrikes,
  LAYER_IDS.approximateAttacks,
];

/** Layers a click can hit, topmost first. */
export const INTERACTIVE_LAYER_IDS: string[] = [LAYER_IDS.markers, LAYER_IDS.mentions];

export interface EventLayerOptions {
  theme: Theme;
  /** The source id of the GeoJSON source holding the EventCollection. */
  source?: string;
  /** When the source clusters points, the layers for clusters are added. */
  clustered?: boolean;
  /** Font stack for the cluster count (from the basemap's glyphs); without it clusters show no number. */
  font?: string[];
  /**
   * Labels on the strike and attack markers (the `labels=shown` parameter): the
   * place as written, beside its marker where there is room (a label that would
   * cover a marker or another label is left out). Needs `font`.
   */
  labels?: boolean;
}

const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
const isApproximate: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', [...APPROXIMATE_PRECISIONS]],
];
const isIncident: ExpressionSpecification = [
  'any',
  ['==', ['get', 'kind'], 'strike'],
  ['==', ['get', 'kind'], 'attack'],
];

/** The selection ring's filter: the selected event, or nothing. */
export function selectionFilter(id: string | null): FilterSpecification {
  return ['all', notCluster, ['in', ['get', 'id'], ['literal', id === null ? [] : [id]]]];
}

/**
 * The layers, bottom to top: the soft halos of approximate locations, the quiet
 * mentions, the selection ring, the strike/attack icons (and clusters).
 * The halos (HALO_LAYER_IDS) belong under the basemap's labels; the others on top.
 *
 * The circle layers that the first view draws (halos, mentions) have only constant
 * or zoom-dependent paint, like the basemap's place dots: MapLibre then compiles one
 * circle program for all of them. A per-feature value makes another program, and
 * compiling one cost about 80 ms of the first view on a CPU renderer (SwiftShader).
 * Hence one halo layer per kind, with its colour, and a selection ring drawn by
 * filter: empty, and so not compiled, until something is selected.
 */
export function eventLayers(options: EventLayerOptions): LayerSpecification[] {
  const source = options.source ?? EVENT_SOURCE_ID;
  const dark = options.theme === 'dark';
  const outline = dark ? '#101418' : '#FFFFFF';
  const colours = kindColours(options.theme);
  const halo = (id: string, kind: 'strike' | 'attack'): LayerSpecification => ({
    id,
    type: 'circle',
    source,
    filter: ['all', notCluster, ['==', ['get', 'kind'], kind], isApproximate],
    paint: {
      'circle-color': colours[kind],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 14, 6, 28, 10, 44],
      'circle-blur': 0.7,
      'circle-opacity': dark ? 0.35 : 0.25,
    },
  });
  const layers: LayerSpecification[] = [
    halo(LAYER_IDS.approximateStrikes, 'strike'),
    halo(LAYER_IDS.approximateAttacks, 'attack'),
    {
      id: LAYER_IDS.mentions,
      type: 'circle',
      source,
      filter: ['all', notCluster, ['==', ['get', 'kind'], 'mention']],
      paint: {
        'circle-color': colours.mention,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2.5, 8, 4],
        'circle-opacity': 0.75,
        'circle-stroke-color': outline,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.75,
      },
    },
    {
      id: LAYER_IDS.selected,
      type: 'circle',
      source,
      filter: selectionFilter(null),
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['case', ['==', ['get', 'kind'], 'mention'], 9, 16],
        'circle-stroke-color': dark ? '#FFD54A' : '#1A1A1A',
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER_IDS.markers,
      type: 'symbol',
      source,
      filter: ['all', notCluster, isIncident],
      layout: {
        'icon-image': ['match', ['get', 'kind'], 'strike', ICONS.strike, ICONS.attack],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.8, 8, 1.1],
        // Always drawn, and the basemap's labels (placed after this, the topmost
        // layer) give way: no place name is drawn under a strike or attack.
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        // Strikes above attacks, then article order.
        'symbol-sort-key': ['match', ['get', 'kind'], 'strike', 1, 0],
        'symbol-z-order': 'source',
      },
      paint: {
        // Approximate locations are drawn softer.
        'icon-opacity': ['case', isApproximate, 0.7, 1],
      },
    },
  ];
  if (options.labels && options.font && options.font.length > 0) {
    // Under the markers: placed after them (MapLibre places the topmost symbols
    // first), so a label never covers a marker, and before the basemap's labels.
    const at = layers.findIndex((l) => l.id === LAYER_IDS.markers);
    layers.splice(at, 0, {
      id: LAYER_IDS.labels,
      type: 'symbol',
      source,
      filter: ['all', notCluster, isIncident],
      layout: {
        'text-field': ['get', 'place'],
        'text-font': options.font,
        'text-size': 12.5,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        'text-max-width': 9,
        'text-padding': 2,
        'symbol-sort-key': ['match', ['get', 'kind'], 'strike', 0, 1],
      },
      paint: {
        'text-color': dark ? '#E8EAED' : '#1A1A1A',
        'text-halo-color': dark ? '#101418' : '#FFFFFF',
        'text-halo-width': 1.5,
      },
    });
  }
  if (options.clustered) {
    layers.push({
      id: LAYER_IDS.clusters,
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': dark ? '#3A4550' : '#4A5560',
        // From a 24 px target (2 events) to the largest that does not overlap its
        // neighbours: overlapping discs hide one another, and their overdraw, not
        // the events, was most of a pan frame's cost at 100,000 events.
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['get', 'point_count'],
          2,
          12,
          50,
          (12 + CLUSTER_MAX_RADIUS_PX) / 2,
          500,
          CLUSTER_MAX_RADIUS_PX,
        ],
        'circle-stroke-color': outline,
        'circle-stroke-width': CLUSTER_STROKE_PX,
        'circle-opacity': 0.9,
      },
    });
    if (options.font && options.font.length > 0) {
      layers.push({
        id: LAYER_IDS.clusterCount,
        type: 'symbol',
        source,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': options.font,
          'text-size': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#FFFFFF' },
      });
    }
  }
  return layers;
}

/** Above this many events, the source clusters points at low zoom. */
export const CLUSTER_THRESHOLD = 60;
/** The last zoom with clusters (the GeoJSON source's and the tiles', scripts/tiles/build.ts). */
export const CLUSTER_MAX_ZOOM = 6;
/** How far apart clusters are, in screen px: the GeoJSON source's radius, the tiles' grid. */
export const CLUSTER_SPACING_PX = 60;
const CLUSTER_STROKE_PX = 2;
/** The largest cluster's radius: it and its outline stay within half the spacing (2 px apart). */
export const CLUSTER_MAX_RADIUS_PX = CLUSTER_SPACING_PX / 2 - CLUSTER_STROKE_PX - 2;
