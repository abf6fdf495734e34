// Draws the map for a still image at the image's size, with the one map of the
// page (MapView's), without the reader seeing it: a still of the reader's view
// covers the map while its container takes the image's size and pixel ratio,
// the map loads and draws that view, and the frame is copied into a 2D canvas
// in the same task as it is drawn (the WebGL canvas keeps no drawing buffer).
// Then size, pixel ratio and camera are put back and drawn before the still
// goes, all in one task: the reader's view is the same as before.
import type { Map as MapLibreMap, CameraOptions } from 'maplibre-gl';

export interface RenderOptions {
  /** CSS pixels of the map in the image. */
  width: number;
  height: number;
  pixelRatio: number;
  /** Where the image's map looks, given the reader's view (the map has the image's size then). */
  camera: (
    map: MapLibreMap,
    reader: { width: number; height: number; camera: CameraOptions },
  ) => CameraOptions;
  /** Called with true before the map changes and false once it is back: MapView ignores its events meanwhile. */
  mute: (on: boolean) => void;
  /** Gives up waiting for the tiles after this long and draws what has loaded. */
  timeoutMs?: number;
}

/** Copies what the map has just drawn: call right after `map.redraw()`, in the same task. */
export function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  out.getContext('2d')?.drawImage(source, 0, 0);
  return out;
}

/** The map drawn now, as a PNG data URL (for printing), or null when it has no size. */
export function snapshot(map: MapLibreMap): string | null {
  const canvas = map.getCanvas();
  if (canvas.width === 0 || canvas.height === 0) return null;
  map.redraw();
  return canvas.toDataURL('image/png');
}

function idle(map: MapLibreMap, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    map.on('idle', done);
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** The map at `width`×`height` CSS pixels and `pixelRatio`, as a canvas of its own. */
export function renderForExport(map: MapLibreMap, o: RenderOptions): Promise<HTMLCanvasElement> {
  // One at a time: a second click waits for the first image.
  const run = queue.then(() => render(map, o));
  queue = run.catch(() => undefined);
  return run;
}

async function render(map: MapLibreMap, o: RenderOptions): Promise<HTMLCanvasElement> {
  const container = map.getContainer();
  const parent = container.parentElement;
  const reader = {
    width: container.clientWidth,
    height: container.clientHeight,
    camera: {
      center: map.getCenter(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    },
  };
  const saved = {
    width: container.style.width,
    height: container.style.height,
    overflow: parent?.style.overflow ?? '',
  };
  map.redraw();
  const still = copyCanvas(map.getCanvas());
  still.className = 'export-still';
  still.setAttribute('aria-hidden', 'true');
  Object.assign(still.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    width: `${reader.width}px`,
    height: `${reader.height}px`,
    zIndex: '5',
  });
  o.mute(true);
  container.append(still);
  try {
    if (parent) parent.style.overflow = 'hidden';
    container.style.width = `${o.width}px`;
    container.style.height = `${o.height}px`;
    map.setPixelRatio(o.pixelRatio);
    map.jumpTo(o.camera(map, reader));
    await idle(map, o.timeoutMs ?? 15_000);
    map.redraw();
    return copyCanvas(map.getCanvas());
  } finally {
    container.style.width = saved.width;
    container.style.height = saved.height;
    if (parent) parent.style.overflow = saved.overflow;
    // null: back to the device's pixel ratio (the typings say number only).
    map.setPixelRatio(null as unknown as number);
    map.jumpTo(reader.camera);
    map.redraw();
    still.remove();
    o.mute(false);
  }
}
