// resolveSpans (resolution of given spans, as the benchmark uses it) on the compiled gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, resolveSpans } from '../../geo/geoparse.ts';
import { mentionAt } from '../../geo/mentions.ts';
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

  it('reads every span the mention finder found as the finder read it (one shared reader)', () => {
    const text =
      'Flooding closed roads in Licking County, Ohio, and near Dublin, Ga., on Monday. ' +
      'Syrian troops shelled Daraa Governorate and Idlib, the U.S. said. ' +
      'Ships sailed in the Red Sea while European envoys met in Baghdad.';
    const found = analyse(text, g).mentions;
    expect(found.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Licking County', 'Ga.', 'Syrian', 'Daraa Governorate', 'U.S.']),
    );
    const given = resolveSpans(
      text,
      g,
      found.map((m) => [m.start, m.end]),
    );
    expect(given.map((r) => [r?.text, r?.role, r?.key, r?.place?.id])).toEqual(
      found.map((m) => [m.text, m.role, m.key, m.place?.id]),
    );
  });

  it('mentionAt: "X County" is the division read through the bare name, "Ga." after a comma the state', () => {
    const a = analyse('Crews worked in Laurel County and in Dublin, Ga., all day.', g);
    const toks = a.tokens[0]!;
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    const county = mentionAt(a.text.text, a.sentences[0]!, toks, at('Laurel'), at('County') + 1, g);
    expect(county?.how).toBe('division');
    expect(county?.nameEnd).toBe(at('County'));
    expect(county?.mention.text).toBe('Laurel County');
    const ga = mentionAt(a.text.text, a.sentences[0]!, toks, at('Ga'), at('Ga') + 1, g);
    expect(ga?.how).toBe('abbreviation');
    expect(ga?.mention.text).toBe('Ga.');
    expect(ga?.mention.candidates.map((p) => p.name)).toEqual(['Georgia']);
  });
});
