// Golden fixtures (like Turf's test/in, test/out): every geo/articles/<slug>/article.txt
// is geoparsed with the compiled gazetteer and compared with expected.geojson.
// UPDATE=1 (npm run golden) rewrites the expected files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import { geoparse } from '../../geo/geoparse.ts';

const DIR = 'geo/articles';
const gaz = loadGazetteerFromDisk();
const slugs = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'article.txt')));

describe('golden articles', () => {
  it('has fixtures', () => expect(slugs.length).toBeGreaterThanOrEqual(5));
  for (const slug of slugs) {
    it(slug, () => {
      const text = readFileSync(join(DIR, slug, 'article.txt'), 'utf8');
      const got = geoparse(text, gaz);
      const out = join(DIR, slug, 'expected.geojson');
      if (process.env.UPDATE || !existsSync(out)) {
        writeFileSync(out, JSON.stringify(got, null, 2) + '\n');
        return;
      }
      expect(got).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    });
  }
});
