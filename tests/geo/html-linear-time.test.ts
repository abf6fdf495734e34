// Crafted markup cannot make the geoparser slow: each hostile input (unclosed
// comments, runs of <nav> or <script>, tags that never close ...) is geoparsed at
// 100,000 and 1,000,000 characters in the same run, and 10x the text must take well
// under the 100x a quadratic stage would (ratio < 15); and each must take less than
// 5x the time of plain article text of the same size. Ratios, never absolute times.
//
// A run faster than a tenth of plain text's at 100,000 characters is timer, cache
// and garbage-collector noise (a few ms), too short to divide by: the ratio takes it
// as that tenth. A quadratic stage is far above it (unclosed comments took 3.4 s at
// 100,000 characters before the tokenizer, plain text takes about 0.3 s).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../geo/geoparse.ts';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Gazetteer } from '../../geo/gazetteer/types.ts';

const SMALL = 100_000;
const LARGE = 1_000_000;

let g: Gazetteer;

/** The fastest of `runs` geoparses of `text`, in ms (an error such as "no article text" counts too). */
function ms(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      geoparse(text, g);
    } catch {
      // timed all the same
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** `head`, then `unit` repeated to `n` characters or a little more. */
const fill = (head: string, unit: string, n: number) =>
  head + unit.repeat(Math.ceil((n - head.length) / unit.length));

const HTML = '<p>A drone strike hit Baghdad.</p>';
const TEXT = 'A drone strike hit Baghdad. ';

const crafted: [name: string, head: string, unit: string][] = [
  ['unclosed comments', HTML, '<!--'],
  ['<nav> runs', HTML, '<nav>'],
  ['<script> runs', HTML, '<script>'],
  ['"<a " without ">"', HTML, '<a '],
  ['unclosed attribute quotes', HTML, '<a href="'],
  ['"<!" runs', HTML, '<!'],
  ['"&#" runs', HTML, '&#'],
  ['deeply nested tags', HTML, '<div><span><b>'],
  ['tags in an unclosed <title>', HTML + '<title>', '<b><i>'],
];

// The HTML sniff reads only the first 100,000 characters, so its old quadratic
// cost (4.6 s there) did not grow further and shows against plain text, not in the
// 1M/100K ratio; that ratio would time the plain-text stages on 333,000 one-letter
// words, whose garbage collection alone grows faster than 10x.
const sniff = { name: '"<a " without ">" in plain text (the HTML sniff)', head: TEXT, unit: '<a ' };

const plain: Record<number, number> = {};

beforeAll(() => {
  g = loadGazetteerFromDisk();
  const article = readFileSync('geo/articles/gaza-strikes-2024/article.txt', 'utf8') + '\n\n';
  ms(fill('', article, SMALL), 1); // warm up
  for (const n of [SMALL, LARGE]) plain[n] = ms(fill('', article, n), n === SMALL ? 3 : 2);
});

/** Times `head` + `unit`... at both sizes; checks the article text is still read. */
function measure(name: string, head: string, unit: string) {
  const small = fill(head, unit, SMALL);
  const places = geoparse(small, g).features.map((f) => f.properties.place);
  expect(places, 'the article text before the crafted run').toContain('Baghdad');
  const s = ms(small, 3);
  const l = ms(fill(head, unit, LARGE), 2);
  const report = `${name}: ${s.toFixed(1)} ms at ${SMALL}, ${l.toFixed(1)} ms at ${LARGE}; plain text ${plain[SMALL]!.toFixed(1)} and ${plain[LARGE]!.toFixed(1)} ms`;
  expect(s / plain[SMALL]!, report).toBeLessThan(5);
  expect(l / plain[LARGE]!, report).toBeLessThan(5);
  return { s, l, report };
}

describe('linear time on crafted HTML', () => {
  for (const [name, head, unit] of crafted)
    it(`${name}: 10x the text takes < 15x the time, and < 5x plain text`, () => {
      const { s, l, report } = measure(name, head, unit);
      expect(l / Math.max(s, plain[SMALL]! / 10), report).toBeLessThan(15);
    });

  it(`${sniff.name}: < 5x plain text`, () => {
    measure(sniff.name, sniff.head, sniff.unit);
  });
});
