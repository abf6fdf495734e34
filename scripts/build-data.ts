// Builds every derived file the app needs into public/generated/ (git-ignored):
// the basemap tiles and fonts, the compiled gazetteer, the example article's
// events, and the world outline for the no-WebGL fallback. Runs before
// `npm start`, `npm run build` and `npm test`; each step is skipped while its
// inputs are unchanged (see scripts/cache.ts).
import { performance } from 'node:perf_hooks';
import { runStep, type Step } from './cache.ts';

const OUT = 'public/generated';

const steps: Step[] = [
  {
    name: 'basemap',
    inputs: ['scripts/basemap', 'geo/gazetteer/data', 'package-lock.json'],
    outputs: [`${OUT}/basemap.pmtiles`, `${OUT}/fonts`],
    run: async () => (await import('./basemap/build.ts')).buildBasemap(OUT),
  },
  {
    name: 'gazetteer',
    inputs: ['geo/gazetteer', 'geo/normalise.ts', 'geo/lexicon.ts', 'package-lock.json'],
    outputs: [`${OUT}/gazetteer`],
    run: async () => (await import('../geo/gazetteer/build.ts')).buildGazetteer(`${OUT}/gazetteer`),
  },
  {
    name: 'example-events',
    inputs: ['geo', `${OUT}/gazetteer`, 'scripts/example-events.ts'],
    outputs: [`${OUT}/example.geojson`],
    run: async () => (await import('./example-events.ts')).buildExampleEvents(OUT),
  },
  {
    // The outline map shown when the browser cannot draw the interactive map.
    name: 'world-outline',
    inputs: ['scripts/world-outline.ts', 'scripts/basemap/geometry.ts', 'package-lock.json'],
    outputs: [`${OUT}/world-outline.json`],
    run: async () => (await import('./world-outline.ts')).buildWorldOutline(OUT),
  },
];

for (const step of steps) {
  const t0 = performance.now();
  const ran = await runStep(step);
  const ms = Math.round(performance.now() - t0);
  console.log(ran ? `data: built ${step.name} in ${ms} ms` : `data: ${step.name} is up to date`);
}
