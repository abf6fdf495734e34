// Where an open popup goes on the map: MapLibre's popup anchored so that it and
// its marker show whole, clear of what lies over the map (controls, legend,
// attribution), the map moved as far as it needs. The choice is placePopup's
// (src/map/fit.ts, pure); this measures the map, the popup's content and the
// obstacles for it and applies the anchor, the width and the move, for the
// event's popup and the "N events here" chooser alike.
import * as maplibregl from 'maplibre-gl';
import { placePopup, popupMaxWidth, POPUP_TIP, type Anchor } from './fit.ts';
import { obstacles } from './controls.ts';

/** How far a popup's tip stands off its marker, in CSS pixels. */
export const POPUP_OFFSET = 14;

/** What the placement measures: the map's element, the map, and the page's elements over it. */
export interface MapFrame {
  container: () => HTMLElement;
  map: () => maplibregl.Map | null;
  overlays: () => Element[];
}

export class PopupPlacement {
  constructor(private readonly frame: MapFrame) {}

  /** A popup for the map's width, above its marker until placed. */
  create(): maplibregl.Popup {
    return new maplibregl.Popup({
      closeOnClick: true,
      focusAfterOpen: false,
      maxWidth: `${popupMaxWidth(this.frame.container().clientWidth)}px`,
      offset: POPUP_OFFSET,
      anchor: 'bottom',
    });
  }

  /** Where a popup goes with its marker at `x`,`y`: its anchor, and how far to move the map. */
  place(p: maplibregl.Popup, x: number, y: number, flying = false) {
    const container = this.frame.container();
    const map = this.frame.map();
    const content = p.getElement()?.querySelector<HTMLElement>('.maplibregl-popup-content');
    return placePopup({
      width: container.clientWidth,
      height: container.clientHeight,
      x,
      y,
      w: content?.offsetWidth ?? 0,
      h: content?.offsetHeight ?? 0,
      offset: POPUP_OFFSET,
      flying,
      avoid: map ? obstacles(map, this.frame.overlays()) : [],
    });
  }

  setAnchor(p: maplibregl.Popup, anchor: Anchor): void {
    if (p.options.anchor === anchor) return;
    p.options.anchor = anchor;
    this.size(p);
    p.setOffset(POPUP_OFFSET); // lays the popup out again
  }

  /** Anchors an open popup so that it and its marker show whole, moving the map if need be. */
  placeAt(p: maplibregl.Popup, animate: boolean): void {
    const map = this.frame.map();
    if (!map) return;
    this.size(p);
    const at = map.project(p.getLngLat());
    const placement = this.place(p, at.x, at.y);
    this.setAnchor(p, placement.anchor);
    const [sx, sy] = placement.shift;
    if (sx !== 0 || sy !== 0) map.panBy([-sx, -sy], { duration: animate ? 300 : 0 });
  }

  /**
   * The popup's width for the map's. Beside its marker the popup's tip takes width
   * from its box: the box grows by the tip, so that the content keeps the width
   * (and height) that placePopup was given.
   */
  private size(p: maplibregl.Popup): void {
    const side = p.options.anchor === 'left' || p.options.anchor === 'right';
    p.setMaxWidth(
      `${popupMaxWidth(this.frame.container().clientWidth) + (side ? POPUP_TIP : 0)}px`,
    );
  }
}
