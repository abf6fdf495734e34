// Many articles, one map (issue 15, part 2, the CLI): every event carries its
// source; the same strike reported by two articles (same place, kind and date)
// is one feature with both sources and excerpts; undated events are never merged;
// --ndjson streams articles line by line in bounded memory. Articles written for
// this test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectionBuilder } from '../../geo/collection.ts';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { manyEvents } from '../e2e/many-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'collection-'));
const tsx = join('node_modules', '.bin', 'tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ['geo/cli.ts', ...args], { encoding: 'utf8', input, maxBuffer: 2 ** 28 });

const strikes = (fc: EventCollection) => fc.features.filter((f) => f.properties.kind !== 'mention');

function feature(id: string, kind: 'strike' | 'mention', date: string | null): EventFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [36.2, 50] },
    properties: {
      id,
      kind,
      place: 'Kharkiv',
      name: 'Kharkiv',
      country: 'UA',
      precision: 'city',
      gazetteer: 'geonames:706483',
      actor: null,
      excerpt: `${id} excerpt`,
      excerptStart: 0,
      spans: [],
      confidence: 0.5,
      ...(kind === 'mention' ? {} : { date, datePrecision: date ? 'day' : null }),
    },
  };
}
const fc = (...features: EventFeature[]): EventCollection => ({
  type: 'FeatureCollection',
  features,
});
const src = (id: string) => ({ id, title: id, url: `https://news.example/${id}`, date: null });

describe('CollectionBuilder', () => {
  it('merges the same place, kind and date; keeps undated events and other days apart', () => {
    const b = new CollectionBuilder();
    b.add(fc(feature('a', 'strike', '2024-01-23'), feature('u', 'strike', null)), src('one'));
    b.add(fc(feature('b', 'strike', '2024-01-23'), feature('v', 'strike', null)), src('two'));
    b.add(fc(feature('c', 'strike', '2024-01-19')), src('three'));
    const out = b.result();
    expect(out.articles).toBe(3);
    const ids = out.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const merged = out.features.filter((f) => f.properties.date === '2024-01-23');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.properties.source?.id).toBe('one');
    expect(merged[0]!.properties.sources?.map((s) => [s.id, s.excerpt])).toEqual([
      ['one', 'a excerpt'],
      ['two', 'b excerpt'],
    ]);
    expect(out.features.filter((f) => f.properties.date === null)).toHaveLength(2);
    expect(out.features.filter((f) => f.properties.date === '2024-01-19')).toHaveLength(1);
    // One source: no list, `source` says it.
    const single = out.features.find((f) => f.properties.date === '2024-01-19')!;
    expect(single.properties.source?.url).toBe('https://news.example/three');
    expect(single.properties).not.toHaveProperty('sources');
  });

  it('mentions of a place are one feature', () => {
    const b = new CollectionBuilder();
    b.add(fc(feature('m', 'mention', null)), src('one'));
    b.add(fc(feature('m', 'mention', null)), src('two'));
    expect(b.result().features).toHaveLength(1);
  });
});

const ONE =
  'Missiles hit Kharkiv\n\nRussian missiles hit Kharkiv on Tuesday, killing four people.\n';
const TWO =
  'Kharkiv under fire\n\nKharkiv was struck by Russian missiles on Tuesday, the governor said. Drones struck Odesa overnight.\n';

describe('cli: many files', () => {
  it('one collection: sources on every event, the shared strike merged with both excerpts', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, ONE);
    writeFileSync(b, TWO);
    const r = run([a, b, '--date', '2024-01-24']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as EventCollection;
    expect(out.articles).toBe(2);
    for (const f of out.features) expect(f.properties.source?.id).toMatch(/[ab]\.txt$/);
    const kharkiv = strikes(out).filter((f) => f.properties.place === 'Kharkiv');
    expect(kharkiv).toHaveLength(1);
    expect(kharkiv[0]!.properties.date).toBe('2024-01-23');
    // Each article's own excerpt: its first sentence of the event (the first article's headline).
    expect(kharkiv[0]!.properties.sources?.map((s) => [s.id, s.excerpt])).toEqual([
      [a, 'Missiles hit Kharkiv'],
      [b, 'Kharkiv was struck by Russian missiles on Tuesday, the governor said.'],
    ]);
    expect(strikes(out).find((f) => f.properties.place === 'Odesa')?.properties.source?.id).toBe(b);
  });
});

