// Whether a place's name qualifies something else: "Iraq's", "Iran-backed", "US
// forces", "Iraq national security adviser". Word lists in geo/lexicon.ts. Pure.
import { AFFILIATION, NAME_SUFFIX, NOT_NOUN } from '../lexicon.ts';
import type { Token } from '../mentions.ts';

/** The name ending at token `end` (exclusive) is possessive, hyphenated to an affiliation word, or followed by a lower-case noun. */
export function isModifier(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1]!;
  if (last.possessive) return true;
  const next = tokens[end];
  if (!next) return false;
  if (/^[-‐]$/.test(last.gap) && AFFILIATION.has(next.lower)) return true;
  // Followed directly by a lower-case noun: adjectival use ("US forces"), unless a preposition/verb-like word.
  return (
    /^\s+$/.test(last.gap) &&
    !next.cap &&
    /^\p{Ll}/u.test(next.text) &&
    !NOT_NOUN.has(next.lower) &&
    !NAME_SUFFIX.has(next.lower) &&
    !/(ed|ing|ly)$/.test(next.lower)
  );
}
