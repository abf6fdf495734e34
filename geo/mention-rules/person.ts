// Person cues: the words around a capitalised name that make it a person's, not a
// place's ("President Biden", "Lloyd Austin", "Spencer said", "said Allen.",
// "Gino D. Bassett"). Word lists in geo/lexicon.ts. Pure.
import { nameKey } from '../normalise.ts';
import {
  FIRST_NAMES,
  PLACE_PREPOSITIONS,
  SPEECH_AFTER_NAME,
  SPEECH_BEFORE_NAME,
  STOP,
  TITLES,
} from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import type { Token } from '../mentions.ts';
import { afterCapitalisedWord } from './span.ts';

const SPACE = /^\s+$/;

/** "Mr. Austin", "President Biden", "Lloyd Austin": a title or a given name right before token i. */
export function afterTitleOrGivenName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (TITLES.has(prev.lower) && /^\.?\s+$/.test(prev.gap)) return true;
  return prev.cap && FIRST_NAMES.has(prev.lower) && SPACE.test(prev.gap);
}

/**
 * "Lloyd James Austin": a given name at token i followed by capitalised words (not the first
 * word of a headline, which capitalises every word). The run's end (exclusive) and the keys of
 * its other words (up to three, not all-capital), which are a person's names; null when token
 * i starts no such run.
 */
export function personRun(
  tokens: readonly Token[],
  i: number,
  s: Sentence,
): { end: number; names: string[] } | null {
  const t = tokens[i]!;
  if (!t.cap || !FIRST_NAMES.has(t.lower) || !SPACE.test(t.gap) || !tokens[i + 1]?.cap) return null;
  if (s.headline && i === 0) return null;
  const names: string[] = [];
  let j = i + 1;
  while (
    j < tokens.length &&
    j <= i + 3 &&
    tokens[j]!.cap &&
    !tokens[j]!.allCaps &&
    SPACE.test(tokens[j - 1]!.gap)
  ) {
    names.push(nameKey(tokens[j]!.text));
    j++;
  }
  return { end: j, names };
}

/**
 * The one word at token i is a person's name: a given name; or, when it names only small
 * places (`smallOnly`), a speaker ("Spencer said", not "officials in Kunduz said"; "said
 * Allen." at the clause's end) or a surname after an initial ("Gino D. Bassett").
 */
export function personCue(tokens: readonly Token[], i: number, smallOnly: boolean): boolean {
  const t = tokens[i]!;
  if (FIRST_NAMES.has(t.lower) && !t.allCaps) return true;
  if (!smallOnly) return false;
  const nx = tokens[i + 1];
  const pv = tokens[i - 1];
  const afterPrep = PLACE_PREPOSITIONS.has(pv?.lower ?? '');
  if (nx && SPACE.test(t.gap) && SPEECH_AFTER_NAME.has(nx.lower) && !afterPrep) return true;
  if (!pv) return false;
  if (SPEECH_BEFORE_NAME.has(pv.lower) && SPACE.test(pv.gap) && (!nx || /^[,.;:!?]/.test(t.gap)))
    return true;
  return /^\p{Lu}$/u.test(pv.text) && /^\.\s+$/.test(pv.gap) && !!tokens[i - 2]?.cap;
}

/**
 * "Lloyd Austin": token i right after another capitalised word that is not a qualifier
 * ("northern") nor, at the sentence start, an ordinary word ("Then Austin"), outside a
 * headline: the second word of a longer proper name, a surname when it names a small place.
 */
export function secondNameWord(
  tokens: readonly Token[],
  i: number,
  s: Sentence,
  lowerWords: ReadonlySet<string>,
): boolean {
  if (!afterCapitalisedWord(tokens, i, s)) return false;
  // "Then Austin": the sentence's first word may be an ordinary word, capitalised.
  const prev = tokens[i - 1]!;
  return !(i - 1 === 0 && (STOP.has(prev.lower) || lowerWords.has(prev.lower)));
}