describe('cli: --ndjson', () => {
  const line = (i: number) =>
    JSON.stringify({
      id: `article-${i}`,
      url: `https://news.example/${i}`,
      title: `Report ${i}`,
      // 28 days: the same strike on the same day is reported by many lines.
      date: `2024-02-${String((i % 28) + 1).padStart(2, '0')}`,
      text: (i % 2 ? ONE : TWO).replace('on Tuesday', 'yesterday'),
    });
  const ndjson = (n: number) => {
    const p = join(dir, `articles-${n}.ndjson`);
    writeFileSync(p, Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n');
    return p;
  };
  const MAXRSS =
    'data:text/javascript,' +
    encodeURIComponent(
      "process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));",
    );
  const measured = (file: string) => {
    const cli = [process.execPath, '--import', 'tsx', '--import', MAXRSS, 'geo/cli.ts', '--ndjson'];
    const r = spawnSync('sh', ['-c', `cat "$0" | "$@"`, file, ...cli], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const m = /^maxRSS (\d+)$/m.exec(r.stderr);
    return { r, mb: m ? Number(m[1]) / 1024 : NaN };
  };

  it('1,000 articles: one collection, a source on every event, memory as for 100', () => {
    const few = measured(ndjson(100));
    const many = measured(ndjson(1000));
    expect(many.r.status, many.r.stderr).toBe(0);
    const out = JSON.parse(many.r.stdout) as EventCollection;
    expect(out.articles).toBe(1000);
    for (const f of out.features) expect(f.properties.source?.id).toMatch(/^article-\d+$/);
    // Kharkiv "yesterday" of each of 28 days: every line of that date merged into one.
    const kharkiv = strikes(out).filter((f) => f.properties.place === 'Kharkiv');
    expect(kharkiv.length).toBe(28);
    expect(kharkiv.every((f) => (f.properties.sources?.length ?? 0) > 30)).toBe(true);
    console.log(
      `--ndjson peak memory: ${few.mb.toFixed(0)} MB for 100 articles, ${many.mb.toFixed(0)} MB for 1,000`,
    );
    expect(many.mb).toBeLessThan(few.mb * 1.25);
  }, 300_000);

  it('large articles: 60 of 100,000 characters each keep no more memory than 6', () => {
    // Each a long report: its paragraphs name other towns, so every article gives many events.
    const towns = ['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Sumy', 'Kherson', 'Lviv'];
    const para = (i: number, k: number) =>
      `Russian drones struck ${towns[(i + k) % towns.length]} overnight, officials said; residents of the district described ${k} blasts.\n\n`;
    const big = (n: number) => {
      const p = join(dir, `large-${n}.ndjson`);
      const lines = Array.from({ length: n }, (_, i) => {
        let text = `Report ${i}\n\n`;
        for (let k = 0; text.length < 100_000; k++) text += para(i, k);
        return JSON.stringify({
          id: `large-${i}`,
          url: null,
          title: null,
          date: '2024-02-01',
          text,
        });
      });
      writeFileSync(p, lines.join('\n') + '\n');
      return p;
    };
    // The heap left after a full collection at exit: what the run kept. Keeping each
    // article's text would add its 100,000 characters (0.1 MB) per article; the
    // peak (maxRSS) says little here, as the collector frees late.
    const KEPT =
      'data:text/javascript,' +
      encodeURIComponent(
        "process.on('exit', () => { globalThis.gc(); process.stderr.write('kept ' + process.memoryUsage().heapUsed + '\\n'); });",
      );
    const run = (file: string) => {
      const cli = [process.execPath, '--expose-gc', '--import', 'tsx', '--import', KEPT];
      const r = spawnSync('sh', ['-c', `cat "$0" | "$@"`, file, ...cli, 'geo/cli.ts', '--ndjson'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      const m = /^kept (\d+)$/m.exec(r.stderr);
      return { r, mb: m ? Number(m[1]) / 2 ** 20 : NaN };
    };
    const few = run(big(6));
    const many = run(big(60));
    expect(many.r.status, many.r.stderr).toBe(0);
    const out = JSON.parse(many.r.stdout) as EventCollection;
    expect(out.articles).toBe(60);
    expect(new Set(strikes(out).map((f) => f.properties.place))).toEqual(new Set(towns));
    console.log(
      `--ndjson heap kept, articles of 100,000 characters: ${few.mb.toFixed(1)} MB for 6, ${many.mb.toFixed(1)} MB for 60`,
    );
    expect(many.mb - few.mb).toBeLessThan(2);
  }, 300_000);

  it('a bad line is left out with a warning, the others kept', () => {
    const r = run(['--ndjson'], `${line(1)}\nnot json\n{"id":"x"}\n${line(2)}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles).toBe(2);
    expect(r.stderr).toMatch(/line 2: not a JSON object/);
    expect(r.stderr).toMatch(/line 3: no "text"/);
  });
});

describe('cli: an archive in shares (GNU parallel --pipe, batch array jobs)', () => {
  const line = (i: number) =>
    JSON.stringify({
      id: `share-${i}`,
      url: null,
      title: null,
      date: `2024-03-0${(i % 3) + 1}`,
      text: (i % 2 ? ONE : TWO).replace('on Tuesday', 'yesterday'),
    });
  const lines = Array.from({ length: 12 }, (_, i) => line(i));
  const ndjson = (from: number, to: number) => lines.slice(from, to).join('\n') + '\n';
  const key = (f: EventFeature) =>
    `${f.properties.kind} ${f.properties.gazetteer} ${f.properties.date ?? '-'} ${(
      f.properties.sources ?? [f.properties.source!]
    )
      .map((s) => s.id)
      .sort()
      .join(',')}`;

  it('the shares geoparsed apart and merged are the archive geoparsed at once', () => {
    const whole = run(['--ndjson'], ndjson(0, 12));
    expect(whole.status, whole.stderr).toBe(0);
    const parts = [ndjson(0, 5), ndjson(5, 12)].map((input, i) => {
      const r = run(['--ndjson'], input);
      expect(r.status, r.stderr).toBe(0);
      const path = join(dir, `share-${i}.geojson`);
      writeFileSync(path, r.stdout);
      return path;
    });
    const merged = run(['--merge', ...parts]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stderr).not.toContain('npm run tiles');
    const a = JSON.parse(whole.stdout) as EventCollection;
    const b = JSON.parse(merged.stdout) as EventCollection;
    expect(b.articles).toBe(12);
    // The strike on Kharkiv of each day: one feature with the sources of both shares.
    const kharkiv = strikes(b).filter((f) => f.properties.place === 'Kharkiv');
    expect(kharkiv).toHaveLength(3);
    expect(kharkiv.map((f) => f.properties.sources!.length)).toEqual([4, 4, 4]);
    expect(b.features.map(key).sort()).toEqual(a.features.map(key).sort());
    const ids = b.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('advises vector tiles for a collection of more than 10,000 events', () => {
    const big = join(dir, 'big.geojson');
    writeFileSync(big, JSON.stringify(manyEvents(10_001)));
    const r = run(['--merge', big]);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as EventCollection).features).toHaveLength(10_001);
    expect(r.stderr).toContain('10,001 events: for a map that opens as fast as a small one');
    expect(r.stderr).toContain('npm run tiles -- FILE.geojson');
  });

  it('a file that is not a collection stops the merge, naming it', () => {
    const bad = join(dir, 'bad.geojson');
    writeFileSync(bad, '{"type":"FeatureCollection","features":[{"properties":{"id":"x"}}]}');
    const r = run(['--merge', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: feature 0 is not an event of this geoparser`);
    writeFileSync(bad, 'not json');
    expect(run(['--merge', bad]).stderr).toContain(`${bad}: not JSON`);
  });
});
