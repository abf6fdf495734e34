// resolveSpans (resolution of given spans, as the benchmark uses it) on the compiled gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSpans } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk('public/generated/gazetteer');
});

const ids = (text: string, words: string[]) =>
  resolveSpans(
    text,
    g,
    words.map((w) => {
      const i = text.indexOf(w);
      return [i, i + w.length] as [number, number];
    }),
  ).map((r) => r?.place?.id ?? null);

describe('resolveSpans', () => {
  it('reads a one-word demonym as its country, not as a namesake town', () => {
    // Canadian (Texas) and Syrian-like town names exist in GeoNames.
    const text = 'The Canadian delegation met a Syrian envoy in Geneva.';
    expect(ids(text, ['Canadian', 'Syrian'])).toEqual(['country:CA', 'country:SY']);
  });

  it('reads a continent adjective as the continent, and finds continents and oceans', () => {
    const text = 'European ministers met in Africa; a ship crossed the Atlantic.';
    const [eu, af, at] = resolveSpans(text, g, [
      [0, 8],
      [text.indexOf('Africa'), text.indexOf('Africa') + 6],
      [text.indexOf('Atlantic'), text.indexOf('Atlantic') + 8],
    ]);
    expect(eu?.place?.name).toBe('Europe');
    expect(af?.place?.name).toBe('Africa');
    expect(at?.place?.type).toBe('water');
  });

  it('reads AP-style state abbreviations and "X County" as the mention finder does', () => {
    const text = 'He lives in Charleston, W. Va., and works in Licking County, Ohio.';
    const [wv, lc] = resolveSpans(text, g, [
      [text.indexOf('W. Va.'), text.indexOf('W. Va.') + 6],
      [text.indexOf('Licking County'), text.indexOf('Licking County') + 14],
    ]);
    expect(wv?.place?.name).toBe('West Virginia');
    expect(lc?.place?.country).toBe('US');
  });

  it('returns null for a span the gazetteer does not know', () => {
    expect(ids('They met at Qwxzyvle yesterday.', ['Qwxzyvle'])).toEqual([null]);
  });
});
