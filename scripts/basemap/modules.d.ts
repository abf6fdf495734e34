// Minimal typings for the untyped packages the basemap build uses.
declare module 'vt-pbf' {
  interface LegacyTile {
    features: unknown[];
  }
  export function fromGeojsonVt(
    layers: Record<string, LegacyTile>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}

declare module 'topojson-client' {
  import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
  export function feature(
    topology: unknown,
    object: unknown,
  ): FeatureCollection<Geometry | null> | Feature<Geometry | null>;
  export function mesh(
    topology: unknown,
    object?: unknown,
    filter?: (a: unknown, b: unknown) => boolean,
  ): MultiLineString;
}
