// Stage 3: mention finding. Tokenises each sentence, looks up candidate n-grams
// of capitalised tokens (up to gazetteer.maxWords) by nameKey, longest match
// first, and filters out common words, person names and acronyms. Every mention
// keeps [start, end) offsets into the original article. The rules, each a small
// module, are in geo/mention-rules/ (how a span reads: reading.ts, shared with
// resolveSpans); their word lists in geo/lexicon.ts. Pure.
import type { Gazetteer, Place } from './gazetteer/types.ts';
import { nameKey } from './normalise.ts';
import type { Sentence } from './sentences.ts';
import {
  FIRST_NAMES,
  FUNCTION_START,
  NAME_PART_BEFORE_HYPHEN,
  STOP,
  STOP_PHRASES,
} from './lexicon.ts';
import { mentionAt } from './mention-rules/reading.ts';
import { plausible } from './mention-rules/spelling.ts';
import { readSingle } from './mention-rules/single.ts';
import { afterTitleOrGivenName, personRun } from './mention-rules/person.ts';
import { organisationWordAfter } from './mention-rules/company.ts';
import { longerName } from './mention-rules/feature.ts';
import { isModifier } from './mention-rules/modifier.ts';
import {
  extendSpan,
  insideLongerName,
  joinedTo,
  major,
  mayEndName,
  spanEnd,
  startsName,
} from './mention-rules/span.ts';

export { mentionAt, type MentionReading, type Reading } from './mention-rules/reading.ts';
export { candidatesFor, continentOfAdjective, demonymCountry } from './mention-rules/candidates.ts';
export { plausible, writtenAlike } from './mention-rules/spelling.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Entirely upper case (and at least two letters). */
  allCaps: boolean;
  /** The characters between this token and the next (or sentence end). */
  gap: string;
  /** Followed by a possessive 's (not included in the token). */
  possessive: boolean;
  sentence: number;
  /** Index of the token in its sentence. */
  i: number;
}

export type MentionRole = 'place' | 'demonym';

export interface Mention {
  start: number;
  end: number;
  /** The article's text for the mention. */
  text: string;
  key: string;
  role: MentionRole;
  sentence: number;
  /** Token range [tokenStart, tokenEnd) within the sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Gazetteer candidates (most important first); for a demonym, the country. */
  candidates: readonly Place[];
  /** "Iraq's", "Iran-backed", "US forces": the name qualifies something else. */
  modifier: boolean;
  possessive: boolean;
  /** ISO alpha-2 for demonyms. */
  country?: string;
  /** Part of an organisation's name ("Quds Force", "Israel Defense Forces"): a toponym, but not a place on the map. */
  embedded?: boolean;
  /** A place the gazetteer does not hold (geo/unknown/): no candidates, kept for its container and the editor. */
  unresolved?: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;

export function tokenize(text: string, s: Sentence): Token[] {
  const out: Token[] = [];
  const body = text.slice(s.start, s.end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(body))) {
    let t = m[0];
    let possessive = false;
    // "U.S.", "U.K.": dotted abbreviations keep their dots in the span, looked up without them.
    const dotted = /^(\p{Lu}\.){2,}$/u.test(t);
    const pm = /['’ʼ]s$/.exec(t);
    if (pm && t.length > 2) {
      t = t.slice(0, -2);
      possessive = true;
    }
    const start = s.start + m.index;
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: dotted ? t.replace(/\./g, '').toLowerCase() : t.toLowerCase(),
      cap: /^\p{Lu}/u.test(t),
      allCaps: dotted || (t.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(t) && /\p{Lu}/u.test(t)),
      gap: '',
      possessive,
      sentence: s.index,
      i: out.length,
    });
  }
  for (let k = 0; k < out.length; k++) {
    const next = k + 1 < out.length ? out[k + 1]!.start : s.end;
    out[k]!.gap = text.slice(out[k]!.end, next);
  }
  return out;
}

