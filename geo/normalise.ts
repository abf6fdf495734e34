// Name keys: the form under which the gazetteer indexes place names and under
// which the geoparser looks them up. Two spellings of the same place in
// different transliterations ("Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour")
// should give the same key; two different places should not. Pure: no I/O.
//
// nameKey(s), step by step:
//  1. NFKD, then drop every combining mark (diacritics: Ā→A, Ḩ→H, ş→s).
//  2. Lower case. ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ→d, ı→i.
//  3. Apostrophes and the letters used for ʿayn/hamza (’ ‘ ' ` ´ ʼ ʿ ʾ ʻ ″) are
//     dropped ("Sana'a" = "Sanaa"); hyphens, dots, commas, slashes, "=" and
//     other punctuation become spaces; whitespace is collapsed.
//  4. Arabic script is kept as Arabic: harakat are gone after (1), tatweel is
//     dropped, أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, Persian ک/ی → ك/ي,
//     and a leading ال on each word is dropped.
//  5. Latin words that are Arabic (and Hebrew/Romance) articles are dropped:
//     al el il ul ad ed ud ash esh ush as es us at et ut ath adh az ez uz an en
//     un ar er ur — at the start and in the middle ("Deir ez-Zor" → "deir zor"),
//     unless every word is an article.
//  6. Each remaining Latin word is reduced to a phonetic skeleton (wordKey):
//     - yy→y, ww→w (Arabic shadda: "Sulaymaniyyah" = "Sulaymaniyah");
//     - q→k, c→k (but ch kept), ck→k, ph→f, dj/dzh→j, sch→sh;
//     - y and w before a vowel are consonants; otherwise y→i, w→u
//       ("Dayr" → "dair", "Zawr" → "zaur");
//     - "iy" before a vowel → "i" ("Ramadiyah" = "Ramadia"), and so is a y
//       between a consonant and a vowel ("Jabalya" = "Jabalia", "Kyiv" = "Kiev");
//     - final "ah"/"eh"/"a" → "a", other final vowel+h → the vowel;
//     - the runs ai, ei, ae (so ay, ey too) are one diphthong "ai"
//       ("Deir" = "Dair" = "Dayr" = "dair"; "Hussein" = "Husayn"; "Qa'im" = "Qaim"
//       but not "Kim");
//     - other vowels fold into three classes: a; e,i → i; o,u → u; a run of
//       vowels becomes its classes with repeats collapsed, then "au" → u
//       ("Zor" = "Zour" = "Zawr" = "zur");
//     - doubled consonants and doubled digraphs (zhzh, shsh) collapse;
//     - kh, sh, th, dh, gh, zh are kept as digraphs (not merged with k/s/t/d/g/z);
//     - the words abu/abou/bou/albu (after skeleton: abu, albu, bu) → "bu"
//       ("Abu Kamal" = "Albu Kamal" = "Al Bu Kamal"); ibn/ben → bin.
//  7. Words are joined by single spaces.
// Possessives ("Iraq's") are NOT stripped here: the caller tokenises.
//
// Known merges that the skeleton accepts (measured in the build summary): e/i
// and o/u are not distinguished, so "Odesa" = "Udisa". Names in other scripts
// (Cyrillic, Hebrew ...) are only case-folded and the gazetteer does not index them.

