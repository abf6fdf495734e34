// Stage 3: mention finding. Tokenises each sentence, looks up candidate n-grams
// of capitalised tokens (up to gazetteer.maxWords) by nameKey, longest match
// first, and filters out common words, person names and acronyms. Every mention
// keeps [start, end) offsets into the original article. Pure.
import type { Gazetteer, Place } from './gazetteer/types.ts';
import { ARTICLES, fold, nameKey } from './normalise.ts';
import type { Sentence } from './sentences.ts';
import {
  AFFILIATION,
  ALLCAPS_OK,
  ORG_WORDS,
  STOP_PHRASES,
  ARTICLE_PREFIX,
  FIRST_NAMES,
  NAME_CONNECTOR,
  NAME_PARTICLES,
  HYPHENED_PARTICLES,
  NAME_SUFFIX,
  QUALIFIERS,
  STOP,
  STOP_INITIAL,
  US_STATE_ABBREV,
  DIVISION_WORDS,
  SOUND_ALIKE_COUNTRIES,
  CONTINENTS,
  TITLES,
} from './lexicon.ts';

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

const FUNCTION_START = new Set(
  'the a an in on at of for from to by with as and or but this that these those its their his her our my your after before since during while when where if last next every each some many most both all'.split(
    ' ',
  ),
);

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

/** A tight hyphen: "Saint-Louis", "Israel-Gaza" (not an en dash, not spaced). */
const HYPHEN = /^[-‐‑]$/;

/** "d'Ivoire", "l'Aquila": an elided particle fused to a capitalised word. */
function elided(t: Token): boolean {
  return /^[dl]['’ʼ]\p{Lu}/u.test(t.text);
}

/** Token k is a name particle joining the capitalised words around it ("Bab al-Hawa"). */
function particleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t || !prev || !next || !prev.cap || !next.cap) return false;
  if (!/^(\s{1,2}|[-‐‑])$/.test(prev.gap)) return false;
  if (NAME_PARTICLES.has(t.lower)) return /^(\s{1,2}|[-‐‑])$/.test(t.gap);
  return HYPHENED_PARTICLES.has(t.lower) && HYPHEN.test(t.gap);
}

