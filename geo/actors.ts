// Actors: who carried out a strike or an attack, as the sentence says it ("a US
// drone strike", "targeted by an Iran-backed militia", "Iran has conducted ...
// strikes"), and what kind of actor that is: a state's armed forces, a non-state
// armed group, or unknown. Types come from the actor table
// (geo/gazetteer/data/actors.json, every entry with its source), its generic nouns
// ("militants", "the army"), and country names and demonyms ("Russian forces").
// Pure.
import { PERFECT_AUX, VERB_ADVERB, wordSet } from './lexicon.ts';
import type { Means } from './types.ts';
import type { Token } from './mentions.ts';
import type { ResolvedMention } from './resolve.ts';
import table from './gazetteer/data/actors.json';

/** The mention covering a token of the sentence, if any (an index built once per sentence). */
export type MentionAt = (token: number) => ResolvedMention | undefined;

/** The token index of a sentence's mentions. */
export function mentionIndex(ments: readonly ResolvedMention[]): MentionAt {
  const byToken = new Map<number, ResolvedMention>();
  for (const m of ments) for (let i = m.tokenStart; i < m.tokenEnd; i++) byToken.set(i, m);
  return (token) => byToken.get(token);
}

/** `police`: a state's police, whose raids and arrests are neither strikes nor attacks. */
export type ActorType = 'state' | 'nonstate' | 'police' | 'unknown';

export interface Actor {
  text: string;
  type: ActorType;
  /** The means an actor's entry implies (an air force: air), if any. */
  means: Means | null;
  /** The mention naming the actor, if any (never an event location). */
  mention?: ResolvedMention;
  /** "by the group": stands for the armed group the article named last. */
  anaphor?: boolean;
}

interface Entry {
  id: string;
  name: string;
  type: 'state' | 'nonstate';
  means?: Means | null;
  aliases: string[];
}

/** A name as the table matches it: lower case, words only ("Hamas's" = "hamas"). */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

type GenericType = 'state' | 'nonstate' | 'police';

/** Every alias and generic noun (normalised) with what it names. */
const BY_ALIAS = new Map<string, Entry>();
for (const entry of table.entries as Entry[])
  for (const a of entry.aliases) BY_ALIAS.set(norm(a), entry);
/** The table's actors by their names (for an editor's suggestions), in alphabetical order. */
export function actorNames(): string[] {
  return (table.entries as Entry[]).map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en'));
}
const generic = table.generic as { state: string[]; nonstate: string[]; police?: string[] };
const BY_GENERIC = new Map<string, GenericType>();
for (const [type, list] of [
  ['police', generic.police ?? []],
  ['state', generic.state],
  ['nonstate', generic.nonstate],
] as const)
  for (const w of list) BY_GENERIC.set(norm(w), type);
const MAX_WORDS = Math.max(
  ...[...BY_ALIAS.keys(), ...BY_GENERIC.keys()].map((k) => k.split(' ').length),
);

/**
 * The longest run of words in `words` that `map` holds, with what it names
 * (ties: the earliest). Linear in the words (runs of at most MAX_WORDS).
 */
function longestIn<T>(words: readonly string[], map: ReadonlyMap<string, T>): T | undefined {
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const hit = map.get(words.slice(i, i + n).join(' '));
      if (hit !== undefined) return hit;
    }
  return undefined;
}

const wordsOf = (text: string) => norm(text).split(' ').filter(Boolean);

/** The table's entry named in a text, if any (the longest alias wins). */
export function tableEntry(text: string): Entry | undefined {
  return longestIn(wordsOf(text), BY_ALIAS);
}

/**
 * The type of an actor named `text`: its table entry; else its longest generic
 * noun ("Palestinian militants", "government forces"); else a country's name or
 * demonym alone ("US", "Israeli") is that state.
 */
export function typeOfActor(
  text: string,
  mention?: ResolvedMention,
): { type: ActorType; means: Means | null } {
  const words = wordsOf(text);
  const e = longestIn(words, BY_ALIAS);
  if (e) return { type: e.type, means: e.means ?? null };
  const g = longestIn(words, BY_GENERIC);
  if (g) return { type: g, means: null };
  if (mention && (mention.role === 'demonym' || mention.place?.type === 'country'))
    return { type: 'state', means: null };
  return { type: 'unknown', means: null };
}

/** Whether the sentence names an armed actor of the table or a generic armed noun. */
export function namesArmedActor(toks: readonly Token[]): boolean {
  const words = wordsOf(toks.map((x) => x.text).join(' '));
  return !!longestIn(words, BY_ALIAS) || longestIn(words, ARMED_GENERIC) !== undefined;
}

/**
 * The tokens of the sentence inside a table name of two words or more ("Islamic
 * State West Africa Province", "Kurdistan Workers' Party"): a place named there is
 * part of an actor's name, not a place of the sentence. Longest names first.
 */
