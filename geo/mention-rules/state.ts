// The US-state abbreviation cue: AP style writes a town's state after a comma with a
// final dot ("Dublin, Ga.", "Wichita, Kan.", "Charleston, W. Va."). Pure.
import type { Gazetteer, Place } from '../gazetteer/types.ts';
import { nameKey } from '../normalise.ts';
import { US_STATE_ABBREV } from '../lexicon.ts';
import type { Token } from '../mentions.ts';

/**
 * The state that the words `surface`, ending at offset `end` of `text`, abbreviate: with
 * the span's own final dot ("W. Va.") or the dot right after it ("Ga" + "."). Undefined
 * when there is no dot or the dotted words are no state's abbreviation.
 */
export function stateAbbreviation(text: string, surface: string, end: number): string | undefined {
  const dotted = surface.endsWith('.') ? surface : text[end] === '.' ? surface + '.' : '';
  return dotted ? US_STATE_ABBREV[dotted.replace(/\s+/g, '')] : undefined;
}

/** Token i follows a comma ("Dublin, |Ga."). */
export function afterComma(tokens: readonly Token[], i: number): boolean {
  return i > 0 && /,\s*$/.test(tokens[i - 1]!.gap);
}

/** The gazetteer's US state of that name (none in a gazetteer without it). */
export function usState(gazetteer: Gazetteer, state: string): Place[] {
  return gazetteer.lookup(nameKey(state)).filter((p) => p.type === 'region' && p.country === 'US');
}