/** A word that can be part of a name: a capital then lower case ("Louis", not "R" or "DFL"). */
function nameWord(t: Token | undefined): t is Token {
  return !!t && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/**
 * How the tokens [i, j) are joined to the words around them inside one longer name:
 * 'particle' ("Bab| al-Hawa", "Stade de |France", "Côte| d'Ivoire"), 'hyphen' with the
 * hyphenated neighbour word ("Saint-|Louis": Saint; "Wal-|Mart": Wal), or null.
 */
function joinedTo(tokens: readonly Token[], i: number, j: number): 'particle' | Token | null {
  const t = tokens[i]!;
  const last = tokens[j - 1]!;
  const next = tokens[j];
  const prev = tokens[i - 1];
  if (particleAt(tokens, j) || particleAt(tokens, i - 1)) return 'particle';
  // The span starts with the particle itself: "Bab |al-Hawa".
  if (particleAt(tokens, i) && !t.cap) return 'particle';
  if (next && elided(next) && /^\s{1,2}$/.test(last.gap)) return 'particle';
  if (nameWord(next) && HYPHEN.test(last.gap)) return next;
  if (nameWord(prev) && HYPHEN.test(prev.gap)) return prev;
  return null;
}

/** A place that can stand alone inside a hyphenated pair ("Israel-Gaza war", "Miami-Dade"). */
function major(cands: readonly Place[]): boolean {
  return cands.some(
    (p) =>
      p.type === 'country' ||
      p.type === 'water' ||
      (p.type === 'region' && p.code === 'ADM1') ||
      (p.type === 'city' && p.population >= 100_000),
  );
}

/** A gap that may sit inside a name: spaces, a hyphen, or "Iraq's" style apostrophe is NOT allowed. */
function joinable(gap: string): boolean {
  return /^(\s{1,2}|-|‐|\s?[-–]\s?)$/.test(gap) && !gap.includes('\n');
}

function startsName(t: Token, next: Token | undefined): boolean {
  if (t.cap) return true;
  // "al-Qaim", "el-Fasher"
  return ARTICLE_PREFIX.has(t.lower) && !!next && next.cap && /^[-‐]$/.test(t.gap);
}

export interface MentionOptions {
  /** Lower-case words used in lower case somewhere in the article: capitalised at a sentence start they are ordinary words. */
  lowerWords?: ReadonlySet<string>;
}

const continentPlaces: Map<string, Place> = new Map();
const continentAdjectives: Map<string, Place> = new Map();
for (const c of CONTINENTS) {
  const place = Object.freeze({
    id: c.id,
    name: c.name,
    lat: c.lat,
    lon: c.lon,
    type: 'region',
    code: 'CONT',
    country: null,
    admin1: null,
    population: 100_000_000,
    bbox: c.bbox,
  }) as Place;
  for (const n of [c.name, ...(c.aliases ?? [])]) continentPlaces.set(nameKey(n), place);
  for (const n of c.adjectives ?? []) continentAdjectives.set(nameKey(n), place);
}

/** The continent an adjective names ("European" → Europe), if any. */
export function continentOfAdjective(key: string): Place | undefined {
  return continentAdjectives.get(key);
}

/** Gazetteer candidates, plus continents and "X" → "X Ocean"/"X Sea" for one-word water names ("the Atlantic"). */
export function candidatesFor(
  gazetteer: Gazetteer,
  key: string,
  surface: string,
  single: Token | null,
): readonly Place[] {
  const cands = gazetteer.lookup(key);
  const cont = continentPlaces.get(key);
  if (
    cont &&
    !cands.some(
      (p) =>
        p.type === 'country' || p.type === 'water' || (p.type === 'region' && p.code === 'ADM1'),
    )
  )
    return [cont];
  if (!cands.some((p) => p.population >= 100_000 && p.type !== 'water')) {
    const water = cands.filter((p) => p.type === 'water');
    if (water.length) return water;
  }
  if (
    single &&
    single.cap &&
    !STOP.has(single.lower) &&
    !cands.some((p) => p.population >= 100_000 || p.type !== 'city')
  ) {
    for (const suffix of [' Ocean', ' Sea']) {
      const w = gazetteer.lookup(nameKey(surface + suffix)).filter((p) => p.type === 'water');
      if (w.length) return w;
    }
  }
  return cands;
}

/** "the Dnipro River", "the Nuba Mountains": a name with one of these after it names that feature, not the town. */
const NATURAL_FEATURE =
  /^(river|mountains?|hills|valley|lake|desert|plain|plains|plateau|peninsula|gorge|forest|delta|dam)$/;

export function demonymCountry(gazetteer: Gazetteer, word: string): string | undefined {
  const lower = word.toLowerCase();
  // "They" folds to "thai": an ordinary word is no demonym.
  if (lower.length < 4 || STOP.has(lower)) return undefined;
  return gazetteer.demonym(nameKey(word)) ?? gazetteer.demonym(lower);
}

/** Words used in lower case in the text (for the sentence-initial rule). */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}'’])\p{Ll}[\p{Ll}'’]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.add(m[0]);
  return out;
}

