// Places the gazetteer does not hold (villages, neighbourhoods, districts, bases):
// candidate spans and their features, for the learned recogniser of
// geo/unknown/model.ts (trained by scripts/train/unknown.ts). A candidate is a run
// of capitalised words ("Kafr Hamra", "Sheikh Maksud", "al-Dayyatha") that no
// gazetteer mention covers; the model says whether the article names a place
// with it. Pure.
import type { Token } from '../mentions.ts';
import {
  ARTICLE_PREFIX,
  FIRST_NAMES,
  NAME_CONNECTOR,
  ORG_WORDS,
  STOP,
  TITLES,
  wordSet,
} from '../lexicon.ts';

export interface Candidate {
  /** Token range [start, end) in the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

const MAX_WORDS = 5;
/** Capitalised function words that start a sentence or a title, not a name. */
const LEADING = wordSet(
  'the a an in on at of for from to by with as and or but this that these those its their his her our after before since during while when where if last next every each some many most both all also meanwhile earlier later',
);

/** Days and months end a name: "Arsal on Monday" is Arsal. */
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

const startsRun = (t: Token, next: Token | undefined) =>
  t.cap || (ARTICLE_PREFIX.has(t.lower) && !!next?.cap && /^[-‐]$/.test(t.gap));
const joins = (gap: string) => /^(\s|-|‐|\s?[-–]\s?)$/.test(gap);

/** Runs of capitalised words in a sentence that do not overlap `taken` token ranges. */
export function candidates(toks: readonly Token[], taken: readonly Candidate[]): Candidate[] {
  const busy = new Uint8Array(toks.length);
  for (const c of taken) for (let i = c.tokenStart; i < c.tokenEnd; i++) busy[i] = 1;
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (busy[i] || !startsRun(t, toks[i + 1]) || (t.cap && LEADING.has(t.lower))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && j - i < MAX_WORDS && !busy[j] && joins(toks[j - 1]!.gap)) {
      const cur = toks[j]!;
      if (toks[j - 1]!.possessive) break;
      if (TIME_WORD.test(cur.lower) || TIME_WORD.test(toks[j + 1]?.lower ?? '')) break;
      // Connectors join a name ("Bab al-Hawa", "Kafr el-Sheikh"); "and" joins two.
      const connector = NAME_CONNECTOR.has(cur.lower) && cur.lower !== 'and';
      if (cur.cap || (connector && toks[j + 1]?.cap && !busy[j + 1])) j++;
      else break;
    }
    // A name ends with a capitalised word.
    while (j > i + 1 && !toks[j - 1]!.cap) j--;
    // "Dnipro River", "Cape of Good Hope": words that go on or open a known name are
    // part of it, not a place of their own.
    const continues = i > 0 && busy[i - 1] && /^\s+$/.test(toks[i - 1]!.gap);
    const opens =
      busy[j + 1] && toks[j]?.lower === 'of' && /^\s+$/.test(toks[j - 1]!.gap) && j - i === 1;
    if (!continues && !opens) out.push({ tokenStart: i, tokenEnd: j });
    i = j;
  }
  return out;
}

function shape(s: string): string {
  return s
    .replace(/\p{Lu}+/gu, 'A')
    .replace(/\p{Ll}+/gu, 'a')
    .replace(/\p{N}+/gu, '0')
    .slice(0, 6);
}

const lw = (t: Token | undefined) => (t ? (/^\p{N}/u.test(t.text) ? '<num>' : t.lower) : '<s>');

/** The features of candidate `c` in the sentence `toks` (headline: a title-case line). */
export function candidateFeatures(
  toks: readonly Token[],
  c: Candidate,
  headline: boolean,
): string[] {
  const run = toks.slice(c.tokenStart, c.tokenEnd);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const p1 = toks[c.tokenStart - 1];
  const p2 = toks[c.tokenStart - 2];
  const n1 = toks[c.tokenEnd];
  const n2 = toks[c.tokenEnd + 1];
  const f = ['bias', `len:${Math.min(run.length, 4)}`];
  f.push(`p1:${lw(p1)}`, `p12:${lw(p2)}_${lw(p1)}`, `n1:${lw(n1)}`, `n12:${lw(n1)}_${lw(n2)}`);
  f.push(`first:${first.lower}`, `last:${last.lower}`, `suf:${last.lower.slice(-3)}`);
  f.push(`shape:${run.map((t) => shape(t.text)).join('_')}`);
  if (c.tokenStart === 0) f.push('initial');
  if (headline) f.push('headline');
  if (last.possessive) f.push('possessive');
  if (run.some((t) => t.allCaps)) f.push('allCaps');
  if (run.some((t, k) => k < run.length - 1 && /^[-‐]$/.test(t.gap))) f.push('hyphen');
  if (run.some((t) => STOP.has(t.lower))) f.push('stopWord');
  if (run.some((t) => ORG_WORDS.has(t.lower))) f.push('orgWord');
  if (FIRST_NAMES.has(first.lower)) f.push('firstName');
  if (p1 && TITLES.has(p1.lower)) f.push('titleBefore');
  if (p1?.cap) f.push('capBefore');
  if (n1?.cap) f.push('capAfter');
  if (p1 && /[“"(]\s*$/.test(p1.gap)) f.push('quoted');
  if (/^\s*[,(]/.test(last.gap)) f.push(`punctAfter:${last.gap.trim()[0]}`);
  // Word classes, which generalise where single words are too rare to weigh: "X, a
  // town in", "the X camp", "overran X".
  const after = [n1, n2, toks[c.tokenEnd + 2]].map(lw);
  if (
    /,\s*$/.test(last.gap) &&
    /^(a|an|the)$/.test(after[0]!) &&
    (PLACE_NOUN.has(after[1]!) || PLACE_NOUN.has(after[2]!))
  )
    f.push('appositionPlaceNoun');
  if (n1 && !n1.cap && PLACE_NOUN.has(n1.lower)) f.push('placeNounAfter');
  if (p1 && !p1.cap && PLACE_NOUN.has(p1.lower)) f.push('placeNounBefore');
  if (p1 && EVENT_VERB.has(p1.lower)) f.push('eventVerbBefore');
  return f;
}

/** Nouns of places: what "X, a town in", "the X camp", "the village of X" say X is. */
const PLACE_NOUN = wordSet(
  'town towns village villages city cities district districts camp camps suburb suburbs neighbourhood neighborhood settlement settlements region province county commune municipality locality hamlet area base garrison outpost airfield port valley mountains hills oasis',
);
/** Verbs whose object is where an event happened. */
const EVENT_VERB = wordSet(
  'attacked overran overrun stormed seized captured raided shelled bombed struck hit targeted besieged entered recaptured retook took',
);