const APOSTROPHES = /['’‘`´ʼʿʾʻ″′ʹʺ"“”«»]/g;
const PUNCT = /[\s\-‐‑‒–—―_.,;:!?()[\]{}\\/|=+*&#@~^<>]+/g;
const ASCII = /^[\x20-\x7e]*$/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const LATIN_FOLD_RE = /[ßæœøłđðþıħŧ]/g;

/** Latin-script article words dropped from keys (see rule 5). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'il',
  'ul',
  'ad',
  'ed',
  'ud',
  'ash',
  'esh',
  'ush',
  'as',
  'es',
  'us',
  'at',
  'et',
  'ut',
  'ath',
  'adh',
  'az',
  'ez',
  'uz',
  'an',
  'en',
  'un',
  'ar',
  'er',
  'ur',
]);

const WORD_MAP: Record<string, string> = {
  abu: 'bu',
  albu: 'bu',
  ibn: 'bin',
};

/** Lower-cased, diacritic-free, punctuation-normalised form (rules 1–3), before skeletons. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase().replace(APOSTROPHES, '').replace(PUNCT, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LATIN_FOLD_RE, (c) => LATIN_FOLD[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(PUNCT, ' ')
    .trim();
}

function arabicWord(w: string): string {
  w = w
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/[ىئی]/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ک/g, 'ك');
  if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  return w;
}

const VOWEL_CLASS: Record<string, string> = { a: 'a', e: 'i', i: 'i', o: 'u', u: 'u' };

function vowelRun(run: string): string {
  // ai, ay, ei, ey, ae: one diphthong "ai" (Dayr = Deir = Dair, Husayn = Hussein, Qa'im = Qaim)
  if (run === 'ai' || run === 'ei' || run === 'ae') return 'ai';
  let out = '';
  for (const ch of run) {
    const c = VOWEL_CLASS[ch] ?? ch;
    if (out[out.length - 1] !== c) out += c;
  }
  if (out === 'au') return 'u';
  return out;
}

/**
 * The phonetic skeleton of one folded Latin word (lower case, no diacritics,
 * no punctuation). Exposed for callers that key single tokens.
 */
export function wordKey(w: string): string {
  const hit = wordCache.get(w);
  if (hit !== undefined) return hit;
  const k = computeWordKey(w);
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(w, k);
  return k;
}

// Word skeletons are memoised: names and article tokens repeat a small vocabulary.
const WORD_CACHE_MAX = 200_000;
const wordCache = new Map<string, string>();

function computeWordKey(w: string): string {
  if (!/^[a-z0-9]+$/.test(w)) return w;
  if (/^[0-9]+$/.test(w)) return w;
  w = w
    .replace(/yy+/g, 'y')
    .replace(/ww+/g, 'w')
    .replace(/sch/g, 'sh')
    .replace(/dzh/g, 'j')
    .replace(/dj/g, 'j')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/c(?!h)/g, 'k');
  // final -ah/-eh → a; other final vowel+h → vowel (not after a consonant: "Kharkh", "Bakh")
  w = w.replace(/(?<=[a-z])([ae])h$/, 'a').replace(/(?<=[a-z])([iou])h$/, '$1');
  // y/w before a vowel are consonants (Y/W); otherwise vowels.
  w = w.replace(/iy(?=[aeiou])/g, 'i').replace(/(?<=[b-df-hj-np-tv-xz])y(?=[aeiou])/g, 'i');
  w = w.replace(/y(?=[aeiou])/g, 'Y').replace(/w(?=[aeiou])/g, 'W');
  w = w.replace(/y/g, 'i').replace(/w/g, 'u');
  w = w.replace(/[aeiou]+/g, vowelRun);
  // doubled digraphs, then doubled letters
  w = w.replace(/(kh|sh|th|dh|gh|zh|ch)\1+/g, '$1').replace(/(.)\1+/g, '$1');
  w = w.toLowerCase();
  return WORD_MAP[w] ?? w;
}

/** The key under which a name is indexed and looked up (rules above). Memoised. */
export function nameKey(s: string): string {
  const hit = keyCache.get(s);
  if (hit !== undefined) return hit;
  const k = computeNameKey(s);
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(s, k);
  return k;
}

const KEY_CACHE_MAX = 100_000;
const keyCache = new Map<string, string>();

function computeNameKey(s: string): string {
  const f = fold(s);
  if (!f) return '';
  const words = f.split(' ');
  if (!ASCII.test(f) && ARABIC.test(f)) {
    return words
      .map((w) => (ARABIC.test(w) ? arabicWord(w) : wordKey(w)))
      .filter(Boolean)
      .join(' ');
  }
  let kept = words.filter((w) => !ARTICLES.has(w));
  if (kept.length === 0) kept = words;
  const out: string[] = [];
  for (const w of kept) {
    const k = wordKey(w);
    if (k) out.push(k);
  }
  return out.join(' ');
}

/** Number of words in a key. */
export function keyWords(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}
