import { describe, expect, it } from 'vitest';
import { geoparse } from '../../geo/geoparse.ts';
import { fakeGazetteer } from './fake-gazetteer.ts';

const gaz = fakeGazetteer();
const kinds = (text: string) =>
  Object.fromEntries(
    geoparse(text, gaz).features.map((f) => [f.properties.place, f.properties.kind]),
  );

describe('events', () => {
  it('a strike in a city', () => {
    const fc = geoparse('Title\n\nA US drone strike in Baghdad killed a commander.', gaz);
    const f = fc.features.find((x) => x.properties.place === 'Baghdad')!;
    expect(f.properties.kind).toBe('strike');
    expect(f.properties.actor).toBe('US');
    // The actor's country is not an event location.
    expect(fc.features.find((x) => x.properties.place === 'US')?.properties.kind).toBe('mention');
  });

  it('an attack by a militia', () => {
    const k = kinds('Al Asad air base was targeted by an Iran-backed militia on Saturday.');
    expect(k['Al Asad air base']).toBe('attack');
    expect(k['Iran']).toBe('mention');
  });

  const actors = (text: string) =>
    Object.fromEntries(
      geoparse(text, gaz)
        .features.filter((f) => f.properties.kind !== 'mention')
        .map((f) => [f.properties.place, f.properties.actor]),
    );

  it('an affiliation belongs to the actor: "fighters aligned with Iran"', () => {
    expect(
      actors('Rockets were fired at Baghdad by fighters aligned with Iran on Sunday.'),
    ).toEqual({
      Baghdad: 'fighters aligned with Iran',
    });
  });

  it('"the group" is the armed group named before, or no actor at all', () => {
    expect(
      actors(
        'Houthi fighters attacked ships in the Red Sea. A drone attack by the group also targeted Baghdad.',
      ),
    ).toEqual({ 'Red Sea': 'Houthi fighters', Baghdad: 'Houthi fighters' });
    expect(actors('A drone attack by the group targeted Baghdad.')).toEqual({ Baghdad: null });
  });

  it('ships targeted in a sea are an attack there', () => {
    expect(kinds('Houthi fighters attacked ships in the Red Sea.')['Red Sea']).toBe('attack');
  });

  it("a speaker's location is not an event location", () => {
    const k = kinds('Speaking in Paris, the minister said strikes on Odesa must stop.');
    expect(k['Paris']).toBe('mention');
    expect(k['Odesa']).toBe('strike');
  });

  it('places merely mentioned stay mentions', () => {
    expect(kinds('The minister travelled from Kyiv to Paris for talks.')).toEqual({
      Kyiv: 'mention',
      Paris: 'mention',
    });
  });

  it('shelling is a strike; a passive subject is a location', () => {
    expect(kinds('Russian shelling of Odesa continued.')['Odesa']).toBe('strike');
    expect(kinds('Baghdad was attacked by gunmen.')['Baghdad']).toBe('attack');
  });

  it('emits one feature per (place, kind) with stable ids, verbatim excerpts and spans', () => {
    const text = 'Strikes hit Baghdad on Monday. More strikes hit Baghdad on Tuesday.';
    const a = geoparse(text, gaz);
    const b = geoparse(text, gaz);
    expect(a).toEqual(b);
    const f = a.features.filter((x) => x.properties.place === 'Baghdad');
    expect(f).toHaveLength(1);
    const p = f[0]!.properties;
    expect(p.id).toBe('test-baghdad-strike');
    expect(text.slice(p.excerptStart, p.excerptStart + p.excerpt.length)).toBe(p.excerpt);
    expect(p.spans).toHaveLength(2);
    for (const [s, e] of p.spans) expect(text.slice(s, e)).toBe('Baghdad');
  });

  it('sets bbox for countries, regions and waters', () => {
    const fc = geoparse('Houthi fighters attacked ships in the Red Sea off Iraq.', gaz);
    expect(fc.features.find((f) => f.properties.place === 'Red Sea')!.bbox).toHaveLength(4);
  });
});
