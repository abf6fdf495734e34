// Golden fixtures (like Turf's test/in, test/out): every geo/articles/<slug>/article.txt
// is geoparsed with the compiled gazetteer and compared with expected.geojson.
// Only UPDATE=1 (npm run golden) rewrites the expected files; any other value, or
// none, compares. A missing expected.geojson fails. CI refuses UPDATE altogether.
// What is compared is what a golden is for: each event's kind, place, gazetteer id,
// point (4 decimals), excerpt, spans, actor, means and date. Scores (confidence) are checked
// by range, so a change of scoring alone does not rewrite every golden.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import { geoparse } from '../../geo/geoparse.ts';
import type { EventCollection } from '../../geo/types.ts';

const DIR = 'geo/articles';
const gaz = loadGazetteerFromDisk();
const slugs = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'article.txt')));
const update = process.env.UPDATE === '1';

/** The part of an output that a golden file pins down. */
function goldenView(c: EventCollection) {
  return c.features.map((f) => {
    const p = f.properties;
    return {
      kind: p.kind,
      place: p.place,
      gazetteer: p.gazetteer,
      point: f.geometry.coordinates.map((x) => Math.round(x * 1e4) / 1e4),
      excerpt: p.excerpt,
      spans: p.spans,
      actor: p.actor,
      means: p.means ?? null,
      date: p.date ?? null,
      datePrecision: p.datePrecision ?? null,
    };
  });
}

describe('golden articles', () => {
  it('has fixtures', () => expect(slugs.length).toBeGreaterThanOrEqual(5));
  it('is never rewritten in CI', () => {
    if (process.env.CI) expect(process.env.UPDATE, 'UPDATE is refused in CI').toBeUndefined();
  });
  for (const slug of slugs) {
    it(slug, () => {
      const text = readFileSync(join(DIR, slug, 'article.txt'), 'utf8');
      // An article's date, when the fixture gives one (date.txt), dates "on Tuesday".
      const datePath = join(DIR, slug, 'date.txt');
      const date = existsSync(datePath) ? readFileSync(datePath, 'utf8').trim() : undefined;
      const got = geoparse(text, gaz, date ? { date } : {});
      const out = join(DIR, slug, 'expected.geojson');
      if (update && !process.env.CI) {
        writeFileSync(out, JSON.stringify(got, null, 2) + '\n');
        return;
      }
      expect(
        existsSync(out),
        `${out} is missing: create it with npm run golden and review it`,
      ).toBe(true);
      const want = JSON.parse(readFileSync(out, 'utf8')) as EventCollection;
      expect(goldenView(got)).toEqual(goldenView(want));
      for (const f of got.features) {
        expect(f.properties.confidence).toBeGreaterThanOrEqual(0);
        expect(f.properties.confidence).toBeLessThanOrEqual(1);
      }
      expect(got.article?.text).toBe(text);
    });
  }
});
