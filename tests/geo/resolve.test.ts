import { describe, expect, it } from 'vitest';
import { analyse } from '../../geo/geoparse.ts';
import { fakeGazetteer } from './fake-gazetteer.ts';

const gaz = fakeGazetteer();
const resolved = (text: string, name: string) =>
  analyse(text, gaz).mentions.find((m) => m.text === name)?.place?.id;

describe('resolve: ambiguity table', () => {
  it.each([
    ['Clashes erupted in Tripoli, in northern Lebanon, on Sunday.', 'Tripoli', 'test:tripoli-lb'],
    [
      'Lebanese troops deployed in Tripoli after a night of fighting near Beirut.',
      'Tripoli',
      'test:tripoli-lb',
    ],
    ['Rival militias fought in Tripoli, the Libyan capital.', 'Tripoli', 'test:tripoli-ly'],
    ['Fighting in Libya reached Tripoli.', 'Tripoli', 'test:tripoli-ly'],
    [
      'Russian drones struck Odesa and Kyiv overnight, Ukrainian officials said.',
      'Odesa',
      'test:odesa',
    ],
    ['Protesters gathered in Paris and Lyon, France.', 'Paris', 'test:paris'],
    ['Protesters gathered in Paris on Saturday.', 'Paris', 'test:paris'],
  ])('%s → %s = %s', (text, name, id) => {
    expect(resolved(text, name)).toBe(id);
  });

  it('gives a confidence between 0 and 1', () => {
    const m = analyse('Fighting in Tripoli.', gaz).mentions[0]!;
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.scores.length).toBeGreaterThan(1);
  });
});
