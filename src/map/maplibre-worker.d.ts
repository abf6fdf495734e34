// maplibre-gl ships its worker as a module without type declarations.
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  /** The class that handles the map's messages; the module instantiates it as `self.worker`. */
  const MapLibreWorker: new (scope: unknown) => object;
  export default MapLibreWorker;
}