export function actorNameTokens(toks: readonly Token[]): Set<number> {
  const out = new Set<number>();
  const w = toks.map((t) => norm(t.text));
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap) continue;
    for (let n = Math.min(MAX_WORDS, toks.length - i); n >= 2; n--) {
      if (!BY_ALIAS.has(w.slice(i, i + n).join(' '))) continue;
      for (let j = i; j < i + n; j++) out.add(j);
      i += n - 1;
      break;
    }
  }
  return out;
}

const ARMED_GENERIC = new Map([...BY_GENERIC].filter(([, t]) => t !== 'police'));

const NOT_ACTOR = wordSet(
  'one two three four five six seven eight nine ten dozens several many some multiple more are is was were be been has have had will would the a an in on at of last since after before these this that those its their his her our new more another further fresh recent major heavy deadly early late overnight friday saturday sunday monday tuesday wednesday thursday january february march april may june july august september october november december',
);
/** Words between an actor and its cue: "US drone strike", "Russian missile attacks". */
const MODIFIERS = wordSet(
  'drone drones missile missiles rocket rockets air artillery mortar mortars ballistic cruise one way uav uavs shahed precision retaliatory deadly fresh new overnight of series barrage suicide car bombs bomb shells munitions guided glide and',
);
/** Agent nouns after a demonym or name: "Palestinian militants fired", "Russian forces shelled". */
const AGENT =
  /^(militants?|fighters?|forces|troops|soldiers?|gunmen|gunman|rebels?|militia|militias|militiamen|jets?|warplanes?|aircraft|army|military|navy|artillery|drones?|insurgents?|paramilitaries|jihadists?|bombers?|commandos|tanks|infantry|police|policemen|gunships?|helicopters?)$/;
/** Lower-case words between a name and its agent noun: "US special forces", "Israeli fighter jets". */
const AGENT_ADJ =
  /^(special|fighter|elite|armed|allied|air|naval|ground|security|government|regime|pro|backed|led|aligned|guided|regular)$/;
/** "by the group", "by the militia": a group named earlier, not a name. */
const GROUP_ANAPHOR = /^(group|militia|movement|organi[sz]ation|faction)$/;
/** "fighters aligned with Iran": the phrase goes on to the name. */
const AFFILIATED = /^(aligned|affiliated|allied|linked|loyal|close)$/;
const CUE_LIKE =
  /^(strikes?|struck|attacks?|attacked|hit|hits|targeted|targeting|fired|launched|bomb(s|ed|ing)?|shell(s|ed|ing)?|raid(s|ed)?|stormed)$/;

const join = (toks: readonly Token[], a: number, b: number) =>
  toks
    .slice(a, b)
    .map((x, n, arr) => x.text + (n < arr.length - 1 ? x.gap : ''))
    .join('')
    .trim();

/** A capitalised name or a located mention right before the cue ("US drone strike", "RSF attacks", "Iran had fired"). */
function actorBefore(toks: readonly Token[], k: number, at: MentionAt) {
  let j = k - 1;
  // "Russia had launched", "Hezbollah has also fired": a name, the auxiliary, the cue.
  const adverb = j > 1 && VERB_ADVERB.test(toks[j]!.lower) ? 1 : 0;
  if (j - adverb > 0 && PERFECT_AUX.test(toks[j - adverb]!.lower) && toks[j - adverb - 1]!.cap)
    j -= adverb + 1;
  while (j >= 0 && j >= k - 4 && MODIFIERS.has(toks[j]!.lower)) j--;
  let agent = '';
  if (j >= 0 && !toks[j]!.cap && AGENT.test(toks[j]!.lower)) {
    const end = j;
    while (j - 1 >= 0 && j > end - 3 && !toks[j - 1]!.cap && AGENT_ADJ.test(toks[j - 1]!.lower))
      j--;
    agent = join(toks, j, end + 1);
    const prev = toks[j - 1];
    if (!prev || !/^[\s-]+$/.test(prev.gap) || !prev.cap || NOT_ACTOR.has(prev.lower))
      return { text: agent, mention: undefined };
    j--;
  }
  if (j < 0 || !toks[j]!.cap) return null;
  if (toks.slice(j, k).some((t) => /[.,;:!?()]/.test(t.gap))) return null;
  const m = at(j);
  let text: string;
  if (m) {
    // "the Baghdad bombing", "Kyiv blasts": a town before the cue is where, not who.
    if (m.role === 'place' && m.place?.type !== 'country' && !agent) return null;
    text = m.text;
  } else {
    const t = toks[j]!;
    if (NOT_ACTOR.has(t.lower) || CUE_LIKE.test(t.lower) || MODIFIERS.has(t.lower)) return null;
    // "Shellfire hit", "Debris struck": a sentence's first word that is no name.
    if (j === 0 && !tableEntry(t.text) && !agent) return null;
    let i = j;
    while (
      i - 1 >= 0 &&
      i > j - 3 &&
      toks[i - 1]!.cap &&
      /^[\s-]+$/.test(toks[i - 1]!.gap) &&
      !NOT_ACTOR.has(toks[i - 1]!.lower) &&
      !CUE_LIKE.test(toks[i - 1]!.lower)
    )
      i--;
    text = join(toks, i, j + 1);
  }
  return { text: agent ? `${text} ${agent}` : text, mention: m };
}

