// How given words read as one mention (mentionAt): its key, its role and its
// candidates, by one set of rules shared by the mention finder and resolveSpans. Pure.
import type { Gazetteer, Place } from '../gazetteer/types.ts';
import { nameKey } from '../normalise.ts';
import { DIVISION_WORDS } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import type { Mention, Token } from '../mentions.ts';
import { candidatesFor, continentOfAdjective, demonymCountry } from './candidates.ts';
import { afterComma, stateAbbreviation, usState } from './state.ts';

/** How a span was read (see mentionAt). */
export type Reading =
  /** Its own words are a gazetteer name. */
  | 'name'
  /** "Laurel County", "Daraa Governorate": a division word after a name that only the bare name indexes. */
  | 'division'
  /** "Dublin, Ga.", "W. Va.": an AP-style US state abbreviation. */
  | 'abbreviation'
  /** "Syrian", "South Korean": a country's demonym or adjective. */
  | 'demonym'
  /** "European": a continent's adjective. */
  | 'continent';

export interface MentionReading {
  mention: Mention;
  how: Reading;
  /** Token index where the looked-up name ends (before a division word: "Laurel| County"). */
  nameEnd: number;
}

/** The words being read: tokens [i, j) of sentence s, at [start, end) of the text. */
interface Span {
  text: string;
  s: Sentence;
  i: number;
  j: number;
  start: number;
  end: number;
  surface: string;
  key: string;
  /** Given offsets (resolveSpans), not the finder's tokens. */
  given: boolean;
  last: Token | undefined;
}

function reading(
  x: Span,
  candidates: readonly Place[],
  how: Reading,
  nameEnd = x.j,
): MentionReading {
  const mention: Mention = {
    start: x.start,
    end: x.end,
    text: x.surface,
    key: x.key,
    role: how === 'demonym' || how === 'continent' ? 'demonym' : 'place',
    sentence: x.s.index,
    tokenStart: x.i,
    tokenEnd: x.j,
    candidates,
    modifier: how === 'demonym',
    possessive: !x.given && !!x.last?.possessive,
  };
  return { mention, how, nameEnd };
}

/** "Ga." (the dot after the token joins the span) or "W. Va." as the US state. */
function stateReading(x: Span, gazetteer: Gazetteer, state: string): MentionReading | null {
  const st = usState(gazetteer, state);
  if (!st.length) return null;
  const r = reading(x, st, 'abbreviation');
  r.mention.key = nameKey(state);
  if (!x.given && !x.surface.endsWith('.')) {
    r.mention.end = x.end + 1;
    r.mention.text = x.text.slice(x.start, x.end + 1);
    r.mention.possessive = false;
  }
  return r;
}

/** A demonym's country, keyed by `key` ("Syrian" → Syria). */
function demonymReading(
  x: Span,
  gazetteer: Gazetteer,
  cc: string | undefined,
  key = x.key,
): MentionReading | null {
  const country = cc ? gazetteer.country(cc) : undefined;
  if (!country) return null;
  const r = reading(x, [country], 'demonym');
  r.mention.key = key;
  r.mention.country = cc;
  return r;
}

/** "Laurel County": the division the bare name's places stand for (its regions when it has any). */
function divisionReading(
  x: Span,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): MentionReading | null {
  const { i, j } = x;
  if (j - i < 2 || !DIVISION_WORDS.has(x.last!.lower)) return null;
  const bare = tokens[j - 2]!;
  if (!/^\s+$/.test(bare.gap) || bare.possessive) return null;
  const r = mentionAt(x.text, x.s, tokens, i, j - 1, gazetteer);
  if (!r || r.how !== 'name') return null;
  const regional = r.mention.candidates.filter((p) => p.type === 'region');
  return reading(x, regional.length ? regional : r.mention.candidates, 'division', j - 1);
}

/**
 * How the tokens [i, j) of a sentence read as one mention: the key and the candidates,
 * by one set of rules shared by the mention finder and `resolveSpans` (given spans).
 * Recognition (whether these words are a place here at all: person names, sentence-initial
 * words, longer unknown names) is the finder's, not this function's. `span`: the exact
 * [start, end) offsets when they are given (they may hold a possessive or a final dot).
 * Null when the span reads as nothing the gazetteer knows.
 */
export function mentionAt(
  text: string,
  s: Sentence,
  tokens: readonly Token[],
  i: number,
  j: number,
  gazetteer: Gazetteer,
  span?: readonly [number, number],
): MentionReading | null {
  const t = tokens[i];
  const last = tokens[j - 1] ?? t;
  const start = span ? span[0] : t!.start;
  const end = span ? span[1] : last!.end;
  const surface = text.slice(start, end);
  const name = surface.replace(/[’']s$/, '');
  const key = nameKey(/^(\p{Lu}\.)+$/u.test(name) ? name.replace(/\./g, '') : name);
  if (!key) return null;
  const x: Span = { text, s, i, j, start, end, surface, key, given: !!span, last };
  const single = j - i <= 1 ? (t ?? null) : null;
  // "Dublin, Ga.": after a comma, a state abbreviation (its dot included) is the state; a span
  // that holds the dot itself ("W. Va.") is one when nothing else reads.
  const state = stateAbbreviation(text, surface, end);
  if (state && single?.cap && afterComma(tokens, i)) {
    const r = stateReading(x, gazetteer, state);
    if (r) return r;
  }
  // A one-word demonym ("Syrian", "Canadian") is the country's adjective, not a namesake town
  // (an all-capital one, "U.S.", "UK", is first the country's name).
  const cc = single && !single.allCaps ? demonymCountry(gazetteer, single.text) : undefined;
  const demonym = cc ? demonymReading(x, gazetteer, cc, nameKey(single!.text)) : null;
  if (demonym) return demonym;
  const continent = continentOfAdjective(key);
  if (!cc && !continent) {
    const cands = candidatesFor(gazetteer, key, name, single);
    if (cands.length) return reading(x, cands, 'name');
  }
  if (!single || single.allCaps) {
    const r = demonymReading(x, gazetteer, demonymCountry(gazetteer, name));
    if (r) return r;
  }
  if (state && surface.endsWith('.')) {
    const r = stateReading(x, gazetteer, state);
    if (r) return r;
  }
  const division = single ? null : divisionReading(x, tokens, gazetteer);
  if (division) return division;
  if (continent) return reading(x, [continent], 'continent');
  return null;
}
