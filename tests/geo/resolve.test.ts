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

describe('resolve: a score explained by its named parts', () => {
  it('the parts add up to the score; the stated container counts for the Lebanese Tripoli only', () => {
    const m = analyse(
      'Clashes erupted in Tripoli, in northern Lebanon, on Sunday.',
      gaz,
    ).mentions.find((x) => x.text === 'Tripoli')!;
    for (const s of m.scores) {
      const sum = Object.values(s.parts).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(s.score, 9);
    }
    const [lb, ly] = [
      m.scores.find((s) => s.place.id === 'test:tripoli-lb')!,
      m.scores.find((s) => s.place.id === 'test:tripoli-ly')!,
    ];
    expect(lb.parts.container).toBeGreaterThan(0);
    expect(ly.parts.container ?? 0).toBe(0);
  });
});
