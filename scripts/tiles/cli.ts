// `npm run tiles -- events.geojson [--out events.pmtiles] [--max-zoom 8]`: a PMTiles
// archive of the file's events for the map page's `?tiles=` (scripts/tiles/build.ts).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checked } from '../../src/map/data.ts';
import { buildEventTiles } from './build.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const out = flag('--out');
const maxZoom = flag('--max-zoom');
const input = args[0];
if (!input || args.length > 1 || (maxZoom !== undefined && !/^\d+$/.test(maxZoom))) {
  console.error('usage: npm run tiles -- events.geojson [--out events.pmtiles] [--max-zoom 8]');
  process.exit(2);
}
const target = out ?? input.replace(/\.(geo)?json$/i, '') + '.pmtiles';
const t0 = performance.now();
let parsed;
try {
  parsed = checked(JSON.parse(readFileSync(input, 'utf8')), `${input}: `);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
if (parsed.leftOut) console.warn(parsed.leftOut);
const { archive, tiles, metadata } = buildEventTiles(parsed.collection, {
  leftOut: parsed.leftOut,
  name: basename(input),
  ...(maxZoom !== undefined && { maxZoom: Number(maxZoom) }),
});
writeFileSync(target, archive);
console.log(
  `${target}: ${metadata.total} events, ${tiles} tiles, ${(statSync(target).size / 2 ** 20).toFixed(1)} MiB, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
