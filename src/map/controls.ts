// MapLibre's controls for the map, sized to it: on a map under 400 px wide only
// the zoom buttons (and fullscreen in an embed), no compass; the attribution
// compact (the ⓘ button) under 640 px and folded until the reader opens it;
// a "Show all" button once the view has left the first one. Also what lies
// over the map, for the fit's padding (src/map/fit.ts).
import * as maplibregl from 'maplibre-gl';
import type { Box } from './fit.ts';

/** Below this width a map shows only zoom (and fullscreen) buttons. */
export const SMALL_MAP_WIDTH = 400;

/** "Show all": back to the first view. Hidden while the map shows it. */
export class ShowAllControl implements maplibregl.IControl {
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  constructor(private readonly onclick: () => void) {}

  onAdd(): HTMLElement {
    const c = document.createElement('div');
    c.className = 'maplibregl-ctrl maplibregl-ctrl-group show-all-ctrl';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'show-all';
    b.textContent = 'Show all';
    b.title = 'Back to the whole map of the article';
    b.addEventListener('click', () => this.onclick());
    c.append(b);
    c.hidden = true;
    this.container = c;
    this.button = b;
    return c;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.button = null;
  }

  /** Shown (true) or hidden; focus on the button moves to the map when it hides. */
  show(visible: boolean, map: maplibregl.Map): void {
    if (!this.container || this.container.hidden === !visible) return;
    if (!visible && document.activeElement === this.button) map.getCanvas().focus();
    this.container.hidden = !visible;
  }
}

export interface Controls {
  /** After a resize: the buttons for the new width. */
  update: () => void;
  showAll: ShowAllControl;
}

export interface ControlOptions {
  /** Embedded: a fullscreen button too. */
  embed: boolean;
  /** The attribution's text (the basemap's sources). */
  attribution: string | string[];
  /** The "Show all" button's action. */
  onShowAll: () => void;
}

export function addControls(
  m: maplibregl.Map,
  { embed, attribution: text, onShowAll }: ControlOptions,
): Controls {
  let small: boolean | null = null;
  let nav: maplibregl.NavigationControl | null = null;
  let fullscreen: maplibregl.FullscreenControl | null = null;
  const showAll = new ShowAllControl(onShowAll);
  m.addControl(showAll, 'top-left');

  function buttons(): void {
    const now = m.getContainer().clientWidth < SMALL_MAP_WIDTH;
    if (now === small) return;
    small = now;
    if (nav) m.removeControl(nav);
    if (fullscreen) m.removeControl(fullscreen);
    nav = new maplibregl.NavigationControl({
      showCompass: !now,
      showZoom: true,
      visualizePitch: false,
    });
    m.addControl(nav, 'top-right');
    // In fullscreen MapLibre turns cooperative gestures off, and back on after.
    if (embed) {
      fullscreen = new maplibregl.FullscreenControl();
      m.addControl(fullscreen, 'top-right');
    }
  }
  buttons();

  m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
  const attribution = new maplibregl.AttributionControl({
    customAttribution: text,
  });
  m.addControl(attribution, 'bottom-right');
  const details = m.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
  // MapLibre opens a compact attribution at first and folds it on the first drag:
  // it starts folded here, and stays as the reader leaves it once they toggle it.
  let toggled = false;
  details
    ?.querySelector('.maplibregl-ctrl-attrib-button')
    ?.addEventListener('click', () => (toggled = true));
  const fold = () => {
    if (!toggled) details?.classList.remove('maplibregl-compact-show');
  };
  fold();
  // After the control's own listeners (added with it), which may open it again.
  m.on('resize', fold);
  m.on('styledata', fold);
  m.on('sourcedata', fold);

  return {
    update: () => {
      buttons();
      fold();
    },
    showAll,
  };
}

/**
 * What lies over the map, in its container's pixels: every visible control
 * and the elements of `overlays` (the legend).
 */
export function obstacles(m: maplibregl.Map, overlays: readonly Element[]): Box[] {
  const c = m.getContainer().getBoundingClientRect();
  const els = [...m.getContainer().querySelectorAll('.maplibregl-ctrl'), ...overlays];
  const out: Box[] = [];
  for (const el of els) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({
      left: r.left - c.left,
      top: r.top - c.top,
      right: r.right - c.left,
      bottom: r.bottom - c.top,
    });
  }
  return out;
}