function isPersonContext(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  // "Mr. Austin", "President Biden"
  if (TITLES.has(prev.lower) && /^\.?\s+$/.test(prev.gap)) return true;
  // "Lloyd Austin"
  if (prev.cap && FIRST_NAMES.has(prev.lower) && /^\s+$/.test(prev.gap)) return true;
  return false;
}

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
  const single = j - i <= 1 ? (t ?? null) : null;
  const make = (candidates: readonly Place[], how: Reading, nameEnd = j): MentionReading => {
    const mention: Mention = {
      start,
      end,
      text: surface,
      key,
      role: how === 'demonym' || how === 'continent' ? 'demonym' : 'place',
      sentence: s.index,
      tokenStart: i,
      tokenEnd: j,
      candidates,
      modifier: how === 'demonym',
      possessive: !span && !!last?.possessive,
    };
    return { mention, how, nameEnd };
  };
  // "Dublin, Ga.": after a comma, a state abbreviation (its dot included) is the state; a span
  // that holds the dot itself ("W. Va.") is one when nothing else reads.
  const dotted = surface.endsWith('.') ? surface : text[end] === '.' ? surface + '.' : '';
  const abbr = dotted ? US_STATE_ABBREV[dotted.replace(/\s+/g, '')] : undefined;
  const state = () => {
    const st = gazetteer
      .lookup(nameKey(abbr!))
      .filter((p) => p.type === 'region' && p.country === 'US');
    if (!st.length) return null;
    const r = make(st, 'abbreviation');
    r.mention.key = nameKey(abbr!);
    if (!span && !surface.endsWith('.')) {
      r.mention.end = end + 1;
      r.mention.text = text.slice(start, end + 1);
      r.mention.possessive = false;
    }
    return r;
  };
  if (abbr && single?.cap && i > 0 && /,\s*$/.test(tokens[i - 1]!.gap)) {
    const r = state();
    if (r) return r;
  }
  // A one-word demonym ("Syrian", "Canadian") is the country's adjective, not a namesake town
  // (an all-capital one, "U.S.", "UK", is first the country's name).
  const cc = single && !single.allCaps ? demonymCountry(gazetteer, single.text) : undefined;
  const country = cc ? gazetteer.country(cc) : undefined;
  if (country) {
    const r = make([country], 'demonym');
    r.mention.key = nameKey(single!.text);
    r.mention.country = cc;
    return r;
  }
  const continent = continentOfAdjective(key);
  if (!cc && !continent) {
    const cands = candidatesFor(gazetteer, key, name, single);
    if (cands.length) return make(cands, 'name');
  }
  if (!single || single.allCaps) {
    const cc2 = demonymCountry(gazetteer, name);
    const c2 = cc2 ? gazetteer.country(cc2) : undefined;
    if (c2) {
      const r = make([c2], 'demonym');
      r.mention.country = cc2;
      return r;
    }
  }
  if (abbr && surface.endsWith('.')) {
    const r = state();
    if (r) return r;
  }
  // "Laurel County": the division the bare name's places stand for (its regions when it has any).
  if (!single && j - i >= 2 && DIVISION_WORDS.has(last!.lower)) {
    const bare = tokens[j - 2]!;
    if (/^\s+$/.test(bare.gap) && !bare.possessive) {
      const r = mentionAt(text, s, tokens, i, j - 1, gazetteer);
      if (r && r.how === 'name') {
        const regional = r.mention.candidates.filter((p) => p.type === 'region');
        return make(regional.length ? regional : r.mention.candidates, 'division', j - 1);
      }
    }
  }
  if (continent) return make([continent], 'continent');
  return null;
}

/**
 * Finds the place and demonym mentions of one sentence. `blocked` collects keys
 * found to be person names (one sense per discourse) and is read by later sentences.
 */
