// Places the gazetteer lacks: a strike or attack there stands at the town or region
// the sentence names around it, flagged for review; words that go on or open a
// known name are not places of their own; a name with a division word is not a
// town it is only an alternate name of. Sentences written for each class, with the
// compiled gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, geoparse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk();
});

const hits = (text: string) =>
  geoparse(text, g).features.filter((f) => f.properties.kind !== 'mention');

describe('a place the gazetteer lacks stands at its container', () => {
  it('"X, a town in Y" and "X district of Y": the marker is Y, flagged, precision region', () => {
    for (const [text, written, container] of [
      [
        'Gunmen attacked Kafr Qasimiya, a farming village in Qalqilya, killing two men.',
        'Kafr Qasimiya',
        'Qalqīlyah',
      ],
      [
        'Militants stormed a police post in the Karabagh district of Kabul on Sunday.',
        'Karabagh',
        'Kabul',
      ],
    ] as const) {
      const f = hits(text).find((x) => x.properties.place === written);
      expect(f, text).toBeDefined();
      expect(f!.properties.name, text).toBe(container);
      expect(f!.properties.precision, text).toBe('region');
      expect(f!.properties.review, text).toContain('container-fallback');
      expect(f!.properties.id, text).toContain('-near-');
    }
  });

  it('the container keeps its own event apart', () => {
    const fc = hits(
      'Raids in the West Bank\n\nIsraeli troops raided Qalqilya on Monday. Gunmen attacked Kafr Qasimiya, a village near Qalqilya, on Tuesday.',
    );
    // The raid at Qalqilya, and the attack standing there for Kafr Qasimiya; the
    // container named for it is no attack of its own.
    expect(fc.map((f) => [f.properties.kind, f.properties.place])).toEqual([
      ['strike', 'Qalqilya'],
      ['attack', 'Kafr Qasimiya'],
    ]);
    const ids = fc.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a namesake far from the story also gives way to the container', () => {
    // The gazetteer's only Shati is a district of Libya.
    const fc = hits(
      'Strikes on Gaza\n\nAn Israeli strike hit a hall in Shati refugee camp, on the western edge of Gaza City, killing 20 people. Residents of Khan Younis and Rafah fled towards the border with Egypt.',
    );
    expect(fc.map((f) => [f.properties.place, f.properties.country])).toEqual([['Shati', 'PS']]);
    expect(fc[0]!.properties.review).toContain('container-fallback');
  });

  it('only a description stands between a place and its container', () => {
    const fc = geoparse(
      'Insurgents attack\n\nInsurgents attacked Kafr Qasimiya on Wednesday, the government in Qalqilya said.',
      g,
    );
    expect(fc.features.filter((f) => f.properties.kind !== 'mention')).toEqual([]);
    expect(fc.unresolved?.map((u) => u.place)).toContain('Kafr Qasimiya');
  });

  it('with no container named, the event stays unplaced for the editor', () => {
    const fc = geoparse('Gunmen attacked the village of Kafr Qasimiya, killing two men.', g);
    expect(fc.features.filter((f) => f.properties.kind !== 'mention')).toEqual([]);
    expect(fc.unresolved?.map((u) => u.place)).toContain('Kafr Qasimiya');
  });
});

describe('names that are part of another name', () => {
  it('"the Dnipro River" is not the city of Dnipro, nor "River" a place', () => {
    const a = analyse('Missiles struck a dam on the Dnipro River near Zaporizhzhia.', g);
    const texts = a.mentions.map((m) => `${m.text}:${m.place?.name ?? '-'}`);
    expect(texts).not.toContain('Dnipro:Dnipro');
    expect(texts).not.toContain('River:-');
  });

  it('"Cape of Good Hope": "Cape" is no place of its own', () => {
    const a = analyse('Ships sailed around the Cape of Good Hope to avoid attacks.', g);
    expect(a.mentions.map((m) => m.text)).not.toContain('Cape');
  });
});

describe("the city's district", () => {
  it('a namesake far from the city named before is not the district', () => {
    const a = analyse(
      "Russian shelling of Kherson continued, with two people wounded in the city's Dniprovskyi district.",
      g,
    );
    const d = a.mentions.find((m) => m.text === 'Dniprovskyi')!;
    // The gazetteer's Dniprovske lies near Dnipro, 300 km from Kherson.
    expect(d.place).toBeNull();
    expect(d.container?.name).toBe('Kherson');
  });
});

describe('a name with a division word', () => {
  it('"Chin state" is not a Chinese city that "Chin" is an alternate name of', () => {
    const a = analyse('Fighting spread to Paletwa in neighbouring Chin state.', g);
    const chin = a.mentions.find((m) => m.text.startsWith('Chin'));
    expect(chin?.place?.country ?? null).not.toBe('CN');
  });

  it('a division word after a name the region has keeps the region', () => {
    const a = analyse('Fighting spread across Kachin state and into Shan state.', g);
    expect(a.mentions.map((m) => m.place?.type)).toEqual(['region', 'region']);
  });
});

describe('military airfields as news names them', () => {
  it('"the X base" is the air base the gazetteer holds as "X Air Base"; the town it stands at is no second event', () => {
    // OurAirports holds Masroor Air Base (Karachi) and Mushaf Air Base (Sargodha).
    const fc = hits(
      'Jets struck the Masroor base near Karachi overnight, and drones hit the Mushaf base at Sargodha on Friday, officials said.',
    );
    expect(fc.map((f) => [f.properties.place, f.properties.gazetteer])).toEqual([
      ['Masroor base', 'ourairports:OPMR'],
      ['Mushaf base', 'ourairports:OPSR'],
    ]);
  });
});

describe('spellings that vary by sound', () => {
  it('a South Asian name spelled by ear is the place ("Poonch" for Pūnch); elsewhere a small place needs its own spelling', () => {
    const [f] = hits(
      'Pakistani shelling damaged homes in Poonch on Tuesday, officials in Jammu said.',
    );
    expect([f?.properties.place, f?.properties.gazetteer]).toEqual(['Poonch', 'geonames:1167718']);
  });
});

describe('a list of towns is one neighbourhood', () => {
  it('a name with namesakes in two countries takes the one beside its list mates', () => {
    // Derik: Al Mālikīyah in Syria (Kurdish Derik) and Derik in Turkey's Mardin; the
    // article names Turkish cities more, the list Syrian towns.
    const text =
      "Turkey widens its air campaign\n\nTurkey's defence ministry in Ankara said on Sunday that the campaign would go on, and officials in Istanbul, Gaziantep and Sanliurfa raised security. Kurdish officials said drones struck grain silos in Amuda, Derik and Qamishli overnight.";
    const f = hits(text).find((x) => x.properties.place === 'Derik');
    expect(f?.properties.gazetteer).toBe('geonames:173530');
  });
});

describe('hyphenated region names kept whole', () => {
  it('"Centre-Nord region": "Nord" is half of one name, not Haiti\'s Nord department', () => {
    const a = analyse('Gunmen attacked a convoy near Kaya, in Centre-Nord region, on Sunday.', g);
    expect(a.mentions.map((m) => m.text)).not.toContain('Nord region');
    expect(a.mentions.some((m) => m.place?.country === 'HT')).toBe(false);
  });
});
