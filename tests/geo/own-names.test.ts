// A place's own name (and ASCII name) against another place's alternate name, on the compiled gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer, Place } from '../../geo/gazetteer/types.ts';
import { nameKey } from '../../geo/normalise.ts';
import { ownKeys } from '../../geo/resolve.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk('public/generated/gazetteer');
});

const placed = (text: string, name: string) => {
  const p = analyse(text, g).mentions.find((m) => m.text === name)?.place;
  return p ? [p.name, p.country].join(', ') : null;
};

describe('own names', () => {
  it('are the preferred name, its ASCII spelling and each part of a bilingual name', () => {
    const place = (name: string) => ({ name }) as Place;
    expect(ownKeys(place('Münster'))).toContain(nameKey('Muenster'));
    expect(ownKeys(place('Münster'))).toContain(nameKey('Munster'));
    expect(ownKeys(place('Donostia / San Sebastián'))).toEqual(
      expect.arrayContaining([nameKey('Donostia'), nameKey('San Sebastian')]),
    );
  });

  it.each([
    // LGL: Berea, Kentucky, not Aleppo (whose alternate names include Berea)
    ['Students at the college in Berea held a vigil on Sunday.', 'Berea', 'US'],
    // TR-News: Stade, Lower Saxony, not Helsinki
    ['The regional court in Stade ruled on Monday.', 'Stade', 'Stade, DE'],
    // Twickenham, not Huntsville, Alabama
    ['Tourists visited Twickenham and Richmond in London.', 'Twickenham', 'Twickenham, GB'],
    // ASCII spelling: Münster, not Muenster, Texas
    ['Traffic was heavy in Muenster on Friday.', 'Muenster', 'Münster, DE'],
    // "St." is "Saint": Saint Petersburg's own name
    ['The ballet opened in St. Petersburg on Friday.', 'St. Petersburg', 'Saint Petersburg, RU'],
  ])('%s → %s', (text, name, where) => {
    expect(placed(text, name)).toContain(where);
  });

  it('a bigger place named by an alternate wins only with context', () => {
    expect(
      placed('Firefighters in Calcutta were called to a house fire on Sunday.', 'Calcutta'),
    ).toBe('Calcutta, US');
    expect(placed('Indian officials said floods hit Calcutta and Delhi.', 'Calcutta')).toBe(
      'Kolkata, IN',
    );
  });
});