/** "targeted by an Iran-backed militia", "carried out by the RSF". */
function actorAfter(toks: readonly Token[], k: number) {
  for (let j = k + 1; j < Math.min(toks.length, k + 6); j++) {
    if (/[.;:!?]/.test(toks[j - 1]!.gap)) return null;
    if (toks[j]!.lower !== 'by') continue;
    let a = j + 1;
    while (a < toks.length && /^(a|an|the|its|their|suspected|alleged)$/.test(toks[a]!.lower)) a++;
    let b = a;
    while (b < toks.length && b < a + 3) {
      const t = toks[b]!;
      if (CUE_LIKE.test(t.lower) || /^(also|had|has|was|were|is|are|then|later)$/.test(t.lower))
        break;
      b++;
      if (
        /[,.;:!?]/.test(t.gap) ||
        /^(in|on|at|near|and|who|which|that|with|since|after|during)$/.test(toks[b]?.lower ?? '')
      )
        break;
    }
    if (b <= a) return null;
    if (b - a === 1 && toks[a - 1]?.lower === 'the' && GROUP_ANAPHOR.test(toks[a]!.lower))
      return { text: toks[a]!.text, anaphor: true };
    // "fighters aligned with Iran", "militias loyal to the government" (up to 3 more words).
    if (
      AFFILIATED.test(toks[b - 1]!.lower) &&
      /^(with|to)$/.test(toks[b]?.lower ?? '') &&
      !/[,.;:!?]/.test(toks[b - 1]!.gap)
    ) {
      let c = b + 1;
      if (toks[c]?.lower === 'the') c++;
      const start = c;
      while (c < toks.length && c < start + 3 && (toks[c]!.cap || c === start)) {
        c++;
        if (/[,.;:!?]/.test(toks[c - 1]!.gap)) break;
      }
      if (c > start) b = c;
    }
    // "by shellfire", "by two anti-ship missiles": the means, not an actor.
    if (
      toks
        .slice(a, b + 2)
        .some(
          (t) => MODIFIERS.has(t.lower) || /^(shells?|fire|shellfire|gunfire)$/.test(t.lower),
        ) ||
      NOT_ACTOR.has(toks[a]!.lower)
    )
      return null;
    return { text: join(toks, a, b), from: a, to: b };
  }
  return null;
}

/** "Iran has conducted a series of missile strikes", "The US claimed that its attacks": the subject. */
function subjectActor(toks: readonly Token[], k: number, at: MentionAt) {
  const isState = (m: ResolvedMention) => m.role === 'demonym' || m.place?.type === 'country';
  // The subject opens the sentence (its first five words) and the cue follows within ten.
  if (k > 20) return null;
  let subj: ResolvedMention | undefined;
  for (let j = 0; j <= 4 && !subj; j++) {
    const m = at(j);
    if (m && m.tokenStart === j && m.tokenEnd <= k && isState(m)) subj = m;
  }
  if (!subj) return null;
  const prev = toks[subj.tokenStart - 1];
  if (prev && !/,\s*$/.test(prev.gap) && !/^(the|both)$/.test(prev.lower)) return null;
  let end = subj.tokenEnd;
  // "American and British forces": coordinated names.
  for (;;) {
    const nxt = toks[end]?.lower === 'and' ? at(end + 1) : undefined;
    if (!nxt || nxt.tokenStart !== end + 1 || !isState(nxt)) break;
    end = nxt.tokenEnd;
  }
  const between = toks.slice(end, k);
  if (between.some((t) => t.cap) || between.length > 10) return null;
  const words = between.map((t) => t.lower);
  // "... conducted strikes", "its attacks", "said its aircraft had struck".
  const own = words.findIndex((w) => w === 'its' || w === 'their');
  const verb =
    words.some((w) =>
      /^(conducted|launched|carried|fired|began|staged|mounted|unleashed|used|dropped)$/.test(w),
    ) ||
    words[words.length - 1] === 'its' ||
    (own >= 0 && AGENT.test(words[own + 1] ?? ''));
  if (!verb) return null;
  const agent = words.find((w) => AGENT.test(w));
  return {
    text: end > subj.tokenEnd ? join(toks, subj.tokenStart, end) : subj.text,
    mention: subj,
    agent,
  };
}

