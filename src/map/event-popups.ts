// The selected event on the map: its marker drawn as selected, its popup, and
// the "N events here" chooser for a click that hits several events. A click on
// the map asks the page to select (onselect); the page's selection (from the
// map, the list, the URL hash or the host) is shown here: the popup opened, the
// map moved as far as the popup needs (clicked) or flown to the event (chosen
// elsewhere). Closing the popup clears the selection. The map itself is
// src/lib/MapView.svelte's, which passes what these need as functions (read when
// used, as the component's props and state change); where a popup goes is
// src/map/popup-placement.ts's.
import type * as maplibregl from 'maplibre-gl';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import type { Selection, SelectionSource } from '../lib/MapView.svelte';
import {
  APPROXIMATE_PRECISIONS,
  INTERACTIVE_LAYER_IDS,
  LAYER_IDS,
  selectionFilter,
} from './event-layers.ts';
import { chooserContent, popupContent } from './popup.ts';
import { openArticle } from './article-dialog.ts';
import { decodeTileEvent } from './tiled-events.ts';
import type { Controls } from './controls.ts';
import type { Padding } from './fit.ts';
import { PopupPlacement, type MapFrame } from './popup-placement.ts';

export interface EventPopupsOptions extends MapFrame {
  data: () => EventCollection | null;
  /** The events are vector tiles (`?tiles=`): an event under a click is decoded from its tile. */
  tiled: () => boolean;
  selection: () => Selection | null;
  onselect: (id: string | null, from: SelectionSource) => void;
  controls: () => Controls | null;
  /** How the map fits an extent (MapView's fitOptions). */
  fitOptions: () => { padding: Padding; maxZoom: number };
}

/** A click on the events' layers, as MapLibre reports it. */
export interface EventsClick {
  point: maplibregl.Point;
  lngLat: maplibregl.LngLat;
  features?: maplibregl.MapGeoJSONFeature[];
}

export class EventPopups {
  private popup: maplibregl.Popup | null = null;
  /** The "N events here" popup, for a click that hits several events. */
  private chooser: maplibregl.Popup | null = null;
  private selectedId: string | null = null;
  /** Events decoded from the tiles under a click (`tiled`): a popup's event may be out of `data`. */
  private readonly clicked = new Map<string, EventFeature>();
  private readonly placement: PopupPlacement;

  constructor(private readonly o: EventPopupsOptions) {
    this.placement = new PopupPlacement(o);
  }

  /** A popup or the chooser is open. */
  get open(): boolean {
    return this.popup !== null || this.chooser !== null;
  }

  find(id: string): EventFeature | undefined {
    return this.o.data()?.features.find((f) => f.properties.id === id) ?? this.clicked.get(id);
  }

  /** A click on the events' layers: one event is selected, several are listed in the chooser. */
  click(e: EventsClick): void {
    // One listener call per click even when several layers are hit.
    const hits = this.eventsAt(e.point);
    if (hits.length > 1) {
      this.showChooser(hits, e.lngLat);
      return;
    }
    const id = hits[0]?.properties.id ?? e.features?.[0]?.properties?.id;
    if (typeof id === 'string') this.o.onselect(id, 'map');
  }

  /**
   * Same event, new data (edited in the workbench): the open popup follows it.
   * False when `s` is not the open popup's event.
   */
  follow(s: Selection | null): boolean {
    if (!(s?.id === this.selectedId && this.popup)) return false;
    const f = s ? this.find(s.id) : undefined;
    if (f) {
      this.popup.setLngLat(f.geometry.coordinates as [number, number]);
      this.popup.setDOMContent(popupContent(f, this.readInArticle(f)));
    }
    return true;
  }

  /** The map was restyled: the event selected now is drawn as selected again once it is idle. */
  reselectWhenIdle(m: maplibregl.Map): void {
    const keep = this.selectedId;
    m.once('idle', () => {
      if (keep) {
        this.selectedId = null;
        this.select(keep);
      }
    });
  }

  /** The map's size changed: the open popup (else the chooser) is placed again, at once. */
  placeOpen(): void {
    if (this.popup) this.placement.placeAt(this.popup, false);
    else if (this.chooser) this.placement.placeAt(this.chooser, false);
  }

  /** Closes the popup and the chooser (the map is removed). */
  close(): void {
    this.closePopup();
    this.closeChooser();
  }

  show(sel: Selection | null): void {
    const map = this.o.map();
    if (!map) return;
    this.closePopup();
    if (sel) this.closeChooser();
    const f = sel ? this.find(sel.id) : undefined;
    if (!sel || !f) {
      this.select(null);
      return;
    }
    this.select(f.properties.id);
    const lngLat = f.geometry.coordinates as [number, number];
    this.popup = this.placement
      .create()
      .setLngLat(lngLat)
      .setDOMContent(popupContent(f, this.readInArticle(f)))
      .addTo(map);
    this.popup.on('close', this.onPopupClose);
    if (sel.from === 'map') {
      // Clicked: the map moves only as far as the popup needs to show whole.
      this.placement.placeAt(this.popup, true);
      return;
    }
    if (f.bbox && APPROXIMATE_PRECISIONS.includes(f.properties.precision)) {
      if (this.flyToArea(f.bbox, sel.from === 'hash' ? 0 : 800)) return;
    }
    // Flown to: the marker where its popup shows whole, near the middle, clear of
    // the controls (Show all among them: the move shows it).
    this.o.controls()?.showAll.show(true, map);
    const container = this.o.container();
    const placement = this.placement.place(
      this.popup,
      container.clientWidth / 2,
      container.clientHeight / 2,
      true,
    );
    this.placement.setAnchor(this.popup, placement.anchor);
    map.flyTo({
      center: lngLat,
      zoom: Math.max(map.getZoom(), zoomFor(f)),
      offset: placement.shift,
      duration: sel.from === 'hash' ? 0 : 800,
      essential: true,
    });
  }

