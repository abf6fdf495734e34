// Region representative points (gazetteer build).
import { describe, expect, it } from 'vitest';
import { regionPoint } from '../../geo/gazetteer/regions.ts';

// A 10° × 10° region on the equator: lat 0..10, lon 0..10.
const grid = (pts: [number, number][]) => pts.map(([lat, lon]) => ({ lat, lon }));
const mean = (m: { lat: number; lon: number }[]): [number, number] => [
  m.reduce((a, b) => a + b.lat, 0) / m.length,
  m.reduce((a, b) => a + b.lon, 0) / m.length,
];

describe('regionPoint', () => {
  it('keeps the mean of evenly spread places', () => {
    const m = grid([
      [0, 0],
      [0, 10],
      [10, 0],
      [10, 10],
      [5, 4],
    ]);
    expect(regionPoint(m, [0, 0, 10, 10], mean(m))).toEqual(mean(m));
  });

  it('takes the centre of the extent when the places crowd into a corner', () => {
    const m = grid([
      [0, 0],
      [0.2, 0.1],
      [0.1, 0.3],
      [0.3, 0.2],
      [5.2, 5.1],
      [10, 10],
    ]);
    expect(regionPoint(m, [0, 0, 10, 10], mean(m))).toEqual([5, 5]);
  });

  it('keeps the mean when no place lies near the centre, or across the antimeridian', () => {
    const m = grid([
      [0, 0],
      [0.2, 0.1],
      [0.1, 0.3],
      [0.3, 0.2],
      [10, 10],
    ]);
    expect(regionPoint(m, [0, 0, 10, 10], mean(m))).toEqual(mean(m));
    expect(regionPoint(m, [-179, 0, 179, 10], mean(m))).toEqual(mean(m));
  });
});
