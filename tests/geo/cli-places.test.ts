// `npm run geocode -- FILE --places places.geojson`: the newsroom's places ahead of the
// gazetteer; a bad places file named on stderr, fatal only when no place in it is valid.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['geo/cli.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'geocode-places-'));
const PLACES = 'tests/fixtures/newsroom-places.geojson';
const fixture = JSON.parse(readFileSync(PLACES, 'utf8')) as {
  features: { geometry: { coordinates: number[] } }[];
};
const article = join(dir, 'camp.txt');
writeFileSync(article, 'Drones struck Camp Halvorsen on Tuesday, officials said.\n');

const mapped = (stdout: string) =>
  (JSON.parse(stdout) as EventCollection).features
    .filter((f) => f.properties.kind !== 'mention')
    .map((f) => [f.properties.gazetteer, f.geometry.coordinates]);

describe('cli --places', () => {
  it('maps a place only the newsroom file holds, at its point', () => {
    expect(mapped(run(article).stdout)).toEqual([]);
    const r = run(article, '--places', PLACES);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(mapped(r.stdout)).toEqual([
      ['newsroom:camp-halvorsen', fixture.features[0]!.geometry.coordinates],
    ]);
  });

  it('also for several articles', () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, 'Militants attacked Haditha in western Iraq on Monday.\n');
    const r = run(article, other, '--places', PLACES);
    expect(r.status).toBe(0);
    expect(mapped(r.stdout).map(([id]) => id)).toEqual([
      'newsroom:camp-halvorsen',
      'newsroom:haditha',
    ]);
  });

  it('some bad features: each named on stderr, the good ones used', () => {
    const p = join(dir, 'some-bad.geojson');
    const bad = { ...fixture.features[1], properties: { name: 'Camp X', country: 'Iraq' } };
    writeFileSync(p, JSON.stringify({ ...fixture, features: [fixture.features[0], bad] }));
    const r = run(article, '--places', p);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      `geocode: ${p}: Feature 2 (“Camp X”): \`country\` must be an ISO alpha-2 code or null`,
      `geocode: ${p}: going on with its 1 valid places`,
    ]);
    expect(mapped(r.stdout).map(([id]) => id)).toEqual(['newsroom:camp-halvorsen']);
  });

  it('no valid feature: the messages and a non-zero exit, nothing on stdout', () => {
    const p = join(dir, 'all-bad.geojson');
    writeFileSync(
      p,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ ...fixture.features[0], geometry: { type: 'Point', coordinates: [200, 0] } }],
      }),
    );
    const r = run(article, '--places', p);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Feature 1 \(“Camp Halvorsen”\): longitude/);
    expect(r.stderr).toMatch(/no valid place in the file/);
  });

  it('not JSON, a missing file, a missing value', () => {
    const p = join(dir, 'not.geojson');
    writeFileSync(p, '{"type": "FeatureCollection", ');
    const notJson = run(article, '--places', p);
    expect(notJson.status).not.toBe(0);
    expect(notJson.stderr).toMatch(/not JSON/);
    const missing = run(article, '--places', join(dir, 'missing.geojson'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read .*missing\.geojson: ENOENT/);
    const noValue = run(article, '--places');
    expect(noValue.status).toBe(2);
    expect(noValue.stderr).toMatch(/--places needs a file/);
  });
});
