// The parts of the events stage, each on sentences written for the mechanism's
// class (several forms each), with the compiled gazetteer: cue senses, plans and
// statistics, actor types and the kind, means, places that are never event
// places, passive subjects, lists and coordinated locatives, datelines, earlier
// years, wider areas.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, geoparse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { kindOf } from '../../geo/events.ts';
import { typeOfActor } from '../../geo/actors.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk();
});

/** place → kind of every strike and attack of a text. */
const events = (text: string, date?: string) =>
  Object.fromEntries(
    geoparse(text, g, date ? { date } : {})
      .features.filter((f) => f.properties.kind !== 'mention')
      .map((f) => [f.properties.place, f.properties.kind]),
  );
const cueWords = (text: string) =>
  analyse(text, g).events.flatMap((e) => e.cues.map((c) => c.text.toLowerCase()));

describe('cues and their senses', () => {
  it('capture, bombing and gunfire verbs are cues', () => {
    expect(events('Rebel fighters overran the town of Kindu after a week of fighting.')).toEqual({
      Kindu: 'attack',
    });
    expect(
      events('A suicide bomber blew himself up at a market in Maiduguri, killing 12.'),
    ).toEqual({ Maiduguri: 'attack' });
    expect(events('Gunmen opened fire on worshippers in Owo on Sunday, killing dozens.')).toEqual({
      Owo: 'attack',
    });
  });

  it('labour, sport and market senses are not cues', () => {
    expect(
      events(
        'Dock workers went on strike at the port of Antwerp over pay. The union said the walkout would last a week.',
      ),
    ).toEqual({});
    expect(
      events(
        'A late strike against Portugal sealed the match in Lisbon. The coach praised the attack after the goal.',
      ),
    ).toEqual({});
  });

  it('plans, threats, exercises and statistics are not events', () => {
    expect(cueWords('Officials warned that a strike on Kharkiv could cut power.')).toEqual([]);
    expect(cueWords('The militia vowed to attack Kirkuk within days.')).toEqual([]);
    expect(cueWords('Troops simulated an assault on Tallinn during the exercise.')).toEqual([]);
    expect(cueWords('Attacks in Mosul have risen by a third this year.')).toEqual([]);
  });

  it('a month is not a modal: "on May 7" keeps the cue', () => {
    expect(events('On May 7, India fired missiles at Muridke, killing 26.')).toEqual({
      Muridke: 'strike',
    });
  });
});

describe('who acted decides the kind', () => {
  it('a state force strikes, an armed group attacks, whatever the verb', () => {
    expect(
      events('A Houthi drone struck an apartment block in Tel Aviv, killing one man.'),
    ).toEqual({
      'Tel Aviv': 'attack',
    });
    expect(events('The Sudanese army shelled Nyala overnight, residents said.')).toEqual({
      Nyala: 'strike',
    });
    expect(
      events('Russian troops stormed Avdiivka, in eastern Ukraine, after months of fighting.'),
    ).toEqual({
      Avdiivka: 'strike',
    });
    expect(events('RSF fighters attacked El Geneina at dawn, killing dozens.')).toEqual({
      'El Geneina': 'attack',
    });
  });

  it('with no actor, the cue word and the means decide', () => {
    expect(kindOf('strike', 'unknown', null)).toBe('strike');
    expect(kindOf('strike', 'unknown', 'bombing')).toBe('attack');
    expect(kindOf('attack', 'unknown', 'missile')).toBe('strike');
    expect(kindOf('attack', 'unknown', 'rocket')).toBe('attack');
    expect(kindOf('assault', 'police', 'gunfire')).toBeNull();
  });

  it('actor types come from the table, generic nouns and demonyms', () => {
    expect(typeOfActor('the Houthis').type).toBe('nonstate');
    expect(typeOfActor('Hayat Tahrir al-Sham').type).toBe('nonstate');
    expect(typeOfActor('the IDF').type).toBe('state');
    expect(typeOfActor('Russian Aerospace Forces')).toEqual({ type: 'state', means: 'air' });
    expect(typeOfActor('suspected militants').type).toBe('nonstate');
    expect(typeOfActor('a shopkeeper').type).toBe('unknown');
  });

  it('a numeral, a weapon or a town before the cue is no actor', () => {
    const actor = (t: string) => analyse(t, g).events.flatMap((e) => e.cues)[0]?.actor?.text;
    expect(actor('Three drones struck a depot in Engels.')).toBeUndefined();
    expect(actor('Shellfire hit a school in Kherson.')).toBeUndefined();
    expect(actor('In Kyiv, blasts shook the city before dawn.')).toBeUndefined();
  });

  it('the means are read beside the cue, not from its target', () => {
    const means = (t: string) =>
      geoparse(t, g).features.find((f) => f.properties.kind !== 'mention')?.properties.means;
    expect(means('A drone strike hit a car in Mogadishu.')).toBe('drone');
    expect(means('Militants attacked a police helicopter near Bannu.')).not.toBe('air');
    expect(means('Hamas fighters in Gaza fired rockets at Sderot, in southern Israel.')).toBe(
      'rocket',
    );
  });
});

