// What a sentence takes from its clause and its article: the subject that acted
// ("Ukrainian drones flew ... to hit"), the actor type the article's events share
// for a sentence that names none, the event a death belongs to, the places the
// story is about (not capitals named in passing), lists and descriptions of places,
// and names that belong to an armed group or to a place's people. Each mechanism on
// sentences written for its class, with the compiled gazetteer.
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
/** place → kind of every strike and attack of a text. */
const events = (text: string) =>
  Object.fromEntries(hits(text).map((f) => [f.properties.place, f.properties.kind]));

describe('the subject of the clause acted', () => {
  it('a demonym with an agent noun opening the clause is a state force', () => {
    for (const text of [
      'On Sunday, Ukrainian drones flew more than 800 km to hit an oil refinery in Saratov.',
      'Fires broke out after Russian jets and glide bombs struck Kharkiv.',
      'Residents said that Turkish drones had carried out strikes near Qamishli in northern Syria.',
    ]) {
      const [f, ...rest] = hits(text);
      expect(rest, text).toEqual([]);
      expect(f?.properties.kind, text).toBe('strike');
      expect(f?.properties.actor, text).toMatch(/^(Ukrainian|Russian|Turkish) (drones|jets)$/);
    }
  });

  it('"1,000" is one number, not a clause edge', () => {
    const [f] = hits('Israeli warplanes flew 1,000 km to hit the port of Hodeidah.');
    expect(f?.properties.actor).toBe('Israeli warplanes');
  });
});

describe("the article's actor for a sentence that names none", () => {
  const story = (last: string) =>
    [
      'Barrage on Ukraine',
      'Russian missiles struck Kyiv overnight.',
      'Russian forces also shelled Kherson from across the river.',
      'Schools stayed closed and trains were delayed across the country.',
      'Officials urged residents to stay near shelters.',
      last,
    ].join('\n\n');

  it('neutral words ("were hit") take the type the other events share', () => {
    expect(events(story('The cities of Sumy and Poltava were also hit.'))).toMatchObject({
      Sumy: 'strike',
      Poltava: 'strike',
    });
  });

  it('the actors of cues with no place count too ("Russia had launched ...")', () => {
    const text = [
      'Barrage on Ukraine',
      'Officials said Russia had launched 90 missiles and 40 drones overnight.',
      'The air force said Russia had also fired glide bombs.',
      'Schools stayed closed and trains were delayed across the country.',
      'Officials urged residents to stay near shelters.',
      'The cities of Sumy and Poltava were also hit.',
    ].join('\n\n');
    expect(events(text)).toEqual({ Sumy: 'strike', Poltava: 'strike' });
  });

  it('bombs, guns and rockets of an unnamed actor stay attacks', () => {
    expect(
      events(story('Gunmen opened fire at a checkpoint in Poltava, killing two guards.')),
    ).toMatchObject({ Poltava: 'attack' });
  });

  it('with no prevailing type, a neutral word stays an attack', () => {
    expect(
      events(
        'Clashes on the border\n\nThe towns of Sumy and Poltava were hit on Tuesday, officials said.',
      ),
    ).toEqual({ Sumy: 'attack', Poltava: 'attack' });
  });
});

describe('a death is the event of its clause', () => {
  it('"killing" and "killed" take the cue before them, with its actor', () => {
    const [a] = hits('On June 3, Israel fired missiles at Nabatieh, killing nine people.');
    expect(a?.properties.kind).toBe('strike');
    expect(a?.properties.actor).toBe('Israel');
    const [b] = hits('A US drone strike in Kandahar killed two commanders.');
    expect(b?.properties.actor).toBe('US');
  });

  it('a killing beside an armed group is an event; one without any is not', () => {
    expect(events('The gang killed at least 70 people in Pont-Sondé on Thursday.')).toEqual({});
    expect(events('A rebel militia killed 40 villagers in Bunia on Thursday.')).toEqual({
      Bunia: 'attack',
    });
    expect(events('A man was killed in Bunia when his car left the road.')).toEqual({});
  });
});

describe('damage told after the weapons', () => {
  it('"was damaged" right after a sentence naming the missiles is their event', () => {
    expect(
      events(
        'Missile barrage on Israel\n\nIran fired missiles at Tel Aviv and Haifa overnight. A school building in Gedera was badly damaged.',
      ),
    ).toMatchObject({ Gedera: 'strike' });
  });

  it('damage after a storm, or two sentences after the weapons, is none', () => {
    expect(
      events(
        'Storm in Israel\n\nHeavy rain lashed Tel Aviv and Haifa overnight. A school building in Gedera was badly damaged.',
      ),
    ).toEqual({});
    expect(
      events(
        'Missile barrage on Israel\n\nIran fired missiles at Tel Aviv and Haifa overnight. Schools will stay shut. A school building in Gedera was badly damaged.',
      ),
    ).not.toHaveProperty('Gedera');
  });
});

describe('damage reported after an event with no place', () => {
  it("the places of the damage are the unplaced event's", () => {
    expect(
      events(
        'Air war in the north\n\nThe army said its forces had struck militant hideouts overnight. Provincial officials later reported damage to homes in Kunduz and Baghlan.',
      ),
    ).toMatchObject({ Kunduz: 'strike', Baghlan: 'strike' });
  });

  it('damage after a placed event, or after no event, is no event of its own', () => {
    expect(
      events(
        'Storm in Ireland\n\nThe storm brought down power lines overnight. The council reported damage to homes in Cork and Limerick.',
      ),
    ).toEqual({});
    expect(
      events(
        'Raids in the north\n\nThe army said its troops had raided a depot in Kunduz overnight. Provincial officials later reported damage to a clinic in Baghlan.',
      ),
    ).not.toHaveProperty('Baghlan');
  });
});