/**
 * "the Houthi movement, following their series of missile and drone attacks":
 * "its"/"their" before the cue stands for the nearest armed actor named before it
 * in the sentence.
 */
function pronounActor(toks: readonly Token[], k: number) {
  let j = k - 1;
  while (j >= 0 && j >= k - 5 && MODIFIERS.has(toks[j]!.lower)) j--;
  if (j < 0 || !/^(its|their)$/.test(toks[j]!.lower)) return null;
  for (let i = j - 1; i >= 0 && i >= j - 25; i--)
    for (let n = Math.min(4, j - i); n >= 1; n--) {
      const key = norm(join(toks, i, i + n));
      if (BY_ALIAS.has(key) || BY_GENERIC.has(key))
        return { text: join(toks, i, i + n), mention: undefined };
    }
  return null;
}

/**
 * An actor named earlier in the cue's clause by the table or a generic noun
 * ("Hamas said its fighters had attacked", "Militants in Hama province shelled"),
 * the nearest first.
 */
function namedActorBefore(toks: readonly Token[], k: number, at: MentionAt) {
  // The clause's subject: only articles, conjunctions and relative words before it.
  let start = k;
  while (start > 0 && start > k - 25 && !clauseMark(toks, start - 1)) start--;
  let i = start;
  while (i < k && CLAUSE_OPENER.test(toks[i]!.lower)) i++;
  for (let n = Math.min(6, k - i); n >= 1; n--) {
    const key = norm(join(toks, i, i + n));
    if (BY_ALIAS.has(key) || BY_GENERIC.has(key)) return { text: join(toks, i, i + n) };
  }
  // "Ukrainian drones flew 1,000 km to hit", "said that Turkish drones had been
  // carrying out strikes": a country or its demonym with an agent noun, the nearest
  // before the cue in its clause, with only lower-case words that are no cue between.
  for (let j = k - 1; j >= start && j >= k - 12; j--) {
    const m = at(j);
    if (!m || m.tokenStart !== j || (m.role !== 'demonym' && m.place?.type !== 'country')) continue;
    let e = m.tokenEnd;
    while (e < k && e < m.tokenEnd + 2 && AGENT_ADJ.test(toks[e]!.lower)) e++;
    if (e >= k || !AGENT.test(toks[e]!.lower) || !/^[\s-]+$/.test(toks[e - 1]!.gap)) continue;
    const between = toks.slice(e + 1, k);
    if (between.length <= 6 && between.every((t) => !t.cap && !CUE_LIKE.test(t.lower)))
      return { text: join(toks, j, e + 1), mention: m };
  }
  return null;
}

/** A clause mark after token t: punctuation, but not the comma of "1,000". */
const clauseMark = (toks: readonly Token[], t: number) =>
  /[.;:!?,]/.test(toks[t]!.gap) &&
  !(toks[t]!.gap === ',' && /\d$/.test(toks[t]!.text) && /^\d{3}$/.test(toks[t + 1]?.text ?? ''));

/** Words that may open a clause before its subject. */
const CLAUSE_OPENER =
  /^(the|a|an|suspected|alleged|armed|unidentified|unknown|and|but|while|where|when|as|then)$/;

/** The actor of the cue at token k, typed; null when the sentence names none. */
export function actorOf(toks: readonly Token[], k: number, at: MentionAt): Actor | null {
  const before = actorBefore(toks, k, at) ?? pronounActor(toks, k);
  // "Serb gunmen opened fire": a cue that is itself an agent noun is part of the actor.
  if (before && AGENT.test(toks[k]!.lower)) before.text = `${before.text} ${toks[k]!.lower}`;
  if (before) {
    const typed = typeOfActor(before.text, before.mention);
    const a: Actor = { text: before.text, ...typed };
    if (before.mention) a.mention = before.mention;
    return a;
  }
  const after = actorAfter(toks, k);
  if (after) {
    if ('anaphor' in after)
      return { text: after.text, type: 'nonstate', means: null, anaphor: true };
    let named: ResolvedMention | undefined;
    for (let j = after.from; j < after.to && !named; j++) {
      const m = at(j);
      if (m && m.tokenStart >= after.from && m.tokenEnd <= after.to) named = m;
    }
    const a: Actor = { text: after.text, ...typeOfActor(after.text, named) };
    if (named) a.mention = named;
    return a;
  }
  const subj = subjectActor(toks, k, at);
  if (subj) {
    const typed = typeOfActor(subj.agent ? `${subj.text} ${subj.agent}` : subj.text, subj.mention);
    return { text: subj.text, ...typed, mention: subj.mention };
  }
  const named = namedActorBefore(toks, k, at);
  if (named) {
    const a: Actor = { text: named.text, ...typeOfActor(named.text, named.mention) };
    if (named.mention) a.mention = named.mention;
    return a;
  }
  return null;
}
