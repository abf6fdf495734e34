// MapLibre 6 draws its sky in every frame as a full-screen pass, even when the
// style declares no sky and the default one is fully transparent: the check that
// skipped it (added with the sky in maplibre-gl-js#3645) now tests an object that
// always exists. On a GPU the pass costs next to nothing; on a CPU renderer
// (SwiftShader: machines without a usable GPU, blocklisted drivers, VMs) it was
// about half of every frame of this map, 25 of 55 ms at 1280×800. A style without
// a sky gives the pass nothing to draw: it writes transparent colour, and the
// depth it writes (the far plane) is the value the buffer was just cleared to.
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/** Removes the sky pass from `map`'s frames when `style` has no sky; false if MapLibre's renderer changed shape. */
export function skipEmptySky(map: MapLibreMap, style: StyleSpecification): boolean {
  if (style.sky) return false;
  const painter = (map as Partial<MapLibreMap>).painter;
  const draw = painter?.drawFunctions;
  if (!painter || typeof draw?.sky !== 'function') return false;
  painter.drawFunctions = { ...draw, sky: () => undefined };
  return true;
}
