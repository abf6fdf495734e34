import { describe, expect, it } from 'vitest';
import type { EventFeature, ReviewReason } from '../../geo/types.ts';
import { reviewNote, reviewOrder } from '../../src/workbench/review.ts';

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
