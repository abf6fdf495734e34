import { describe, expect, it } from 'vitest';
import type { EventFeature, ReviewReason } from '../../geo/types.ts';
import type { Candidate } from '../../src/workbench/protocol.ts';
import { percentages, reviewNote, reviewOrder } from '../../src/workbench/review.ts';

const ev = (id: string, review?: ReviewReason[]): EventFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { id, kind: 'strike', ...(review ? { review } : {}) },
  }) as unknown as EventFeature;

describe('review queue', () => {
  it('puts flagged events first, each group in article order', () => {
    const order = reviewOrder([
      ev('a'),
      ev('b', ['actor-unknown']),
      ev('c'),
      ev('d', ['low-confidence']),
    ]);
    expect(order.map((e) => e.properties.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('says why in words', () => {
    expect(reviewNote(ev('a'))).toBeNull();
    expect(reviewNote(ev('b', ['ambiguous-place', 'actor-unknown']))).toMatch(
      /^Check: several places .*; who acted is not named/,
    );
  });
});

describe('percentages', () => {
  it('are whole and sum to exactly 100, the leftover points to the largest remainders', () => {
    expect(percentages([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    expect(percentages([0.666, 0.334])).toEqual([67, 33]);
    expect(percentages([0.995, 0.004, 0.001])).toEqual([100, 0, 0]);
    expect(percentages([0.985, 0.009, 0.006])).toEqual([98, 1, 1]);
    expect(percentages([0.2, 0.2])).toEqual([50, 50]);
    expect(percentages([1])).toEqual([100]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    expect(percentages([])).toEqual([]);
    for (const v of [
      [0.5, 0.25, 0.125, 0.125],
      [0.91, 0.045, 0.045],
      [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4],
    ])
      expect(percentages(v).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('review notes with their figures', () => {
  const at = (id: string, coordinates: [number, number], over: object = {}) =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: {
        id,
        kind: 'strike',
        place: id,
        name: id,
        gazetteer: `test:${id}`,
        country: null,
        ...over,
      },
    }) as unknown as EventFeature;
  const candidate = (gazetteer: string) => ({ gazetteer }) as unknown as Candidate;

  it('how many places share the name, and how far the chosen one is from the nearest other place', () => {
    // Tripoli in Libya, the article's other places in Lebanon: about 2,000 km.
    const tripoli = at('Tripoli', [13.19, 32.89], { review: ['ambiguous-place'], country: 'LY' });
    const others = [tripoli, at('Beirut', [35.5, 33.89]), at('Tyre', [35.2, 33.27])];
    const note = reviewNote(tripoli, {
      candidates: [candidate('a'), candidate('b'), candidate('c')],
      others,
    });
    expect(note).toBe(
      "Check: 3 places are called “Tripoli”; the one chosen, in Libya, is 2,050 km from the article's nearest other place.",
    );
    // Alone in its article, or with one candidate: the plain reason.
    expect(
      reviewNote(tripoli, { candidates: [candidate('a'), candidate('b')], others: [tripoli] }),
    ).toBe('Check: 2 places are called “Tripoli”; check the one chosen in Libya.');
    expect(reviewNote(tripoli, { candidates: [candidate('a')], others })).toMatch(
      /several places have this name/,
    );
  });

  it('where a container marker stands', () => {
    const e = at('Kafr Qasimiya', [35.0, 32.2], {
      review: ['container-fallback'],
      name: 'Qalqilya',
    });
    expect(reviewNote(e)).toBe(
      'Check: “Kafr Qasimiya” is not in the gazetteer: the marker stands at Qalqilya, which the article names around it.',
    );
  });
});