  private select(id: string | null): void {
    const map = this.o.map();
    if (!map || !map.getLayer(LAYER_IDS.selected)) return;
    if (id !== this.selectedId) map.setFilter(LAYER_IDS.selected, selectionFilter(id));
    this.selectedId = id;
  }

  private closePopup(): void {
    if (!this.popup) return;
    const p = this.popup;
    this.popup = null;
    p.off('close', this.onPopupClose);
    p.remove();
  }

  private closeChooser(): void {
    const c = this.chooser;
    this.chooser = null;
    c?.remove();
  }

  private readonly onPopupClose = (): void => {
    const closed = this.selectedId;
    this.popup = null;
    // A click on another marker closes this popup after selecting that marker:
    // only clear the selection if it is still this popup's event.
    const selection = this.o.selection();
    if (selection === null || selection.id === closed) {
      this.select(null);
      this.o.onselect(null, 'map');
    }
  };

  /** Several events under one click: list them; choosing one opens its popup. */
  private showChooser(features: EventFeature[], lngLat: maplibregl.LngLatLike): void {
    const map = this.o.map();
    if (!map) return;
    this.closeChooser();
    this.closePopup();
    this.select(null);
    if (this.o.selection() !== null) this.o.onselect(null, 'map');
    this.chooser = this.placement
      .create()
      .setLngLat(lngLat)
      .setDOMContent(
        chooserContent(features, (id) => {
          this.closeChooser();
          this.show({ id, from: 'map' });
          this.o.onselect(id, 'map');
          this.popup
            ?.getElement()
            ?.querySelector<HTMLElement>('.event-popup-read, .maplibregl-popup-close-button')
            ?.focus();
        }),
      )
      .addTo(map);
    this.placement.placeAt(this.chooser, true);
    this.chooser.getElement()?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeChooser();
    });
    this.chooser
      .getElement()
      ?.querySelector<HTMLButtonElement>('button.event-chooser-item')
      ?.focus();
  }

  /** The distinct events rendered within a few pixels of a click. */
  private eventsAt(point: maplibregl.Point): EventFeature[] {
    const map = this.o.map();
    if (!map) return [];
    const r = 4;
    const hits = map.queryRenderedFeatures(
      [
        [point.x - r, point.y - r],
        [point.x + r, point.y + r],
      ],
      { layers: INTERACTIVE_LAYER_IDS.filter((l) => map.getLayer(l)) },
    );
    const tiled = this.o.tiled();
    const seen = new Set<string>();
    const out: EventFeature[] = [];
    for (const h of hits) {
      const id = h.properties?.id;
      if (typeof id !== 'string' || seen.has(id)) continue;
      seen.add(id);
      const f = tiled ? decodeTileEvent(h.properties) : this.find(id);
      if (tiled && f) this.clicked.set(id, f);
      if (f) out.push(f);
    }
    return out;
  }

  private readInArticle(f: EventFeature) {
    const a = this.o.data()?.article;
    if (!a || typeof a.text !== 'string') return undefined;
    const article = { title: a.title, text: a.text };
    return (opener: HTMLButtonElement) => {
      openArticle(article, f, opener);
    };
  }

  /**
   * A country, region or sea chosen from the list (or the host, or the URL): the
   * map fits its extent, then moves as far as its popup needs to show whole.
   * False when no camera fits it.
   */
  private flyToArea(bbox: [number, number, number, number] | number[], duration: number): boolean {
    const map = this.o.map();
    if (!map || bbox.length !== 4) return false;
    const [w, s, e, n] = bbox as [number, number, number, number];
    // A bbox across the antimeridian (w > e) is fitted on the world copy east of it.
    const camera = map.cameraForBounds(
      [
        [w, s],
        [e < w ? e + 360 : e, n],
      ],
      this.o.fitOptions(),
    );
    if (!camera?.center || camera.zoom === undefined) return false;
    map.flyTo({ center: camera.center, zoom: camera.zoom, duration, essential: true });
    map.once('moveend', () => {
      if (this.popup) this.placement.placeAt(this.popup, true);
    });
    return true;
  }
}

/** How close a selected event is flown to: less for an event on a whole country or region. */
function zoomFor(f: EventFeature): number {
  switch (f.properties.precision) {
    case 'country':
      return 5;
    case 'region':
    case 'water':
      return 6;
    default:
      return 8;
  }
}