export interface MentionOptions {
  /** Lower-case words used in lower case somewhere in the article: capitalised at a sentence start they are ordinary words. */
  lowerWords?: ReadonlySet<string>;
}

/** Words used in lower case in the text (for the sentence-initial rule). */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}'’])\p{Ll}[\p{Ll}'’]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.add(m[0]);
  return out;
}

/** One sentence's mentions, and the keys known to be person (or company) names after it. */
export interface SentenceMentions {
  mentions: Mention[];
  persons: ReadonlySet<string>;
}

/** The finder's state while it reads one sentence. */
interface Finder {
  text: string;
  s: Sentence;
  gazetteer: Gazetteer;
  tokens: Token[];
  lowerWords: ReadonlySet<string>;
  /** Keys found to be person or company names: before this sentence, then in it. */
  persons: Set<string>;
  out: Mention[];
}

/**
 * Finds the place and demonym mentions of one sentence. `persons`: the keys found to be
 * person names in the sentences before (one sense per discourse); returned with the ones
 * this sentence adds, for the next (the given set is not changed).
 */
export function findMentionsInSentence(
  text: string,
  s: Sentence,
  gazetteer: Gazetteer,
  tokens: Token[],
  lowerWords: ReadonlySet<string>,
  persons: ReadonlySet<string>,
): SentenceMentions {
  const f: Finder = { text, s, gazetteer, tokens, lowerWords, persons: new Set(persons), out: [] };
  let i = 0;
  while (i < tokens.length) i = readAt(f, i);
  return { mentions: f.out, persons: f.persons };
}

/** The mentions of every sentence in order, and the keys found to be person names anywhere. */
export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[][],
  gazetteer: Gazetteer,
  lowerWords: ReadonlySet<string>,
): SentenceMentions {
  const mentions: Mention[] = [];
  let persons: ReadonlySet<string> = new Set();
  for (const s of sentences) {
    const r = findMentionsInSentence(text, s, gazetteer, tokens[s.index]!, lowerWords, persons);
    mentions.push(...r.mentions);
    persons = r.persons;
  }
  return { mentions, persons };
}

/** Reads the mentions that start at token i; returns the token to read from next. */
function readAt(f: Finder, i: number): number {
  const { text, s, tokens, gazetteer } = f;
  const t = tokens[i]!;
  if (!startsName(t, tokens[i + 1])) return i + 1;
  // A run of given name + capitalised words is a person: skip it whole.
  const run = personRun(tokens, i, s);
  if (run) {
    for (const k of run.names) f.persons.add(k);
    return run.end;
  }
  // "The US", "In Gaza": a capitalised function word does not start a name.
  if (t.cap && !t.allCaps && FUNCTION_START.has(t.lower)) return i + 1;
  // AP-style state abbreviations after a comma: "Dublin, Ga.", "Wichita, Kan.".
  const abbr =
    t.cap && text[t.end] === '.' ? mentionAt(text, s, tokens, i, i + 1, gazetteer) : null;
  if (abbr?.how === 'abbreviation') {
    f.out.push(abbr.mention);
    return i + 1;
  }
  const matched = longestPlace(f, i);
  if (matched) return admitPlace(f, i, matched);
  // Demonyms: "Iraqi", "Syrian".
  if (t.cap && !t.allCaps) {
    const r = mentionAt(text, s, tokens, i, i + 1, gazetteer);
    if (r?.how === 'demonym') f.out.push(r.mention);
  }
  return i + 1;
}

/** The longest place name starting at token i that may be a place here, if any. */
function longestPlace(f: Finder, i: number): Mention | null {
  const { text, tokens } = f;
  const maxWords = Math.max(1, Math.min(f.gazetteer.maxWords, 8));
  for (let j = spanEnd(tokens, i, maxWords); j > i; j--) {
    if (!mayEndName(tokens, i, j)) continue;
    const surface = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    if (STOP_PHRASES.has(surface.toLowerCase().replace(/\s+/g, '_'))) return null;
    const m = placeAt(f, i, j);
    if (m === STOP_HERE) return null;
    if (m) return m;
  }
  return null;
}

