// Dating events cannot make the geoparser slow: chrono-node alone takes 46x the time
// on 10x a crafted run of "12 " or "Jan 12, ", so geo/dates/ gives it at most 400
// characters at a time and each character once. Each crafted input (one endless
// dated sentence of strikes, or many short ones, with runs of numbers, month names,
// weekdays and times) is dated (eventDates, chrono included) at 100,000 and
// 1,000,000 characters in the same run, with an event at every cue word ("hit",
// "struck"): the other stages are left out, so that the time is the dating's (a
// megabyte-long sentence is linear-time.test.ts's concern for them). 10x the text
// must take well under the 100x a quadratic stage would (ratio < 20: the events'
// search among a sentence's expressions is n log n, 12x from 100,000 to 1,000,000,
// and a busy machine adds its noise; chrono given whole sentences takes 100x).
// Ratios, never absolute times (the pattern of html-linear-time.test.ts).
import { describe, expect, it } from 'vitest';
import { eventDates } from '../../geo/dates/events.ts';
import type { LocatedEvent, SentenceEvents } from '../../geo/events.ts';
import { splitSentences, type Sentence } from '../../geo/sentences.ts';

const SMALL = 100_000;
const LARGE = 1_000_000;
const REF = '2024-01-24';

interface Input {
  text: string;
  sentences: Sentence[];
  events: SentenceEvents[];
}

/** The text's sentences, with one event at each cue word (eventDates reads only the cue's offsets). */
function input(text: string): Input {
  const sentences = splitSentences(text);
  const events = sentences.map((s) => {
    const list: LocatedEvent[] = [];
    for (const m of text.slice(s.start, s.end).matchAll(/\b(?:hit|struck)\b/g)) {
      const start = s.start + m.index;
      list.push({ cue: { start, end: start + m[0].length } } as LocatedEvent);
    }
    return { cues: [], events: list };
  });
  return { text, sentences, events };
}

/** The fastest of `runs` datings, in ms. */
function dating(x: Input, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    eventDates(x.text, x.sentences, x.events, REF);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const fill = (unit: string, n: number) => 'Strikes\n\n' + unit.repeat(Math.ceil(n / unit.length));

const crafted: [name: string, unit: string][] = [
  ['one endless sentence of dated strikes', 'missiles hit Kharkiv on Jan 12, '],
  ['numbers after a date', 'drones struck Odesa on Jan 12 12 12 12 12 12 12 12 12 12 '],
  ['times after a weekday', 'jets struck Tyre on Monday at 3 12: 12: 12: 12: 12: 12: '],
  ['weekday runs in short sentences', 'Missiles hit Kharkiv on Monday, Tuesday, Friday. '],
  ['ISO-like runs', 'rockets hit Sderot on 2024-01-12 2024-01-2024-01-2024-01- '],
];

describe('linear time on crafted date expressions', () => {
  for (const [name, unit] of crafted)
    it(`${name}: 10x the text takes < 20x the time`, () => {
      const small = input(fill(unit, SMALL));
      const large = input(fill(unit, LARGE));
      const dated = [...eventDates(small.text, small.sentences, small.events, REF).values()];
      expect(dated.length, 'the events are still dated').toBeGreaterThan(0);
      dating(small, 3); // warm up: the first thousands of chrono calls run before its code is optimised
      // Interleaved, the fastest of each: a busy moment of the machine hits both sizes.
      let s = Infinity;
      let l = Infinity;
      for (let i = 0; i < 3; i++) {
        s = Math.min(s, dating(small, 1));
        l = Math.min(l, dating(large, 1));
      }
      const report = `${name}: ${s.toFixed(1)} ms at ${SMALL}, ${l.toFixed(1)} ms at ${LARGE}`;
      console.log(report);
      // Under 5 ms is timer and garbage-collector noise, too short to divide by.
      expect(l / Math.max(s, 5), report).toBeLessThan(20);
    }, 120_000);
});
