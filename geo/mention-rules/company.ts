// Company and organisation cues: a name followed by a company suffix ("Monex Group",
// "Hinton Corp") or an organisation word ("Quds Force", "Israel Defense Forces").
// Word lists in geo/lexicon.ts. Pure.
import { ORG_SUFFIX, ORG_WORDS } from '../lexicon.ts';
import type { Token } from '../mentions.ts';

/** "Monex Group", "Bassett Furniture Inc.": a word naming only small places (`smallOnly`) at token i, then a company suffix. */
export function companyCue(tokens: readonly Token[], i: number, smallOnly: boolean): boolean {
  const t = tokens[i]!;
  const nx = tokens[i + 1];
  return smallOnly && !!nx && /^\s+$/.test(t.gap) && ORG_SUFFIX.has(nx.lower);
}

/** "Quds Force", "US Central Command": a capitalised organisation word right after the name ending at token `end`. */
export function organisationWordAfter(tokens: readonly Token[], end: number): boolean {
  const nx = tokens[end];
  return !!nx && nx.cap && /^\s+$/.test(tokens[end - 1]!.gap) && ORG_WORDS.has(nx.lower);
}