describe('"storm" the verb and the weather', () => {
  it('troops storm a town; a storm hits one', () => {
    expect(events('Rebel fighters storm the centre of Goma, residents say.')).toEqual({
      Goma: 'attack',
    });
    expect(events('Storm in the north\n\nA storm in Goma flooded the market.')).toEqual({});
  });
});

describe('the means after "came under"', () => {
  it('"came under missile fire" names the means', () => {
    const [f] = hits('Kharkiv came under heavy missile fire on Friday morning.');
    expect(f?.properties.means).toBe('missile');
  });
});

describe('the places the story is about', () => {
  it('capitals named in passing do not vouch for a namesake near them', () => {
    const fc = geoparse(
      [
        'Insurgents attack northern town',
        'Insurgents attacked Palma on Wednesday, the government in Maputo said.',
        'Thousands fled south to Pemba, the capital of Cabo Delgado province in Mozambique.',
        'Diplomats in Lisbon and Paris called for calm.',
      ].join('\n\n'),
      g,
    );
    const palma = fc.features.find((f) => f.properties.place === 'Palma');
    // Palma on Mallorca is the gazetteer's only Palma: near Lisbon and Paris, far from the story.
    expect(palma?.properties.country ?? 'MZ').toBe('MZ');
    expect(fc.unresolved?.map((u) => u.place) ?? []).toContain('Palma');
  });
});

describe('lists and descriptions of places', () => {
  it('a list after a coordinated place shares its event', () => {
    expect(
      events(
        'Residents reported explosions in Sanaa and in the port city of Hodeidah, as well as in Taiz, Dhamar and Hajjah.',
      ),
    ).toMatchObject({ Sanaa: 'attack', Hodeidah: 'attack', Taiz: 'attack', Dhamar: 'attack' });
  });

  it('"the Red Sea port city of Hodeidah": the describing place is no event place', () => {
    for (const text of [
      'Warplanes struck the Red Sea port city of Hodeidah overnight.',
      'Shelling hit the Donetsk town of Kostiantynivka on Monday.',
    ]) {
      const got = events(text);
      expect(Object.keys(got), text).toHaveLength(1);
      expect(Object.keys(got)[0], text).toMatch(/^(Hodeidah|Kostiantynivka)$/);
    }
  });
});

describe('names that are not the place', () => {
  it("a place inside an armed group's name is no event place", () => {
    expect(
      events('Fighters of the Islamic State West Africa Province attacked a base in Damboa.'),
    ).toEqual({ Damboa: 'attack' });
  });

  it('"residents of X said": the place\'s people speak, X stays a place', () => {
    const a = analyse('Residents of Binyamina said on Monday that no siren had sounded.', g);
    expect(a.mentions.map((m) => m.place?.name)).toContain('Binyamina');
  });
});

describe('words that only look like other things', () => {
  it('"They" is a pronoun, not the demonym it folds to', () => {
    const a = analyse('They shelled the outskirts of Kherson overnight.', g);
    expect(a.mentions.map((m) => m.text)).not.toContain('They');
  });

  it('one word of another sense among conflict words keeps the cue', () => {
    // "runs" is cricket's, "positions" the army's.
    expect(
      events('Rebels attacked army positions near Lashio and cut the road that runs to Muse.'),
    ).toMatchObject({ Lashio: 'attack' });
    // Two words of another sense and no weapon: a match, not a fight.
    expect(
      events('Their striker attacked the goal twice in the final at the stadium in Lahore.'),
    ).toEqual({});
  });

  it('in a war article, "the first strikes on the plant" are strikes; in a match report, not', () => {
    const war = [
      'Strikes on the power grid',
      'Russian missiles struck Kyiv overnight. Russian drones hit Kharkiv. Russian troops shelled Kherson.',
      'That night also brought the first strikes on the Zmiiv power plant.',
      'The heating season starts in October and gas stocks are low.',
    ].join('\n\n');
    expect(events(war)).toMatchObject({ Zmiiv: 'strike' });
    const match = [
      'Late winner in Lisbon',
      'The striker hit the post twice and scored the first goal of the season in Lisbon.',
      'A first strike from outside the box was saved.',
      'A late strike in Porto sealed the match for the league leaders.',
    ].join('\n\n');
    expect(events(match)).toEqual({});
  });

  it('"house to house" is a raid', () => {
    expect(
      events('Armed men went house to house in villages around Tibú, residents said.'),
    ).toEqual({ Tibú: 'attack' });
  });
});

describe('places a cue governs beyond its clause', () => {
  it('a colon list after the cue names its places', () => {
    expect(
      events(
        'Pakistan said Indian missiles had hit three of its air bases: one in Rawalpindi, another in Chakwal and a third near Sargodha.',
      ),
    ).toMatchObject({ Rawalpindi: 'strike', Chakwal: 'strike' });
  });
});

describe('regions have namesakes too', () => {
  it('a district on another continent is not an event place of the story', () => {
    const fc = geoparse(
      [
        'Strikes on Gaza',
        'An Israeli strike hit a school in Shati on Tuesday, Gaza officials said.',
        'Residents fled south towards Khan Younis and Rafah, near the border with Egypt.',
      ].join('\n\n'),
      g,
    );
    const shati = fc.features.filter(
      (f) => f.properties.kind !== 'mention' && f.properties.place === 'Shati',
    );
    for (const f of shati) expect(f.properties.country).toBe('PS');
  });
});
