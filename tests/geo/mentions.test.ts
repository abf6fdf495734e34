import { describe, expect, it } from 'vitest';
import { analyse } from '../../geo/geoparse.ts';
import { fakeGazetteer } from './fake-gazetteer.ts';

const gaz = fakeGazetteer();
const places = (text: string) => analyse(text, gaz).mentions.filter((m) => m.role === 'place');

describe('mentions', () => {
  it('keeps offsets into the original text', () => {
    const text =
      'Strikes hit targets in Baghdad and near Al Asad air base in Anbar province, officials said.';
    const ms = places(text);
    expect(ms.map((m) => m.text)).toEqual(['Baghdad', 'Al Asad air base', 'Anbar province']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('offsets survive HTML and boilerplate masking', () => {
    const text = '<p>See also nothing</p>\n<p>Shelling in <b>Odesa</b> continued.</p>';
    const ms = places(text);
    expect(ms).toHaveLength(1);
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('Odesa');
  });

  it('the verb "hit" is not the town of Hit', () => {
    expect(places('Missiles hit Baghdad overnight.').map((m) => m.text)).toEqual(['Baghdad']);
  });

  it('Lloyd Austin and Mr. Austin are people, not Austin, Texas', () => {
    expect(places('US Defence Secretary Lloyd Austin visited Baghdad.').map((m) => m.text)).toEqual(
      ['US', 'Baghdad'],
    );
    expect(
      places('According to Mr. Austin, the war is over. Austin said so.').map((m) => m.text),
    ).toEqual([]);
  });

  it('sentence-initial common words are not places', () => {
    expect(
      places(
        'Nice weather today. Reading the report, he smiled. Police in Nice and Reading said so.',
      ).map((m) => m.text),
    ).toEqual(['Nice', 'Reading']);
  });

  it('longest match wins', () => {
    const ms = places('A drone hit Al Asad air base.');
    expect(ms.map((m) => m.text)).toEqual(['Al Asad air base']);
  });

  it('demonyms are found as demonyms, not places', () => {
    const ms = analyse('Iraqi officials met Lebanese envoys.', gaz).mentions;
    expect(ms.map((m) => [m.text, m.role, m.country])).toEqual([
      ['Iraqi', 'demonym', 'IQ'],
      ['Lebanese', 'demonym', 'LB'],
    ]);
  });

  it('dotted abbreviations: U.S.', () => {
    const text = 'The U.S. military said it struck targets.';
    const ms = places(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['U.S.']);
    expect(ms[0]!.place?.id).toBe('country:US');
  });
});
