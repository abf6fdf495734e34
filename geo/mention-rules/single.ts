// Single-word admission: whether one capitalised word that the gazetteer knows is a
// place here, a person's or company's name (remembered for the rest of the article),
// or an ordinary word (an acronym, a sentence-initial word, "CEOs"). Pure.
import type { Gazetteer } from '../gazetteer/types.ts';
import { ALLCAPS_OK, STOP, STOP_INITIAL } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import type { Token } from '../mentions.ts';
import { demonymCountry } from './candidates.ts';
import { companyCue } from './company.ts';
import { personCue, secondNameWord } from './person.ts';

/** What one word is: a place, a person's or company's name, or neither. */
export type SingleWord = 'place' | 'name' | 'other';

/** The word's own shape rules it out: "I'm", "CEOs", "MoD", "YouTube", lower case. */
function notAName(t: Token): boolean {
  if (/['’ʼ](m|ll|re|ve|d|t)$/i.test(t.text)) return true;
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return true; // CEOs
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) && !/^(Mc|Mac)/.test(t.text)) return true; // MoD, YouTube
  return !t.cap;
}

/** An ordinary word here: a stop word, a demonym, or a word also used in lower case at a sentence or quote start ("Nice"). */
function ordinaryWord(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  i: number,
  s: Sentence,
  lowerWords: ReadonlySet<string>,
): boolean {
  const t = tokens[i]!;
  if (STOP.has(t.lower)) return true;
  if (demonymCountry(gazetteer, t.text)) return true;
  const initial = i === 0 || /["“‘(]\s*$/.test(tokens[i - 1]?.gap ?? '') || s.headline;
  return initial && (lowerWords.has(t.lower) || STOP_INITIAL.has(t.lower));
}

/**
 * The one word at token i, which the gazetteer knows (`smallOnly`: as small places only):
 * a place, a person's or company's name (person and company cues; a surname after another
 * capitalised word when small), or neither (a short or all-capital acronym, a word's shape,
 * an ordinary word).
 */
export function readSingle(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  i: number,
  s: Sentence,
  lowerWords: ReadonlySet<string>,
  smallOnly: boolean,
): SingleWord {
  const t = tokens[i]!;
  if (personCue(tokens, i, smallOnly) || companyCue(tokens, i, smallOnly)) return 'name';
  if (t.text.length < 3 && !t.allCaps) return 'other';
  // "US", "UAE": a short all-capital word is a place when listed, whatever its context.
  if (t.allCaps && t.lower.length <= 5)
    return ALLCAPS_OK.has(t.text.replace(/\./g, '')) ? 'place' : 'other';
  if (notAName(t) || ordinaryWord(gazetteer, tokens, i, s, lowerWords)) return 'other';
  // Inside a longer proper name: "Lloyd Austin"; a surname: "Ray Allen" ... "Allen said".
  if (secondNameWord(tokens, i, s, lowerWords)) return smallOnly ? 'name' : 'other';
  return 'place';
}