export function findMentionsInSentence(
  text: string,
  s: Sentence,
  gazetteer: Gazetteer,
  tokens: Token[],
  lowerWords: ReadonlySet<string>,
  persons: Set<string>,
): Mention[] {
  const out: Mention[] = [];
  const maxWords = Math.max(1, Math.min(gazetteer.maxWords, 8));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!startsName(t, tokens[i + 1])) {
      i++;
      continue;
    }
    // A run of given name + capitalised words is a person: skip it whole.
    if (
      t.cap &&
      FIRST_NAMES.has(t.lower) &&
      /^\s+$/.test(t.gap) &&
      tokens[i + 1]?.cap &&
      !(s.headline && i === 0)
    ) {
      let j = i + 1;
      while (
        j < tokens.length &&
        j <= i + 3 &&
        tokens[j]!.cap &&
        !tokens[j]!.allCaps &&
        /^\s+$/.test(tokens[j - 1]!.gap)
      ) {
        persons.add(nameKey(tokens[j]!.text));
        j++;
      }
      i = j;
      continue;
    }
    // "The US", "In Gaza": a capitalised function word does not start a name.
    if (t.cap && !t.allCaps && FUNCTION_START.has(t.lower)) {
      i++;
      continue;
    }
    // AP-style state abbreviations after a comma: "Dublin, Ga.", "Wichita, Kan.".
    const abbr =
      t.cap && text[t.end] === '.' ? mentionAt(text, s, tokens, i, i + 1, gazetteer) : null;
    if (abbr?.how === 'abbreviation') {
      out.push(abbr.mention);
      i++;
      continue;
    }
    let matched: Mention | null = null;
    const limit = Math.min(tokens.length, i + maxWords + 1);
    // Collect the longest admissible span first.
    let maxEnd = i + 1;
    for (let j = i + 1; j < limit; j++) {
      const prev = tokens[j - 1]!;
      const cur = tokens[j]!;
      // "St. Petersburg", "Ft. Worth", "Mt. Lebanon": an abbreviated title word joins with its dot.
      const abbrevDot = /^(st|ste|ft|mt)$/.test(prev.lower) && /^\.\s$/.test(prev.gap);
      if ((!joinable(prev.gap) && !abbrevDot) || prev.possessive) break;
      if (!(
        cur.cap ||
        elided(cur) ||
        NAME_CONNECTOR.has(cur.lower) ||
        NAME_SUFFIX.has(cur.lower) ||
        (cur.lower === 'air' && tokens[j + 1]?.lower === 'base')
      ))
        break;
      maxEnd = j + 1;
    }
    for (let j = maxEnd; j > i; j--) {
      const last = tokens[j - 1]!;
      // Names end with a capitalised word, a digit, or a feature word ("Anbar province").
      if (!last.cap && !elided(last) && !NAME_SUFFIX.has(last.lower) && !/^\p{N}/u.test(last.text))
        continue;
      // "Mississippi State University", "Maryland State Police": the place is the state's name.
      if (j - i > 1 && last.lower === 'state' && tokens[j]?.cap && /^\s+$/.test(last.gap)) continue;
      if (
        j - i > 1 &&
        !last.cap &&
        NAME_SUFFIX.has(last.lower) &&
        !tokens.slice(i, j - 1).some((x) => x.cap)
      )
        continue;
      const surface = text.slice(t.start, last.end);
      if (STOP_PHRASES.has(surface.toLowerCase().replace(/\s+/g, '_'))) break;
      const r = mentionAt(text, s, tokens, i, j, gazetteer);
      if (!r || r.how === 'continent') continue;
      // A one-word demonym: found below; a longer one is no place.
      if (r.how === 'demonym') {
        if (j - i === 1) break;
        continue;
      }
      // "Daraa province": a lower-case division word is a common noun after the name.
      if (r.how === 'division' && !last.cap) continue;
      const bare = text.slice(t.start, tokens[r.nameEnd - 1]!.end);
      const cands = r.mention.candidates.filter((p) => plausible(bare, p));
      if (cands.length === 0) continue;
      if (
        r.nameEnd - i === 1 &&
        !admitSingle(
          gazetteer,
          tokens,
          i,
          s,
          lowerWords,
          persons,
          r.how === 'name' ? r.mention.key : nameKey(bare),
          !cands.some((p) => p.type !== 'city' || p.population >= 100_000),
        )
      )
        break;
      if (j - i > 1 && !t.cap && insideLongerName(tokens, i, s)) break;
      // Part of a longer name the gazetteer lacks: "Bab" or "Hawa" of "Bab al-Hawa", "Louis" of
      // "Saint-Louis", "Mart" of "Wal-Mart". A hyphenated pair keeps each place: a country,
      // region or big city ("Israel-Hamas war"), or next to another place ("Fargo-Moorhead").
      const joined = joinedTo(tokens, i, j);
      if (joined === 'particle') continue;
      if (joined && !major(cands)) {
        // The hyphenated neighbour is a place too: found just before, or a plausible name after.
        const pair =
          joined.i < i
            ? out.at(-1)?.tokenEnd === i && out.at(-1)?.role === 'place'
            : !STOP.has(joined.lower) &&
              !FIRST_NAMES.has(joined.lower) &&
              gazetteer.lookup(nameKey(joined.text)).some((p) => plausible(joined.text, p));
        if (!pair) continue;
      }
      matched = { ...r.mention, candidates: cands };
      break;
    }
    if (matched) {
      if (isPersonContext(tokens, i)) {
        persons.add(matched.key);
        i = matched.tokenEnd;
        continue;
      }
      matched.modifier = isModifier(tokens, matched.tokenEnd);
      const nx = tokens[matched.tokenEnd];
      // Followed by another capitalised word that is no organisation word: part of a longer, unknown name
      // ("Kasba Bonli", "Washington Square"): not this place.
      if (
        nx &&
        nx.cap &&
        !s.headline &&
        /^\s+$/.test(tokens[matched.tokenEnd - 1]!.gap) &&
        !tokens[matched.tokenEnd - 1]!.possessive &&
        (NATURAL_FEATURE.test(nx.lower) ||
          (!ORG_WORDS.has(nx.lower) &&
            !STOP.has(nx.lower) &&
            !FUNCTION_START.has(nx.lower) &&
            gazetteer.lookup(nameKey(nx.text)).length === 0 &&
            !demonymCountry(gazetteer, nx.text)))
      ) {
        if (matched.candidates[0]?.type === 'country') {
          // "US Special Forces", "US Census Bureau": a country inside a name.
          matched.embedded = true;
          matched.modifier = true;
          out.push(matched);
        }
        i = matched.tokenEnd;
        continue;
      }
      if (
        nx &&
        nx.cap &&
        /^\s+$/.test(tokens[matched.tokenEnd - 1]!.gap) &&
        ORG_WORDS.has(nx.lower)
      ) {
        matched.embedded = true;
        matched.modifier = true;
      }
      extendSpan(text, tokens, matched);
      out.push(matched);
      i = matched.tokenEnd;
      continue;
    }
    // Demonyms: "Iraqi", "Syrian".
    if (t.cap && !t.allCaps) {
      const r = mentionAt(text, s, tokens, i, i + 1, gazetteer);
      if (r?.how === 'demonym') out.push(r.mention);
    }
    i++;
  }
  return out;
}

