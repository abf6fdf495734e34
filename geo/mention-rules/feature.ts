// Feature-word and longer-name cues: after a place's name, a capitalised natural
// feature word ("the Dnipro River") or another capitalised word the gazetteer does
// not know ("Kasba Bonli", "Washington Square") makes the words a longer name, not
// that place. Word lists in geo/lexicon.ts. Pure.
import type { Gazetteer } from '../gazetteer/types.ts';
import { nameKey } from '../normalise.ts';
import { FUNCTION_START, NATURAL_FEATURES, ORG_WORDS, STOP } from '../lexicon.ts';
import type { Sentence } from '../sentences.ts';
import type { Token } from '../mentions.ts';
import { demonymCountry } from './candidates.ts';
import { spacedToNext } from './span.ts';

/** "River", "Mountains", "Valley": a natural feature word (lower case). */
export function naturalFeature(lower: string): boolean {
  return NATURAL_FEATURES.has(lower);
}

/** A capitalised word that continues a name without being a place, people or organisation word ("Bonli", "Square"). */
function unknownNameWord(gazetteer: Gazetteer, t: Token): boolean {
  return (
    !ORG_WORDS.has(t.lower) &&
    !STOP.has(t.lower) &&
    !FUNCTION_START.has(t.lower) &&
    gazetteer.lookup(nameKey(t.text)).length === 0 &&
    !demonymCountry(gazetteer, t.text)
  );
}

/**
 * The name ending at token `end` (exclusive) goes on into a longer one: the next word is
 * capitalised, after a space (not after "Iraq's"), outside a headline, and is a natural
 * feature word or a word the gazetteer does not know.
 */
export function longerName(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  end: number,
  s: Sentence,
): boolean {
  const nx = tokens[end];
  if (!nx?.cap || s.headline || !spacedToNext(tokens[end - 1]!)) return false;
  return naturalFeature(nx.lower) || unknownNameWord(gazetteer, nx);
}