/** No place starts at this token: a shorter span is not tried. */
const STOP_HERE = 'stop';

/** Tokens [i, j) as a place (its plausible candidates), null to try a shorter span, or STOP_HERE. */
function placeAt(f: Finder, i: number, j: number): Mention | null | typeof STOP_HERE {
  const { text, s, tokens, gazetteer } = f;
  const t = tokens[i]!;
  const r = mentionAt(text, s, tokens, i, j, gazetteer);
  if (!r || r.how === 'continent') return null;
  // A one-word demonym: found by readAt; a longer one is no place.
  if (r.how === 'demonym') return j - i === 1 ? STOP_HERE : null;
  // "Daraa province": a lower-case division word is a common noun after the name.
  if (r.how === 'division' && !tokens[j - 1]!.cap) return null;
  const bare = text.slice(t.start, tokens[r.nameEnd - 1]!.end);
  const cands = r.mention.candidates.filter((p) => plausible(bare, p));
  if (cands.length === 0) return null;
  if (r.nameEnd - i === 1) {
    const key = r.how === 'name' ? r.mention.key : nameKey(bare);
    if (f.persons.has(key)) return STOP_HERE;
    const smallOnly = !cands.some((p) => p.type !== 'city' || p.population >= 100_000);
    const word = readSingle(gazetteer, tokens, i, s, f.lowerWords, smallOnly);
    if (word === 'name') f.persons.add(key);
    if (word !== 'place') return STOP_HERE;
  }
  if (j - i > 1 && !t.cap && insideLongerName(tokens, i, s)) return STOP_HERE;
  // Part of a longer name the gazetteer lacks: "Bab" or "Hawa" of "Bab al-Hawa", "Louis" of
  // "Saint-Louis", "Mart" of "Wal-Mart". A hyphenated pair keeps each place: a country,
  // region or big city ("Israel-Hamas war"), or next to another place ("Fargo-Moorhead").
  const joined = joinedTo(tokens, i, j);
  if (joined === 'particle') return null;
  // "Centre-Nord region": "Nord" is half of one name, not a place of its own.
  if (joined && joined.i < i && NAME_PART_BEFORE_HYPHEN.has(joined.lower)) return null;
  if (joined && !major(cands) && !hyphenPair(f, i, joined)) return null;
  return { ...r.mention, candidates: cands };
}

/** The hyphenated neighbour of the name at token i is a place too: found just before, or a plausible name after. */
function hyphenPair(f: Finder, i: number, joined: Token): boolean {
  if (joined.i < i) return f.out.at(-1)?.tokenEnd === i && f.out.at(-1)?.role === 'place';
  return (
    !STOP.has(joined.lower) &&
    !FIRST_NAMES.has(joined.lower) &&
    f.gazetteer.lookup(nameKey(joined.text)).some((p) => plausible(joined.text, p))
  );
}

/** Keeps the place found at token i unless its context says otherwise; returns the token to read from next. */
function admitPlace(f: Finder, i: number, matched: Mention): number {
  const { tokens } = f;
  const end = matched.tokenEnd;
  if (afterTitleOrGivenName(tokens, i)) {
    f.persons.add(matched.key);
    return end;
  }
  matched.modifier = isModifier(tokens, end);
  // Followed by another capitalised word that is no organisation word: part of a longer, unknown name
  // ("Kasba Bonli", "Washington Square"): not this place.
  if (longerName(f.gazetteer, tokens, end, f.s)) {
    if (matched.candidates[0]?.type === 'country') {
      // "US Special Forces", "US Census Bureau": a country inside a name.
      matched.embedded = true;
      matched.modifier = true;
      f.out.push(matched);
    }
    return end;
  }
  if (organisationWordAfter(tokens, end)) {
    matched.embedded = true;
    matched.modifier = true;
  }
  extendSpan(f.text, tokens, matched);
  f.out.push(matched);
  return end;
}
