// Which date expression dates each strike and attack: one in the event's own
// clause (no clause word such as "after", "which", "when", nor a semicolon or dash,
// between it and the event's cue word), or one opening its sentence ("On Tuesday,
// ..."); of several, the nearest to the cue. A background event keeps its own
// date ("last year's attack on Kabul": last year), so a timeline can leave it out.
// Pure; linear: each character of a sentence goes to chrono at most once, in pieces
// of at most MAX_PIECE characters, and only the pieces around an event's cue; an
// event looks at three expressions at most, none farther than MAX_PIECE from its cue.
import type { LocatedEvent, SentenceEvents } from '../events.ts';
import type { Sentence } from '../sentences.ts';
import { datesIn, MAX_PIECE, type DateExpression } from './expressions.ts';
import { firstAtLeast } from '../sorted.ts';

/** Between a cue and a date expression, one of these puts them in different clauses. */
const CLAUSE_BREAK =
  /[;:()]|\s[–—-]{1,2}\s|\b(?:after|before|following|since|until|when|while|whereas|because|although|though|but|which|who|whom|where|whose|unlike|than)\b/i;

/** An opening adverbial: at most this many characters before it, and a comma after. */
const OPENING = 40;

/**
 * The pieces of sentence s to give chrono: the whole sentence when short, else
 * the MAX_PIECE-long pieces (cut at a space) that hold an event's cue, with the
 * one before and after.
 */
function pieces(text: string, s: Sentence, cues: readonly number[]): [number, number][] {
  if (s.end - s.start <= MAX_PIECE) return [[s.start, s.end]];
  const cuts: [number, number][] = [];
  for (let a = s.start; a < s.end;) {
    let b = Math.min(s.end, a + MAX_PIECE);
    if (b < s.end) {
      const space = text.lastIndexOf(' ', b);
      if (space > a + MAX_PIECE / 2) b = space;
    }
    cuts.push([a, b]);
    a = b;
  }
  const keep = new Set<number>();
  let i = 0;
  for (const c of [...cues].sort((x, y) => x - y)) {
    while (i < cuts.length - 1 && cuts[i]![1] <= c) i++;
    keep
      .add(i - 1)
      .add(i)
      .add(i + 1);
  }
  return cuts.filter((_, k) => keep.has(k));
}

/** Whether a date expression dates an event whose cue is text[cueStart, cueEnd). */
function inClause(text: string, s: Sentence, d: DateExpression, cueStart: number, cueEnd: number) {
  const opening = d.start - s.start <= OPENING && /^\s*,/.test(text.slice(d.end, d.end + 3));
  if (opening) return !CLAUSE_BREAK.test(text.slice(s.start, d.start));
  const between = d.end <= cueStart ? text.slice(d.end, cueStart) : text.slice(cueEnd, d.start);
  return !CLAUSE_BREAK.test(between);
}

const gap = (d: DateExpression, a: number, b: number) =>
  d.end <= a ? a - d.end : d.start >= b ? d.start - b : 0;

/**
 * The date of every strike and attack that its clause dates, against the
 * article's date `ref` (null: only dates written with their year).
 */

export function eventDates(
  text: string,
  sentences: readonly Sentence[],
  events: readonly SentenceEvents[],
  ref: string | null,
): Map<LocatedEvent, DateExpression> {
  const out = new Map<LocatedEvent, DateExpression>();
  events.forEach((se, i) => {
    if (!se.events.length) return;
    const s = sentences[i]!;
    const found = pieces(
      text,
      s,
      se.events.map((e) => e.cue.start),
    ).flatMap(([a, b]) => datesIn(text, a, b, ref));
    if (!found.length) return;
    found.sort((a, b) => a.start - b.start);
    for (const e of se.events) {
      const { start, end } = e.cue;
      // The nearest expression on each side (a clause break before the nearest one
      // is before every farther one too), and the sentence's opening one.
      const lo = firstAtLeast(found, (d) => d.start, end);
      let best: DateExpression | null = null;
      for (const d of new Set([found[0]!, found[lo - 1], found[lo]])) {
        if (!d || gap(d, start, end) > MAX_PIECE || !inClause(text, s, d, start, end)) continue;
        if (!best || gap(d, start, end) < gap(best, start, end)) best = d;
      }
      if (best) out.set(e, best);
    }
  });
  return out;
}
