// The learned components: the linear model, the trainer's determinism, the shipped
// weights' size budget, and the recogniser of places the gazetteer lacks.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { probability } from '../../geo/linear.ts';
import { fit, type Example } from '../../scripts/train/logistic.ts';
import { analyse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { calibrated } from '../../geo/attach/calibration.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk();
});

describe('linear model', () => {
  it('sums the weights of the features present, each once', () => {
    const m = { about: '', threshold: 0.5, weights: { a: 1, b: -2 } };
    expect(probability(['a', 'a', 'x'], m)).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(probability(['a', 'b'], m)).toBeCloseTo(1 / (1 + Math.exp(1)));
  });

  it('trains deterministically and learns which feature marks the positives', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 200; i++)
      examples.push({
        features: [i % 2 ? 'pos' : 'neg', `noise${i % 7}`],
        label: i % 2 ? 1 : 0,
        heldOut: i % 10 < 2,
      });
    const a = fit(examples, 'toy');
    const b = fit(examples, 'toy');
    expect(a.model).toEqual(b.model);
    expect(a.model.weights['pos']!).toBeGreaterThan(1);
    expect(a.model.weights['neg']!).toBeLessThan(-1);
    expect(a.figures.F).toBe(1);
  });

  it('calibration maps 0..1 into 0..1 and keeps the order', () => {
    const xs = [0, 0.1, 0.5, 0.9, 1].map((x) => calibrated(x));
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of xs) expect(x).toBeLessThanOrEqual(1);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
  });

  it('the shipped weights fit the budget (100 KB gzip together)', () => {
    const bytes = ['geo/attach/weights.json', 'geo/unknown/weights.json'].reduce(
      (n, f) => n + gzipSync(readFileSync(f)).length,
      0,
    );
    expect(bytes).toBeLessThan(100 * 1024);
  });
});

describe('places the gazetteer lacks', () => {
  const unresolved = (t: string) =>
    analyse(t, g)
      .mentions.filter((m) => m.unresolved)
      .map((m) => m.text);

  it('a village named as a place becomes an unresolved mention, offsets kept', () => {
    const text =
      'Bandits killed 14 people in the village of Ungwan Bido in Kaduna state on Sunday.';
    expect(unresolved(text)).toContain('Ungwan Bido');
    const m = analyse(text, g).mentions.find((x) => x.text === 'Ungwan Bido')!;
    expect(text.slice(m.start, m.end)).toBe('Ungwan Bido');
    expect(m.place).toBeNull();
  });

  it('people and organisations are not taken for places', () => {
    expect(unresolved('Prime Minister Keir Starmer met John Smith of the Red Cross.')).toEqual([]);
  });

  it('a day or month ends the name', () => {
    expect(unresolved('Gunmen attacked Kafr Sousa on Monday.')).not.toContain(
      'Kafr Sousa on Monday',
    );
  });
});
