// The edges of a name: which tokens may start one, how far a name may run, which
// word may end it, how it is joined to the words around it ("Bab al-Hawa",
// "Saint-Louis"), and the words it takes in front ("Republic of Armenia",
// "North Africa"). Pure.
import type { Place } from '../gazetteer/types.ts';
import {
  ABBREVIATED_TITLES,
  ARTICLE_PREFIX,
  COMPASS,
  HYPHENED_PARTICLES,
  NAME_CONNECTOR,
  NAME_PARTICLES,
  NAME_SUFFIX,
  QUALIFIERS,
} from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import type { Mention, Token } from '../mentions.ts';

/** A tight hyphen: "Saint-Louis", "Israel-Gaza" (not an en dash, not spaced). */
const HYPHEN = /^[-‐‑]$/;

/** "d'Ivoire", "l'Aquila": an elided particle fused to a capitalised word. */
export function elided(t: Token): boolean {
  return /^[dl]['’ʼ]\p{Lu}/u.test(t.text);
}

/** Token k is a name particle joining the capitalised words around it ("Bab al-Hawa"). */
export function particleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t || !prev || !next || !prev.cap || !next.cap) return false;
  if (!/^(\s{1,2}|[-‐‑])$/.test(prev.gap)) return false;
  if (NAME_PARTICLES.has(t.lower)) return /^(\s{1,2}|[-‐‑])$/.test(t.gap);
  return HYPHENED_PARTICLES.has(t.lower) && HYPHEN.test(t.gap);
}

/** A word that can be part of a name: a capital then lower case ("Louis", not "R" or "DFL"). */
function nameWord(t: Token | undefined): t is Token {
  return !!t && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/**
 * How the tokens [i, j) are joined to the words around them inside one longer name:
 * 'particle' ("Bab| al-Hawa", "Stade de |France", "Côte| d'Ivoire"), 'hyphen' with the
 * hyphenated neighbour word ("Saint-|Louis": Saint; "Wal-|Mart": Wal), or null.
 */
export function joinedTo(
  tokens: readonly Token[],
  i: number,
  j: number,
): 'particle' | Token | null {
  const t = tokens[i]!;
  const last = tokens[j - 1]!;
  const next = tokens[j];
  const prev = tokens[i - 1];
  if (particleAt(tokens, j) || particleAt(tokens, i - 1)) return 'particle';
  // The span starts with the particle itself: "Bab |al-Hawa".
  if (particleAt(tokens, i) && !t.cap) return 'particle';
  if (next && elided(next) && /^\s{1,2}$/.test(last.gap)) return 'particle';
  if (nameWord(next) && HYPHEN.test(last.gap)) return next;
  if (nameWord(prev) && HYPHEN.test(prev.gap)) return prev;
  return null;
}

/** A place that can stand alone inside a hyphenated pair ("Israel-Gaza war", "Miami-Dade"). */
export function major(cands: readonly Place[]): boolean {
  return cands.some(
    (p) =>
      p.type === 'country' ||
      p.type === 'water' ||
      (p.type === 'region' && p.code === 'ADM1') ||
      (p.type === 'city' && p.population >= 100_000),
  );
}

/** A gap that may sit inside a name: spaces, a hyphen, or "Iraq's" style apostrophe is NOT allowed. */
function joinable(gap: string): boolean {
  return /^(\s{1,2}|-|‐|\s?[-–]\s?)$/.test(gap) && !gap.includes('\n');
}

/** Token t may start a name: capitalised, or "al-Qaim", "el-Fasher". */
export function startsName(t: Token, next: Token | undefined): boolean {
  if (t.cap) return true;
  return ARTICLE_PREFIX.has(t.lower) && !!next && next.cap && /^[-‐]$/.test(t.gap);
}

/**
 * The end (exclusive) of the longest run of tokens from i that may be one name, at most
 * `maxWords` words: joined by spaces or hyphens, each capitalised, elided, a connector
 * ("Gulf of Aden") or a feature word ("Anbar province", "Al Asad air base").
 */
export function spanEnd(tokens: readonly Token[], i: number, maxWords: number): number {
  const limit = Math.min(tokens.length, i + maxWords + 1);
  let end = i + 1;
  for (let j = i + 1; j < limit; j++) {
    const prev = tokens[j - 1]!;
    const cur = tokens[j]!;
    // "St. Petersburg", "Ft. Worth", "Mt. Lebanon": an abbreviated title word joins with its dot.
    const abbrevDot = ABBREVIATED_TITLES.has(prev.lower) && /^\.\s$/.test(prev.gap);
    if ((!joinable(prev.gap) && !abbrevDot) || prev.possessive) break;
    if (!(
      cur.cap ||
      elided(cur) ||
      NAME_CONNECTOR.has(cur.lower) ||
      NAME_SUFFIX.has(cur.lower) ||
      (cur.lower === 'air' && tokens[j + 1]?.lower === 'base')
    ))
      break;
    end = j + 1;
  }
  return end;
}

/**
 * Tokens [i, j) may end as a name: with a capitalised word, a digit, or a feature word after
 * a capitalised one ("Anbar province"); not "Mississippi State" of "Mississippi State
 * University" (there the place is the state's name).
 */
export function mayEndName(tokens: readonly Token[], i: number, j: number): boolean {
  const last = tokens[j - 1]!;
  if (!last.cap && !elided(last) && !NAME_SUFFIX.has(last.lower) && !/^\p{N}/u.test(last.text))
    return false;
  if (j - i > 1 && last.lower === 'state' && tokens[j]?.cap && /^\s+$/.test(last.gap)) return false;
  return !(
    j - i > 1 &&
    !last.cap &&
    NAME_SUFFIX.has(last.lower) &&
    !tokens.slice(i, j - 1).some((x) => x.cap)
  );
}

/** Token t runs on into the next one: not possessive ("Iraq's"), then spaces only. */
export function spacedToNext(t: Token): boolean {
  return !t.possessive && /^\s+$/.test(t.gap);
}

/**
 * Token i follows a capitalised word, outside a headline (which capitalises every word), that is
 * not a qualifier ("Northern"): the two may be one proper name ("Lloyd Austin", "Kasba Bonli").
 */
export function afterCapitalisedWord(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.cap && spacedToNext(prev) && !s.headline && !QUALIFIERS.has(prev.lower);
}

/** Token i follows a capitalised word of the same name, not the sentence's first (see afterCapitalisedWord). */
export function insideLongerName(tokens: readonly Token[], i: number, s: Sentence): boolean {
  return afterCapitalisedWord(tokens, i, s) && i - 1 > 0;
}

/**
 * Words that belong to the name though the gazetteer indexes it without them:
 * "Republic of Armenia" (a country), "North Africa", "Central Asia" (a continent's part:
 * its point stays the continent's).
 */
export function extendSpan(text: string, tokens: readonly Token[], m: Mention): void {
  const i = m.tokenStart;
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  const kind = m.candidates[0];
  if (
    kind?.type === 'country' &&
    p1?.lower === 'of' &&
    p2?.text === 'Republic' &&
    /^\s+$/.test(p1.gap) &&
    /^\s+$/.test(p2.gap)
  ) {
    m.start = p2.start;
    m.tokenStart = i - 2;
  } else if (kind?.code === 'CONT' && p1?.cap && COMPASS.has(p1.lower) && /^\s+$/.test(p1.gap)) {
    m.start = p1.start;
    m.tokenStart = i - 1;
  }
  m.text = text.slice(m.start, m.end);
}