/** "Iraq's", "Iran-backed", "US forces", "Iraq national security adviser". */
function isModifier(tokens: Token[], end: number): boolean {
  const last = tokens[end - 1]!;
  if (last.possessive) return true;
  const next = tokens[end];
  if (!next) return false;
  if (/^[-‐]$/.test(last.gap) && AFFILIATION.has(next.lower)) return true;
  // Followed directly by a lower-case noun: adjectival use ("US forces"), unless a preposition/verb-like word.
  if (
    /^\s+$/.test(last.gap) &&
    !next.cap &&
    /^\p{Ll}/u.test(next.text) &&
    !NOT_NOUN.has(next.lower) &&
    !NAME_SUFFIX.has(next.lower) &&
    !/(ed|ing|ly)$/.test(next.lower)
  )
    return true;
  return false;
}

/** Lower-case words after a place that do not make it a modifier. */
const NOT_NOUN = new Set(
  `and or but in on at of to for from with by as is are was were has have had will would could should may might can did does do
  that which who where when while after before since until near into onto over under against between during through across
  toward towards about around along also again said says had been be being amid despite following via per than then this
  these those it its their his her our they he she we you yet so if not late early earlier later last this next now today
  tonight yesterday overnight city's recently`.split(/\s+/),
);

function insideLongerName(tokens: Token[], i: number, s: Sentence): boolean {
  const prev = tokens[i - 1];
  return (
    !!prev &&
    prev.cap &&
    !prev.possessive &&
    /^\s+$/.test(prev.gap) &&
    !s.headline &&
    i - 1 > 0 &&
    !QUALIFIERS.has(prev.lower)
  );
}

const COMPASS =
  /^(north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest)$/;

/**
 * Words that belong to the name though the gazetteer indexes it without them:
 * "Republic of Armenia" (a country), "North Africa", "Central Asia" (a continent's part:
 * its point stays the continent's).
 */
