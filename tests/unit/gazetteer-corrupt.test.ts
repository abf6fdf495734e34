// A corrupt or truncated gazetteer is named as such, not "Failed to fetch" or
// "Cannot read properties of undefined".
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FORMAT, VERSION } from '../../geo/gazetteer/format.ts';
import { loadGazetteer } from '../../geo/gazetteer/load.ts';
import { gunzipIfNeeded } from '../../src/workbench/gunzip.ts';

/** A two-place gazetteer file, written by hand. */
function tiny(): Record<string, unknown> {
  return {
    format: FORMAT,
    version: VERSION,
    attribution: [],
    maxWords: 1,
    gid: [1, 1],
    ids: '',
    names: 'Alpha\nBeta',
    lat: [330000, 10000],
    lon: [440000, 0],
    types: 'cc',
    codeTable: ['PPL'],
    code: [0, 0],
    countryTable: ['', 'IQ'],
    country: [1, 1],
    admin1Table: [''],
    admin1: [0, 0],
    population: [60, 40],
    bbox: [],
    keys: 'alpha\nbeta',
    own: [1, 1],
    sharedKey: [],
    sharedPlace: [],
    keyCheck: [],
    countries: {},
    demonyms: {},
  };
}

const CORRUPT = /^the gazetteer file is corrupt or truncated/;

describe('a corrupt gazetteer', () => {
  it('the hand-written file loads', () => {
    const g = loadGazetteer(JSON.stringify(tiny()));
    expect(g.size).toBe(2);
    expect(g.lookup('beta')[0]?.lat).toBeCloseTo(34, 5);
  });

  it('is named as corrupt or truncated when a field is missing or of the wrong length', () => {
    for (const field of ['lat', 'names', 'own', 'keys', 'gid', 'countries']) {
      const f = tiny();
      delete f[field];
      expect(() => loadGazetteer(JSON.stringify(f)), field).toThrow(CORRUPT);
      expect(() => loadGazetteer(JSON.stringify(f)), field).toThrow(`“${field}”`);
    }
    const short = { ...tiny(), lat: [330000] };
    expect(() => loadGazetteer(JSON.stringify(short))).toThrow(
      'the gazetteer file is corrupt or truncated (“lat” has 1 entries for 2 places)',
    );
  });

  it('is named as corrupt or truncated when it is not JSON (cut short)', () => {
    const text = JSON.stringify(tiny());
    expect(() => loadGazetteer(text.slice(0, 100))).toThrow(CORRUPT);
  });

  it('is named as corrupt or truncated when the gzip stream is cut short', async () => {
    const gz = gzipSync(JSON.stringify(tiny()));
    await expect(gunzipIfNeeded(new Uint8Array(gz.subarray(0, gz.length - 10)))).rejects.toThrow(
      CORRUPT,
    );
  });
});