describe('event places', () => {
  it('origins, owners, flags and affiliations are no event places', () => {
    expect(events('Drones launched from Kursk struck a refinery in Kstovo.')).toEqual({
      Kstovo: 'strike',
    });
    expect(
      events('A tanker flagged in Panama was hit by a missile in the Gulf of Aden.'),
    ).not.toHaveProperty('Panama');
    expect(events('Fighters loyal to Tehran attacked a base near Erbil.')).not.toHaveProperty(
      'Tehran',
    );
  });

  it('the subject of a passive cue is its place', () => {
    expect(events('Zaporizhzhia was shelled again on Friday.')).toEqual({ Zaporizhzhia: 'strike' });
    expect(events('Kramatorsk came under heavy rocket fire overnight.')).toHaveProperty(
      'Kramatorsk',
    );
  });

  it('a list and a coordinated locative share their event', () => {
    const e = events(
      'Israeli jets struck Tyre, Sidon and Jezzine on Monday, and the army shelled villages near Khiam and in Marjayoun.',
    );
    for (const p of ['Tyre', 'Sidon', 'Jezzine', 'Marjayoun']) expect(e[p]).toBe('strike');
  });

  it('a speaker’s place and a dateline are not event places', () => {
    const e = events(
      'KYIV, March 3 (Newswire) - Russian missiles hit Dnipro overnight. In Washington, officials said the attack was deplorable.',
    );
    expect(e).toEqual({ Dnipro: 'strike' });
  });

  it('a country or region with an event inside it is no second event place', () => {
    expect(
      events('US strikes across Yemen hit Houthi sites in Sanaa and Saada on Friday.'),
    ).not.toHaveProperty('Yemen');
  });

  it('an event of an earlier year is background', () => {
    expect(
      events(
        'Gunmen attacked an army checkpoint near Hermel on Monday. A car bombing in Baalbek killed 12 people in 2014.',
        '2024-03-05',
      ),
    ).toEqual({ Hermel: 'attack' });
  });
});

describe('names that are not people', () => {
  it('"Abu ..." places are places (Abu is no given name that blocks them)', () => {
    const places = analyse('Gunmen attacked a checkpoint near Abu Ghraib and in Abu Dhabi.', g)
      .mentions.filter((m) => m.place)
      .map((m) => m.text);
    expect(places).toEqual(['Abu Ghraib', 'Abu Dhabi']);
  });
});

describe('namesakes far from the story', () => {
  it('an event town is not put on another continent when the article is elsewhere', () => {
    const fc = geoparse(
      'Resistance fighters captured Kawlin on Monday after attacks on Lashio, Monywa and Mandalay in central Myanmar.',
      g,
    );
    const kawlin = fc.features.find((f) => f.properties.place === 'Kawlin');
    if (kawlin) expect(kawlin.properties.country).toBe('MM');
    expect(fc.unresolved?.map((u) => u.place) ?? []).toContain('Kawlin');
  });

  it('a labour strike with deaths in its story is still no attack', () => {
    expect(
      events(
        'The strike halted production at mines around Rustenburg, where police shot dead 34 miners in 2012. The union said workers would return on Monday.',
        '2014-06-24',
      ),
    ).toEqual({});
  });
});
