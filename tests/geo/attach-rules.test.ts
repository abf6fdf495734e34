// The syntactic rules of geo/attach/rules.ts and the dateline of geo/events.ts,
// called directly (the model alone often gets these sentences right, so the
// end-to-end tests would not notice a rule gone): each on a sentence of its class.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import {
  coordinatedWith,
  isContainerOf,
  launchTarget,
  notAnEventPlace,
  passiveCue,
  placeBeforeEventNoun,
  placeLists,
  rightAfterCue,
} from '../../geo/attach/rules.ts';
import { datelineEnd } from '../../geo/events.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk();
});

/** The first sentence's tokens, its place mentions, and a mention or token by text. */
function parse(text: string) {
  const a = analyse(text, g);
  const toks = a.tokens[0]!;
  const places = a.mentions.filter((m) => m.sentence === 0 && m.role === 'place');
  const m = (t: string) => places.find((x) => x.text === t)!;
  const tok = (t: string) => toks.findIndex((x) => x.text === t);
  return { toks, places, m, tok };
}

describe('attachment rules', () => {
  it('the place weapons were fired or launched at, past the weapons; not a place after another phrase', () => {
    const p = parse(
      'Militants fired two guided rockets into the town of Sderot as officials in Ashkelon watched.',
    );
    expect(launchTarget(p.toks, p.tok('fired'), p.m('Sderot'))).toBe(true);
    expect(launchTarget(p.toks, p.tok('fired'), p.m('Ashkelon'))).toBe(false);
    const q = parse('The club fired its coach at Leeds on Monday.');
    expect(launchTarget(q.toks, q.tok('fired'), q.m('Leeds'))).toBe(false);
  });

  it('a town before the event noun is where it happened; a country there, or a bare subject, is not', () => {
    for (const [text, place, noun, yes] of [
      ['Police said the Peshawar bombing was planned for weeks.', 'Peshawar', 'bombing', true],
      ["Investigators studied last week's Kramatorsk strike.", 'Kramatorsk', 'strike', true],
      ['Officials said the US strike was lawful.', 'US', 'strike', false],
      ['Kharkiv attacks were reported by the mayor.', 'Kharkiv', 'attacks', false],
    ] as const) {
      const { toks, m, tok } = parse(text);
      expect(placeBeforeEventNoun(toks, tok(noun), m(place)), text).toBe(yes);
    }
  });

  it('lists: places joined by commas and "and", not a town and its country', () => {
    const { toks, places } = parse('Jets struck Tyre, Sidon and Jezzine, and hit Aleppo, Syria.');
    const lists = placeLists(toks, places).map((l) => l.map((x) => x.text));
    expect(lists).toContainEqual(['Tyre', 'Sidon', 'Jezzine']);
    expect(lists.flat()).not.toContain('Syria');
  });

  it('lists: a described place goes on the list ("and the rebels\' northern stronghold of X")', () => {
    const { toks, places } = parse(
      "Jets struck Marib, Baydha and the rebels' eastern stronghold of Harib on Sunday.",
    );
    expect(placeLists(toks, places).map((l) => l.map((x) => x.text))).toContainEqual([
      'Marib',
      'Baydha',
      'Harib',
    ]);
  });

  it('a coordinated locative joins the located place before it, not across a clause', () => {
    let p = parse('Missiles hit sites in Bahawalpur and a complex in Muridke on Wednesday.');
    expect(
      coordinatedWith(p.toks, p.m('Muridke'), [p.m('Bahawalpur')], p.places, new Set())?.text,
    ).toBe('Bahawalpur');
    p = parse('Missiles hit sites in Bahawalpur, which officials said was near Muridke.');
    expect(
      coordinatedWith(p.toks, p.m('Muridke'), [p.m('Bahawalpur')], p.places, new Set()),
    ).toBeNull();
  });

  it('a wider place right after a located one is its container', () => {
    const p = parse('Strikes hit al-Qaim, a town in western Anbar province, and Baghdad.');
    expect(isContainerOf(p.toks, p.m('Anbar province'), [p.m('al-Qaim')])).toBe(true);
    expect(isContainerOf(p.toks, p.m('Baghdad'), [p.m('al-Qaim')])).toBe(false);
  });

  it('the subject of a passive cue, with at most one adverb between', () => {
    let p = parse('Zaporizhzhia was repeatedly shelled on Friday.');
    expect(passiveCue(p.toks, p.m('Zaporizhzhia'), new Set([p.tok('shelled')]))).toBe(
      p.tok('shelled'),
    );
    p = parse('Iran was behind the attack on Erbil.');
    expect(passiveCue(p.toks, p.m('Iran'), new Set([p.tok('attack')]))).toBe(-1);
  });

  it('the place right after a cue, behind a preposition and place nouns', () => {
    const p = parse(
      'An assault on the town of Bakhmut began as drones struck Kharkiv, officials in Kyiv said.',
    );
    expect(rightAfterCue(p.toks, p.tok('assault'), p.m('Bakhmut'))).toBe(true);
    expect(rightAfterCue(p.toks, p.tok('struck'), p.m('Kharkiv'))).toBe(true);
    expect(rightAfterCue(p.toks, p.tok('struck'), p.m('Kyiv'))).toBe(false);
    // A verb's object behind an article and place nouns; a noun cue needs its preposition.
    const q = parse(
      'Missiles destroyed the Burshtyn power plant, and a strike the Lviv mayor reported.',
    );
    expect(rightAfterCue(q.toks, q.tok('destroyed'), q.m('Burshtyn'))).toBe(true);
    expect(rightAfterCue(q.toks, q.tok('strike'), q.m('Lviv'))).toBe(false);
  });

  it('origins, owning countries, flags and affiliations are never event places', () => {
    const reason = (text: string, place: string) => {
      const p = parse(text);
      return notAnEventPlace(p.toks, p.m(place));
    };
    expect(reason('Drones launched from Yemen on Sunday hit Eilat.', 'Yemen')).toBe('origin');
    expect(reason('Explosions were heard from Lviv to Kharkiv.', 'Lviv')).toBeNull();
    expect(reason("A strike on Iran's embassy in Damascus killed seven.", 'Iran')).toBe('owner');
    expect(reason("Strikes hit Kharkiv's power station.", 'Kharkiv')).toBeNull();
    expect(reason('A tanker flagged in Panama was hit.', 'Panama')).toBe('attribute');
    expect(reason('Militias loyal to Tehran attacked the base.', 'Tehran')).toBe('affiliation');
  });

  it('makers and backers, the country that acted, and where someone spoke are never event places', () => {
    const reason = (text: string, place: string) => {
      const p = parse(text);
      return notAnEventPlace(p.toks, p.m(place));
    };
    expect(reason('The depot was hit with Iran-made drones.', 'Iran')).toBe('attribute');
    expect(reason('Shelling hit Kyiv-controlled villages near Kupiansk.', 'Kyiv')).toBe(
      'attribute',
    );
    expect(reason('Officials said Russia had launched 90 drones at Odesa.', 'Russia')).toBe(
      'agent',
    );
    expect(reason('Officials said Russia was hit by drones.', 'Russia')).toBeNull();
    expect(
      reason('The governor said in a statement in Maiduguri that the raid failed.', 'Maiduguri'),
    ).toBe('speaker');
    expect(reason('The raid in Maiduguri failed, the governor said.', 'Maiduguri')).toBeNull();
  });

  it('a dateline opens the sentence up to its dash', () => {
    const p = parse('KYIV, Jan 24 (Newswire) - Russian missiles hit Kharkiv.');
    const end = datelineEnd(p.toks);
    expect(end).toBeGreaterThan(0);
    expect(end).toBeLessThan(p.m('Kharkiv').start);
    expect(datelineEnd(parse('Russian missiles hit Kharkiv - and Kyiv.').toks)).toBe(-1);
  });
});