function extendSpan(text: string, tokens: Token[], m: Mention): void {
  const i = m.tokenStart;
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  const kind = m.candidates[0];
  if (
    kind?.type === 'country' &&
    p1?.lower === 'of' &&
    p2?.text === 'Republic' &&
    /^\s+$/.test(p1.gap) &&
    /^\s+$/.test(p2.gap)
  ) {
    m.start = p2.start;
    m.tokenStart = i - 2;
  } else if (kind?.code === 'CONT' && p1?.cap && COMPASS.test(p1.lower) && /^\s+$/.test(p1.gap)) {
    m.start = p1.start;
    m.tokenStart = i - 1;
  }
  m.text = text.slice(m.start, m.end);
}

/** Words after a name that make it a company's. */
const ORG_SUFFIX = new Set(
  'group inc corp corporation ltd llc plc holdings company co gmbh ag sa bank airlines motors foods'.split(
    ' ',
  ),
);

function admitSingle(
  gazetteer: Gazetteer,
  tokens: Token[],
  i: number,
  s: Sentence,
  lowerWords: ReadonlySet<string>,
  persons: Set<string>,
  key: string,
  smallOnly: boolean,
): boolean {
  const t = tokens[i]!;
  if (persons.has(key)) return false;
  // A given name on its own, or a small place that "said" something: a person
  // (not "residents of Binyamina said", "officials in Kunduz said": a place's people).
  const nx = tokens[i + 1];
  const afterPrep = /^(of|in|from|at|near|around|across)$/.test(tokens[i - 1]?.lower ?? '');
  if (FIRST_NAMES.has(t.lower) && !t.allCaps) {
    persons.add(key);
    return false;
  }
  if (
    nx &&
    /^\s+$/.test(t.gap) &&
    /^(said|says|told|added|explained|wrote|noted|asked|argued|insisted|recalled)$/.test(
      nx.lower,
    ) &&
    smallOnly &&
    !afterPrep
  ) {
    persons.add(key);
    return false;
  }
  const pv = tokens[i - 1];
  if (smallOnly && pv) {
    // "Said Allen, ..." / "..., said Allen.": speech verb before a small place's name that ends the clause.
    if (
      /^(said|says|told|added|wrote|asked)$/.test(pv.lower) &&
      /^\s+$/.test(pv.gap) &&
      (!nx || /^[,.;:!?]/.test(t.gap))
    ) {
      persons.add(key);
      return false;
    }
    // "Gino D. Bassett": a middle or first initial before it.
    if (/^\p{Lu}$/u.test(pv.text) && /^\.\s+$/.test(pv.gap) && tokens[i - 2]?.cap) {
      persons.add(key);
      return false;
    }
  }
  // "Monex Group", "Bassett Furniture Inc.": a small place's name inside a company's.
  if (smallOnly && nx && /^\s+$/.test(t.gap) && ORG_SUFFIX.has(nx.lower)) {
    persons.add(key);
    return false;
  }
  if (t.text.length < 3 && !t.allCaps) return false;
  if (t.allCaps && t.lower.length <= 5) return ALLCAPS_OK.has(t.text.replace(/\./g, ''));
  if (/['’ʼ](m|ll|re|ve|d|t)$/i.test(t.text)) return false;
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false; // CEOs
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) && !/^(Mc|Mac)/.test(t.text)) return false; // MoD, YouTube
  if (!t.cap) return false;
  if (STOP.has(t.lower)) return false;
  if (demonymCountry(gazetteer, t.text)) return false;
  const initial = i === 0 || /["“‘(]\s*$/.test(tokens[i - 1]?.gap ?? '') || s.headline;
  if (initial && (lowerWords.has(t.lower) || STOP_INITIAL.has(t.lower))) return false;
  // Inside a longer proper name: "Lloyd Austin" (previous capitalised word that is not a place and not a qualifier).
  const prev = tokens[i - 1];
  if (
    prev &&
    prev.cap &&
    !prev.possessive &&
    /^\s+$/.test(prev.gap) &&
    !s.headline &&
    !(i - 1 === 0 && (STOP.has(prev.lower) || lowerWords.has(prev.lower))) &&
    !QUALIFIERS.has(prev.lower)
  ) {
    if (smallOnly) persons.add(key); // a surname: "Ray Allen" ... "Allen said"
    return false;
  }
  return true;
}

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
