// Geoparses the example article with the compiled gazetteer and writes
// `${outDir}/example.geojson`, which the app shows on first load.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteerFromDisk } from '../geo/gazetteer/node.ts';
import { geoparse } from '../geo/geoparse.ts';

export const EXAMPLE_ARTICLE = 'geo/articles/us-strikes-iraq-2024/article.txt';

export async function buildExampleEvents(outDir: string): Promise<void> {
  const text = readFileSync(EXAMPLE_ARTICLE, 'utf8');
  const gazetteer = loadGazetteerFromDisk(join(outDir, 'gazetteer'));
  const fc = geoparse(text, gazetteer);
  // Title = the article's first line.
  const firstLine = text.split('\n', 1)[0]!.trim();
  fc.article = { ...(fc.article ?? { characters: text.length }), title: firstLine || null };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'example.geojson'), JSON.stringify(fc, null, 2) + '\n');
}
