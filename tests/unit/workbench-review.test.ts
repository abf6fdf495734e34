import { describe, expect, it } from 'vitest';
import type { EventFeature, ReviewReason } from '../../geo/types.ts';
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
