// Mention-finder cues on the compiled gazetteer: people and companies named like small places, span edges, written-name closeness.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../geo/geoparse.ts';
import { plausible } from '../../geo/mentions.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer, Place } from '../../geo/gazetteer/types.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk('public/generated/gazetteer');
});
const places = (text: string) =>
  analyse(text, g)
    .mentions.filter((m) => m.role === 'place' && m.place)
    .map((m) => m.text);

describe('person and company cues', () => {
  it('the same words are places without the cue', () => {
    expect(places('Flooding closed roads in Spencer, Bassett and Hinton, Texas.')).toEqual(
      expect.arrayContaining(['Spencer', 'Bassett', 'Hinton']),
    );
  });

  it('"said Spencer." is a person, in that sentence and the rest of the article', () => {
    expect(places('“It is a good mix,” said Spencer. Later Spencer left.')).toEqual([]);
  });

  it('"said Spencer officials" keeps the place', () => {
    expect(places('“We need it,” said Spencer officials.')).toContain('Spencer');
  });

  it('an initial before the name makes it a surname', () => {
    expect(places('Gino D. Bassett, 56, was charged. Bassett denied it.')).toEqual([]);
  });

  it('a company suffix makes it a company', () => {
    expect(places('Shares of Hinton Group rose. Hinton said profits grew.')).toEqual([]);
  });
});

describe('span edges', () => {
  const spans = (text: string) =>
    analyse(text, g)
      .mentions.filter((m) => m.role === 'place' && m.place)
      .map((m) => m.text);

  it('"St. Petersburg" is one name', () => {
    expect(spans('Talks were held in St. Petersburg on Friday.')).toEqual(['St. Petersburg']);
  });

  it('"Republic of Armenia" and "North Africa" are whole names', () => {
    expect(spans('Talks with the Republic of Armenia stalled.')).toEqual(['Republic of Armenia']);
    expect(spans('Drought hit North Africa and Central Asia.')).toEqual([
      'North Africa',
      'Central Asia',
    ]);
  });

  it('"Mississippi State University": the place is Mississippi', () => {
    expect(spans('She studied at Mississippi State University.')).toEqual(['Mississippi']);
  });
});

describe('written-name closeness outside transliteration regions', () => {
  const city = (name: string, country: string, population: number): Place => ({
    id: 'test:' + name,
    name,
    lat: 0,
    lon: 0,
    type: 'city',
    code: 'PPL',
    country,
    admin1: null,
    population,
  });
  it('a short name one letter off a small place is no match', () => {
    expect(plausible('Levi', city('Lévis', 'CA', 40_000))).toBe(false);
    expect(plausible('Zara', city('Zarra', 'ES', 400))).toBe(false);
  });
  it('a long name one letter off, a large place, or a transliteration region still match', () => {
    expect(plausible('Springfeld', city('Springfield', 'US', 5_000))).toBe(true);
    expect(plausible('Levi', city('Lévis', 'CA', 150_000))).toBe(true);
    expect(plausible('Odesa', city('Odessa', 'UA', 1_000))).toBe(true);
  });
});

describe('hyphenated and particle-joined names are kept whole', () => {
  it.each([
    ['Gunfire was heard in Port-au-Prince.', ['Port-au-Prince']],
    ['Fighting spread to Saint-Louis and Dakar.', ['Saint-Louis', 'Dakar']],
    ['Strikes hit Deir ez-Zor and Raqqa.', ['Deir ez-Zor', 'Raqqa']],
    ['Talks were held in Sharm el-Sheikh.', ['Sharm el-Sheikh']],
    ['Protesters marched in Kafr Nabl, in Idlib province.', ['Kafr Nabl', 'Idlib province']],
    // GeoVirus: "Côte d'Ivoire" was read as "Côte"
    ["Cases were reported in Côte d'Ivoire and Ghana.", ["Côte d'Ivoire", 'Ghana']],
  ])('%s → %j', (text, want) => {
    expect(places(text)).toEqual(want);
  });

  it.each([
    // unknown to the gazetteer: no part of the name is emitted on its own
    'Aid trucks crossed at Bab al-Hawa.',
    'Ships waited off Ras al-Khair.',
    'Gunmen attacked the Stade de France.',
    'Crowds filled the Champs-Elysees.',
    'He shopped at the Wal-Mart.',
    // LGL: a hyphenated surname
    'Pat Hugley-Green kept her seat.',
  ])('%s → no place', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    [
      'The Israel-Gaza war and the Russia-Ukraine talks dominated.',
      ['Israel', 'Gaza', 'Russia', 'Ukraine'],
    ],
    ['The Israel-Hamas war continued.', ['Israel']],
    ['Officials in Fargo-Moorhead braced for floods.', ['Fargo', 'Moorhead']],
    // LGL: a party and a district
    ['Rep. Robert DeLeo, D-Winthrop, said so.', ['Winthrop']],
  ])('a hyphenated pair keeps each place: %s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});
