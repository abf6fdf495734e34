// The events stage runs in linear time on hostile input: one endless sentence of
// cues and places, and one endless list. Measured as a ratio in the same run (4x the
// text must take well under 16x the time a quadratic stage would), not as a time.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteerFromDisk();
});

function ms(text: string): number {
  const t0 = performance.now();
  geoparse(text, g);
  return performance.now() - t0;
}

const units = {
  sentence:
    'Russian missiles struck Kharkiv, shelled Odesa and attacked Lviv near Kyiv, Dnipro and Poltava, ',
  list: 'Israeli jets struck targets in Tyre, Sidon, Jezzine, Nabatieh, Marjayoun, ',
};

describe('linear time', () => {
  for (const [name, unit] of Object.entries(units))
    it(`one ${name} of 80,000 characters takes under 10x the time of 20,000`, () => {
      const text = (n: number) => unit.repeat(Math.ceil(n / unit.length)) + 'end.';
      ms(text(5_000)); // warm up
      const small = Math.min(ms(text(20_000)), ms(text(20_000)));
      const large = ms(text(80_000));
      expect(large / small).toBeLessThan(10);
    });
});
