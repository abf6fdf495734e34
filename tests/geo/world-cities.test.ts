// World cities named in passing against their small namesakes, on the compiled gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk('public/generated/gazetteer');
});

/** Where the first mention written `name` was placed: "name, admin1, country". */
const placed = (text: string, name: string) => {
  const p = analyse(text, g).mentions.find((m) => m.text === name)?.place;
  return p ? [p.name, p.admin1, p.country].join(', ') : null;
};

describe('a world city named in passing', () => {
  it.each([
    [
      'Officials in Newark, New Jersey, and San Francisco said the delegation would fly to Paris for talks.',
      'Paris',
      'Paris, Île-de-France, FR',
    ],
    [
      'The United States imposed new sanctions on Tuesday. Moscow said it would respond.',
      'Moscow',
      'Moscow, Moscow (city), RU',
    ],
    ['The American envoy flew from Washington to Toronto.', 'Toronto', 'Toronto, Ontario, CA'],
    ['London police said a man was stabbed at a Christmas party.', 'London', 'London, England, GB'],
  ])('%s → %s is the world city', (text, name, where) => {
    expect(placed(text, name)).toBe(where);
  });
});

describe('a small namesake the article supports', () => {
  it.each([
    // a container next to it
    ['Police in Moscow, Idaho, said the suspect was arrested.', 'Moscow', 'Moscow, Idaho, US'],
    ['A fire in Paris, Texas, destroyed two homes.', 'Paris', 'Paris, Texas, US'],
    // its state named elsewhere in the article
    [
      'Moscow police said the campus reopened on Monday, and Idaho lawmakers praised the decision.',
      'Moscow',
      'Moscow, Idaho, US',
    ],
    // a place near it (TR-News: London, Ontario, with St. Thomas)
    [
      'Police in London and St. Thomas said crystal meth use is rising.',
      'London',
      'London, Ontario, CA',
    ],
  ])('%s → %s is the namesake', (text, name, where) => {
    expect(placed(text, name)).toBe(where);
  });
});
