// Node-only loader: reads the compiled gazetteer from disk (CLI, tests, bench).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FILE } from './format.ts';
import { loadGazetteer } from './load.ts';
import type { Gazetteer } from './types.ts';

export function loadGazetteerFromDisk(dir = 'public/generated/gazetteer'): Gazetteer {
  return loadGazetteer(gunzipSync(readFileSync(join(dir, FILE))));
}
