// Written-name closeness: whether the words of a mention spell a place's own name
// closely enough, where the gazetteer's phonetic keys merge spellings. Pure.
import type { Place } from '../gazetteer/types.ts';
import { ARTICLES, fold } from '../normalise.ts';
import { SOUND_ALIKE_COUNTRIES } from '../lexicon.ts';

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const stripArticles = (f: string) =>
  f
    .split(' ')
    .filter((w) => !ARTICLES.has(w))
    .join(' ');

/**
 * The phonetic key merges spellings on purpose ("Odesa" = "Odessa"); for small
 * places outside the regions where transliterations vary, that only makes
 * collisions ("Kemira" → "Kemereh", "Levi" → "Lévis", "Zara" → "Zarra"): there the
 * written name must be close to the place's own name (one letter in seven may differ).
 */
export function plausible(surface: string, p: Place): boolean {
  if (
    p.type !== 'city' ||
    p.population >= 100_000 ||
    (p.country && SOUND_ALIKE_COUNTRIES.has(p.country))
  )
    return true;
  return writtenAlike(surface, p.name, 0.85);
}

/**
 * Two spellings of one written name: equal without diacritics and articles, one the other's
 * first words ("Newcastle", "Newcastle upon Tyne"), or at most one letter in 1/(1 - similarity)
 * different ("Geneva", "Genève").
 */
export function writtenAlike(x: string, y: string, similarity: number): boolean {
  const a = stripArticles(fold(x));
  const b = stripArticles(fold(y));
  if (a === b || b.startsWith(a + ' ') || a.startsWith(b + ' ')) return true;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length) >= similarity;
}
