// The note under an approximate marker's facts: a region stands for the whole area;
// a container stands for a place the gazetteer lacks, and says which.
import { describe, expect, it } from 'vitest';
import { approximateNote } from '../../src/map/popup.ts';
import type { EventProperties } from '../../geo/types.ts';

const props = (over: Partial<EventProperties>): EventProperties => ({
  id: 'x',
  kind: 'attack',
  place: 'Kafr Qasimiya',
  name: 'Qalqīlyah',
  country: 'PS',
  precision: 'region',
  gazetteer: 'geonames:282457',
  actor: null,
  excerpt: '',
  excerptStart: 0,
  spans: [],
  confidence: 0.4,
  ...over,
});

describe('approximate markers', () => {
  it('a container fallback names the place and where the marker stands', () => {
    const note = approximateNote(props({ review: ['container-fallback'] }), true);
    expect(note).toContain('Kafr Qasimiya is not in the gazetteer');
    expect(note).toContain('stands at Qalqīlyah');
  });

  it('a region marker stands for the area', () => {
    expect(approximateNote(props({ place: 'Anbar', name: 'Al Anbar' }), false)).toBe(
      'Approximate location: the marker stands for the whole area.',
    );
  });
});
