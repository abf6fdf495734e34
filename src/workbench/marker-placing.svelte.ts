// Placing the selected event's marker on the map: one draggable DOM marker (the
// ring) on the selected event while it is selected, "Click the map to place it"
// (the next click on the map is the point; Escape cancels), and bringing a point
// into view. The move itself is the page's (a command undo can take back).
// Made while the page's component is set up (it uses effects).
import { untrack } from 'svelte';
import { Marker, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { EventFeature } from '../../geo/types.ts';

export interface MarkerPlacingOptions {
  map: () => MapLibreMap | null;
  /** The selected event's id (also when it is not on the map), and its feature. */
  selectedId: () => string | undefined;
  selected: () => EventFeature | undefined;
  /** Changes are refused meanwhile (an article is being mapped). */
  busy: () => boolean;
  /** The marker was dragged, or the map clicked, to this point. */
  onmove: (lng: number, lat: number) => void;
  onannounce: (text: string) => void;
}

export class MarkerPlacing {
  /** The ring is being dragged. */
  dragging = $state(false);
  /** Waiting for the map click that places the selected event's marker. */
  picking = $state(false);
  private handle: Marker | null = null;

  constructor(private readonly o: MarkerPlacingOptions) {
    // Another event selected (or none): no longer placing the last one.
    $effect(() => {
      void o.selectedId();
      untrack(() => this.picking && this.stopPicking());
    });
    $effect(() => this.follow(o.map(), o.selected()));
  }

  /** Brings a point well inside the view (a chosen candidate can be far away). */
  reveal(lng: number, lat: number): void {
    const map = this.o.map();
    if (!map) return;
    const c = map.getContainer();
    const p = map.project([lng, lat]);
    const m = 90;
    if (p.x > m && p.y > m && p.x < c.clientWidth - m && p.y < c.clientHeight - m) return;
    map.easeTo({ center: [lng, lat], duration: 300 });
  }

  /** "Click the map to place it" (pressed again: no longer waiting). */
  pick(): void {
    const map = this.o.map();
    if (!map || this.o.busy()) return;
    if (this.picking) return this.stopPicking();
    this.picking = true;
    map.getCanvas().style.cursor = 'crosshair';
    map.on('click', this.onpicked);
    this.o.onannounce('Click the map where it happened; Escape cancels.');
  }

  stopPicking(): void {
    const map = this.o.map();
    this.picking = false;
    map?.off('click', this.onpicked);
    if (map) map.getCanvas().style.cursor = '';
  }

  private readonly onpicked = (e: MapMouseEvent): void => {
    this.stopPicking();
    this.o.onmove(e.lngLat.lng, e.lngLat.lat);
  };

  /** The ring on the selected event `f` (none without one). */
  private follow(m: MapLibreMap | null, f: EventFeature | undefined): void {
    if (!m || !f) {
      this.handle?.remove();
      this.handle = null;
      return;
    }
    const ll = f.geometry.coordinates as [number, number];
    if (!this.handle) {
      const el = document.createElement('div');
      el.className = 'drag-handle';
      el.setAttribute('role', 'img');
      el.title = 'Drag to move this marker';
      const handle = new Marker({ element: el, draggable: true, anchor: 'center' })
        .setLngLat(ll)
        .addTo(m);
      handle.on('dragstart', () => (this.dragging = true));
      handle.on('dragend', () => {
        this.dragging = false;
        if (!this.handle) return;
        const p = this.handle.getLngLat();
        this.o.onmove(p.lng, p.lat);
      });
      this.handle = handle;
    } else if (!this.dragging) this.handle.setLngLat(ll);
    this.handle.setDraggable(!this.o.busy());
    this.handle.getElement().dataset.handleEventId = f.properties.id;
    this.handle
      .getElement()
      .setAttribute('aria-label', `Marker under review: ${f.properties.place} (drag to move it)`);
  }

  /** The ring taken off the map (the page goes). */
  destroy(): void {
    this.handle?.remove();
  }
}
