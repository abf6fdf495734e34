// Stage 5: event classification. For each sentence, finds strike and attack
// cues, the actor of each cue when the article states it, and the places where
// the event happened: places governed by a locative preposition ("in", "on",
// "at", "near", "targeting" ...), lists continuing them ("in Syria, Iraq and
// Pakistan"), appositions ("in the Syrian capital, Damascus") and passive
// subjects ("X was targeted by ..."). Places that are only actors ("Iran-backed",
// "US forces", "Yemen's Houthis"), origins ("fired from X") or a speaker's
// location ("said in Washington") are not event locations. Pure.
import type { EventKind } from './types.ts';
import type { Token } from './mentions.ts';
import type { ResolvedMention } from './resolve.ts';
import { QUALIFIERS } from './lexicon.ts';
import { pairFeatures } from './attach/features.ts';
import { ATTACH_MODEL } from './attach/model.ts';
import { probability, type LinearModel } from './linear.ts';

const NOT_ACTOR = new Set(
  'are is was were be been has have had will would the a an in on at of last since after before these this that those its their his her our new more another further fresh recent major heavy deadly early late overnight friday saturday sunday monday tuesday wednesday thursday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

export type CueClass = 'strike' | 'attack' | 'assault' | 'weak';

export interface Cue {
  sentence: number;
  token: number;
  /** [start, end) of the cue word in the article. */
  start: number;
  end: number;
  cls: CueClass;
  text: string;
  actor: string | null;
  /** Whether the actor is a state (its armed forces): their attacks are strikes. */
  stateActor: boolean;
  /** The mention naming the actor, if any (never an event location). */
  actorMention?: ResolvedMention;
  /** "by the group" with no group named before: some group, so no state's actor carries over. */
  unnamedGroup?: boolean;
}

export interface LocatedEvent {
  kind: Exclude<EventKind, 'mention'>;
  mention: ResolvedMention;
  cue: Cue;
  actor: string | null;
}

const STRIKE_WORDS = new Set(
  'airstrike airstrikes strike strikes struck bombed bombing bombings bombardment bombardments bombard bombarded bombarding shelling shelled shells pounded pounding airstrikes raids blitz'.split(
    ' ',
  ),
);
const ATTACK_WORDS = new Set('attack attacks attacked attacking'.split(' '));
const ASSAULT_WORDS = new Set(
  'assault assaults assaulted gunmen ambush ambushed ambushes stormed storming raided raid gunfire'.split(
    ' ',
  ),
);
const WEAK_WORDS = new Set('targeted targeting hit hits hitting fired launched'.split(' '));
/** Verbs that take the struck place as direct object ("Israel strikes Lebanon", "missiles pound Kharkiv"). */
const TRANSITIVE = new Set(
  'strike strikes struck attack attacks attacked attacking pound pounds pounded bomb bombs bombed shell shells shelled hit hits target targets targeted targeting raid raids raided storm storms stormed'.split(
    ' ',
  ),
);
/** Agent nouns after a demonym/name: "Palestinian militants fired", "Russian forces shelled". */
const AGENT =
  /^(militants|fighters|forces|troops|soldiers|gunmen|rebels|militia|militias|jets|warplanes|aircraft|army|military|navy|artillery|drones|insurgents|paramilitaries)$/;
const STATE_AGENT =
  /^(forces|troops|soldiers|jets|warplanes|aircraft|army|military|navy|artillery)$/;
const NON_STATE =
  /(militia|rebel|group|fighters|gunmen|militants|insurgents|paramilitar|hamas|hezbollah|houthi|rsf|isis|islamic state|al-shabaab|jihad)/i;

const WEAPON = new Set(
  'drone drones missile missiles rocket rockets air artillery mortar mortars ballistic cruise one way uav uavs shahed precision retaliatory deadly fresh new overnight'.split(
    ' ',
  ),
);

const DETERMINERS = new Set(
  'the a an its their his her this that these several two three some many nearby neighbouring neighboring coastal rural remote key besieged occupied strategic'.split(
    ' ',
  ),
);
const APPOSITION = new Set(
  'capital city town village port province region district camp area enclave territory strip governorate oblast county state'.split(
    ' ',
  ),
);
const CUE_NOUN =
  /^(shelling|bombardment|bombing|bombings|attack|attacks|strikes|assault|siege|targeting)$/;
const CLAUSE_BREAK = new Set(
  'since after before when while because although though during following amid which that who whom where said says but despite until'.split(
    ' ',
  ),
);

/** Prepositions and verbs that introduce an event's location. */
const LOC_PREP = new Set(
  'in on at near targeting targeted into over across around outside inside against hit struck shelled bombed pounded toward towards attacked striking hitting'.split(
    ' ',
  ),
);
/** Nouns after which "of X" is a location ("outskirts of X", "the city of X"). */
const SPATIAL = new Set(
  'outskirts coast city town village province region area centre center north south east west suburbs suburb port part parts district governorate capital vicinity edge heart streets outside'.split(
    ' ',
  ),
);
const SPEECH = new Set(
  'said says told stated announced spoke speaking statement conference briefing interview added wrote tweeted posted claimed'.split(
    ' ',
  ),
);
const FORCE_NOUNS =
  /^(forces|troops|personnel|soldiers|military|army|interests|positions|targets|bases|base|service|servicemen|navy|warships|vessels|ships|embassy|officials|government|diplomats|citizens|nationals)$/;
const STATE_WORDS =
  /\b(army|military|air force|armed forces|navy|idf|troops|government|coalition|us|u\.s\.|uk)\b/i;

function cueClass(toks: Token[], k: number): CueClass | null {
  const w = toks[k]!.lower;
  if (STRIKE_WORDS.has(w)) {
    // "strike" in "strike force"/"hunger strike" ignored only for labour strikes.
    if (
      (w === 'strike' || w === 'strikes') &&
      /^(hunger|general|labour|labor|workers|teachers)$/.test(toks[k - 1]?.lower ?? '')
    )
      return null;
    return 'strike';
  }
  if (w === 'raids' && toks[k - 1]?.lower === 'air') return 'strike';
  if (ATTACK_WORDS.has(w)) return 'attack';
  if (ASSAULT_WORDS.has(w)) return 'assault';
  if (w === 'pound' || w === 'pounds' || w === 'bomb' || w === 'bombs') return 'strike';
  if (WEAK_WORDS.has(w)) {
    if (w === 'fired' || w === 'launched') {
      // "rockets fired at", "fired rockets", "launched drones at"
      const near = toks.slice(Math.max(0, k - 3), k + 4).map((t) => t.lower);
      if (!near.some((x) => WEAPON.has(x) || x === 'shells')) return null;
    }
    return 'weak';
  }
  return null;
}

/** Capitalised run or located mention right before the cue ("US drone strike", "Israeli airstrikes", "RSF attacks"). */
interface ActorHit {
  actor: string;
  state: boolean;
  mention?: ResolvedMention;
  /** "by the group": stands for the armed group the article last named. */
  anaphor?: boolean;
}

/** "by the group", "by the militia": a group named earlier, not a name. */
const GROUP_ANAPHOR = /^(group|militia|movement|organi[sz]ation|faction)$/;
/** "fighters aligned with Iran": the phrase goes on to the name. */
const AFFILIATED = /^(aligned|affiliated|allied|linked|loyal|close)$/;

const RANK: Record<string, number> = { site: 0, city: 0, region: 1, country: 2, water: 1 };

/** "al-Qaim, a town ... in western Anbar province": Anbar is al-Qaim's container, not a second event. */
function containerOfLocated(
  m: ResolvedMention,
  located: Set<ResolvedMention>,
  toks: Token[],
): boolean {
  for (const l of located) {
    if (l.tokenEnd > m.tokenStart || m.tokenStart - l.tokenEnd > 10) continue;
    if (!l.place || !m.place || RANK[m.place.type]! <= RANK[l.place.type]!) continue;
    const between = toks.slice(l.tokenEnd, m.tokenStart).map((t) => t.lower);
    if (between.some((w) => w === 'and' || w === 'or' || CLAUSE_BREAK.has(w))) continue;
    if (
      between.length === 0 ||
      between.some((w) => w === 'in' || w === 'of' || w === 'near' || w === 'on') ||
      /,\s*$/.test(toks[l.tokenEnd - 1]!.gap)
    )
      return true;
  }
  return false;
}

function actorBefore(toks: Token[], k: number, ments: ResolvedMention[]): ActorHit | null {
  let j = k - 1;
  while (
    j >= 0 &&
    j >= k - 4 &&
    (WEAPON.has(toks[j]!.lower) ||
      /^(one|way|of|series|fresh|new|deadly|barrage)$/.test(toks[j]!.lower))
  )
    j--;
  let agent = '';
  if (
    j >= 0 &&
    !toks[j]!.cap &&
    AGENT.test(toks[j]!.lower) &&
    /^\s+$/.test(toks[j - 1]?.gap ?? '')
  ) {
    agent = toks[j]!.lower;
    j--;
  }
  if (j < 0 || !toks[j]!.cap) return null;
  if (/[.,;:!?]/.test(toks[j]!.gap) && j !== k - 1) return null;
  const m = ments.find((x) => x.tokenStart <= j && x.tokenEnd > j);
  let text: string;
  let endTok = j;
  if (m) text = m.text;
  else {
    const t = toks[j]!;
    if (
      NOT_ACTOR.has(t.lower) ||
      TRANSITIVE.has(t.lower) ||
      WEAPON.has(t.lower) ||
      STRIKE_WORDS.has(t.lower) ||
      ATTACK_WORDS.has(t.lower)
    )
      return null;
    let i = j;
    while (
      i - 1 >= 0 &&
      i > j - 2 &&
      toks[i - 1]!.cap &&
      /^[\s-]+$/.test(toks[i - 1]!.gap) &&
      !NOT_ACTOR.has(toks[i - 1]!.lower) &&
      !TRANSITIVE.has(toks[i - 1]!.lower)
    )
      i--;
    text = toks
      .slice(i, j + 1)
      .map((x, n, a) => x.text + (n < a.length - 1 ? x.gap : ''))
      .join('');
  }
  if (agent) text = `${text} ${agent}`;
  void endTok;
  const stateName = !!m && (m.role === 'demonym' || m.place?.type === 'country');
  const state = agent
    ? stateName && STATE_AGENT.test(agent)
    : stateName || (STATE_WORDS.test(text) && !NON_STATE.test(text));
  return m ? { actor: text, state, mention: m } : { actor: text, state };
}

/** "targeted by an Iran-backed militia", "carried out by the RSF". */
function actorAfter(toks: Token[], k: number): ActorHit | null {
  for (let j = k + 1; j < Math.min(toks.length, k + 6); j++) {
    if (/[.;:!?]/.test(toks[j - 1]!.gap)) return null;
    if (toks[j]!.lower !== 'by' && toks[j]!.lower !== 'from') continue;
    let a = j + 1;
    while (a < toks.length && /^(a|an|the|its|their|suspected|alleged)$/.test(toks[a]!.lower)) a++;
    let b = a;
    while (b < toks.length && b < a + 3) {
      const t = toks[b]!;
      if (
        WEAK_WORDS.has(t.lower) ||
        STRIKE_WORDS.has(t.lower) ||
        ATTACK_WORDS.has(t.lower) ||
        /^(also|had|has|was|were|is|are|then|later)$/.test(t.lower)
      )
        break;
      b++;
      if (
        /[,.;:!?]/.test(t.gap) ||
        /^(in|on|at|near|and|who|which|that|with|since|after|during)$/.test(toks[b]?.lower ?? '')
      )
        break;
    }
    if (b <= a) return null;
    if (
      b - a === 1 &&
      toks[a - 1]?.lower === 'the' &&
      !toks[a]!.cap &&
      GROUP_ANAPHOR.test(toks[a]!.lower)
    )
      return { actor: toks[a]!.text, state: false, anaphor: true };
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
    const run = toks.slice(a, b);
    const text = run
      .map((t, n) => t.text + (n < run.length - 1 ? t.gap : ''))
      .join('')
      .trim();
    if (
      toks
        .slice(a, b + 1)
        .some(
          (t) =>
            WEAPON.has(t.lower) ||
            /^(shells?|fire|gunfire|missiles?|rockets?|drones?)$/.test(t.lower),
        )
    )
      return null;
    return {
      actor: text,
      state: STATE_WORDS.test(text) && !/(militia|rebel|group|fighters|gunmen)/i.test(text),
    };
  }
  return null;
}

/** "Iran has conducted a series of missile strikes" / "The US claimed that its attacks": the sentence subject. */
function subjectActor(toks: Token[], k: number, ments: ResolvedMention[]): ActorHit | null {
  const subj = ments.find(
    (m) =>
      m.tokenStart <= 4 && m.tokenEnd <= k && (m.role === 'demonym' || m.place?.type === 'country'),
  );
  if (!subj) return null;
  const prev = toks[subj.tokenStart - 1];
  if (prev && !/,\s*$/.test(prev.gap) && !/^(the|both)$/.test(prev.lower)) return null;
  let end = subj.tokenEnd;
  // "American and British forces": coordinated names.
  for (;;) {
    const nxt = ments.find(
      (m) =>
        m.tokenStart === end + 1 &&
        toks[end]!.lower === 'and' &&
        (m.role === 'demonym' || m.place?.type === 'country'),
    );
    if (!nxt) break;
    end = nxt.tokenEnd;
  }
  const between = toks.slice(end, k);
  if (between.some((t) => t.cap) || between.length > 10) return null;
  const words = between.map((t) => t.lower);
  const subjText =
    end > subj.tokenEnd
      ? toks
          .slice(subj.tokenStart, end)
          .map((x, n, a) => x.text + (n < a.length - 1 ? x.gap : ''))
          .join('')
      : subj.text;
  const verb =
    words.some((w) =>
      /^(conducted|launched|carried|fired|began|staged|mounted|unleashed|used)$/.test(w),
    ) || words[words.length - 1] === 'its';
  if (!verb) return null;
  const agent = words.find((w) => AGENT.test(w));
  return { actor: subjText, state: agent ? STATE_AGENT.test(agent) : true, mention: subj };
}

function isLocationMention(m: ResolvedMention): boolean {
  if (!m.place || m.role !== 'place') return false;
  if (m.possessive) return false;
  return true;
}

/** Whether mention m is introduced as a location (returns the index of the governing word, or -1). */
function locativeHead(
  toks: Token[],
  m: ResolvedMention,
  located: Set<ResolvedMention>,
  ments: ResolvedMention[],
): number {
  let j = m.tokenStart - 1;
  let skipped = 0;
  while (j >= 0 && skipped <= 4) {
    const t = toks[j]!;
    if (/[.;:!?]/.test(t.gap)) return -1;
    if (LOC_PREP.has(t.lower)) {
      // a speaker's location: "said in Washington"
      const before = toks.slice(Math.max(0, j - 2), j).map((x) => x.lower);
      if (
        before.some((w) => SPEECH.has(w)) &&
        !before.some((w) => STRIKE_WORDS.has(w) || ATTACK_WORDS.has(w) || WEAK_WORDS.has(w))
      )
        return -1;
      return j;
    }
    if (
      t.lower === 'of' &&
      (SPATIAL.has(toks[j - 1]?.lower ?? '') || CUE_NOUN.test(toks[j - 1]?.lower ?? ''))
    )
      return j;
    if (
      TRANSITIVE.has(t.lower) &&
      /^\s+$/.test(t.gap) &&
      !/^(the|a|an)$/.test(toks[j - 1]?.lower ?? '')
    )
      return j;
    // list continuation: "in Syria, Iraq, and Pakistan", "the Red Sea and Gulf of Aden"
    if ((t.lower === 'and' || t.lower === 'or' || /,\s*$/.test(t.gap)) && skipped === 0) {
      const prevM = ments.find(
        (x) => x.tokenEnd === (t.lower === 'and' || t.lower === 'or' ? j : j + 1) && located.has(x),
      );
      if (prevM) return j;
      if (t.lower === 'and' || t.lower === 'or') {
        const p2 = ments.find((x) => x.tokenEnd === j && located.has(x));
        if (p2) return j;
      }
    }
    const inner = ments.find((x) => x.tokenStart <= j && x.tokenEnd > j);
    const ok =
      QUALIFIERS.has(t.lower) ||
      DETERMINERS.has(t.lower) ||
      (APPOSITION.has(t.lower) && /,\s*$/.test(t.gap)) ||
      (APPOSITION.has(t.lower) && !t.cap) ||
      (inner && (inner.role === 'demonym' || inner.possessive));
    if (!ok) return -1;
    if (inner) j = inner.tokenStart;
    j--;
    skipped++;
  }
  return -1;
}

/** "X was targeted", "X came under attack". */
function passiveCue(toks: Token[], m: ResolvedMention, cues: Cue[]): Cue | null {
  const after = toks.slice(m.tokenEnd, m.tokenEnd + 4).map((t) => t.lower);
  if (!/^(was|were|is|are|has|have|had|came|come|comes|been)$/.test(after[0] ?? '')) return null;
  for (const c of cues) if (c.token >= m.tokenEnd && c.token <= m.tokenEnd + 4) return c;
  if (after[0] === 'came' || after[0] === 'comes') {
    for (const c of cues) if (c.token >= m.tokenEnd && c.token <= m.tokenEnd + 6) return c;
  }
  return null;
}

const kindOf = (cue: Cue): 'strike' | 'attack' =>
  cue.cls === 'strike' || (cue.cls === 'attack' && cue.stateActor) ? 'strike' : 'attack';

/** Event locations by the learned model: each place mention goes to the cue it scores best with. */
function attachByModel(
  toks: Token[],
  ments: ResolvedMention[],
  cues: Cue[],
  ruleLocated: ReadonlySet<ResolvedMention>,
  locative: ReadonlySet<ResolvedMention>,
  model: LinearModel | null,
  observe: ClassifyOptions['observe'],
): LocatedEvent[] {
  const places = ments.filter((m) => m.role === 'place');
  const cueTokens = new Set(cues.map((c) => c.token));
  const events: LocatedEvent[] = [];
  for (const m of places) {
    if (m.embedded || cues.some((c) => c.actorMention === m)) continue;
    if (cueTokens.has(m.tokenStart)) continue;
    let best: { cue: Cue; p: number } | null = null;
    for (const cue of cues) {
      const features = pairFeatures(
        toks,
        places,
        cue.token,
        m,
        { attached: ruleLocated.has(m), locative: locative.has(m) },
        cueTokens,
      );
      const p = model ? probability(features, model) : 0;
      observe?.({ sentence: cue.sentence, cue, mention: m, features, probability: p });
      if (!best || p > best.p) best = { cue, p };
    }
    if (best && model && best.p >= model.threshold)
      events.push({ kind: kindOf(best.cue), mention: m, cue: best.cue, actor: best.cue.actor });
  }
  return events;
}

export interface SentenceEvents {
  cues: Cue[];
  events: LocatedEvent[];
}

/**
 * Classifies the events of every sentence. `tokens[s]` are sentence s's tokens;
 * `mentions` are all resolved mentions (in article order).
 */
/** One (cue, mention) pair as the attachment model saw it (for training and review). */
export interface ScoredPair {
  sentence: number;
  cue: Cue;
  mention: ResolvedMention;
  features: string[];
  probability: number;
}

export interface ClassifyOptions {
  /** Further [start, end) offsets to read as event cues (a corpus's event verb). */
  extraCues?: readonly [number, number][];
  /** The attachment model (the shipped weights by default; `null`: the rules alone). */
  model?: LinearModel | null;
  /** Called with every scored pair (the trainer collects them). */
  observe?: (pair: ScoredPair) => void;
}

export function classifyEvents(
  tokens: Token[][],
  mentions: ResolvedMention[],
  options: ClassifyOptions = {},
): SentenceEvents[] {
  const extraCues = options.extraCues ?? [];
  const model = options.model === undefined ? ATTACH_MODEL : options.model;
  const bySentence: ResolvedMention[][] = tokens.map(() => []);
  for (const m of mentions) bySentence[m.sentence]!.push(m);
  const out: SentenceEvents[] = [];
  let lastActor: { actor: string; state: boolean; sentence: number } | null = null;
  /** The armed group (not a state) the article named last: "the group" stands for it. */
  let lastGroup: { actor: string; sentence: number } | null = null;
  for (let s = 0; s < tokens.length; s++) {
    const toks = tokens[s]!;
    const ments = bySentence[s]!;
    const cues: Cue[] = [];
    for (let k = 0; k < toks.length; k++) {
      const tk = toks[k]!;
      const cls =
        cueClass(toks, k) ??
        (extraCues.some(([a, b]) => tk.start < b && a < tk.end) ? 'attack' : null);
      if (!cls) continue;
      let a = actorBefore(toks, k, ments) ?? actorAfter(toks, k) ?? subjectActor(toks, k, ments);
      const anaphor = !!a?.anaphor;
      if (anaphor)
        a =
          lastGroup && s - lastGroup.sentence <= 8
            ? { actor: lastGroup.actor, state: false }
            : null;
      else if (a && !a.state) lastGroup = { actor: a.actor, sentence: s };
      const cue: Cue = {
        sentence: s,
        token: k,
        start: tk.start,
        end: tk.end,
        cls,
        text: toks[k]!.text,
        actor: a?.actor ?? null,
        stateActor: a?.state ?? false,
      };
      if (a?.mention) cue.actorMention = a.mention;
      if (anaphor && !a) cue.unnamedGroup = true;
      cues.push(cue);
    }
    // Weak cues take the class of a strong cue in the same sentence.
    for (const c of cues) {
      if (c.cls !== 'weak') continue;
      const near = toks.slice(Math.max(0, c.token - 3), c.token + 4).map((t) => t.lower);
      // Rockets and mortars fired at a place: an attack ("rockets fired at Sderot").
      if (near.some((w) => /^(rockets?|mortars?|gunmen)$/.test(w))) c.cls = 'attack';
    }
    for (const c of cues) {
      if (c.cls === 'weak') {
        const strong = [...cues]
          .reverse()
          .find(
            (x) =>
              x.cls !== 'weak' &&
              x.token < c.token &&
              !toks.slice(x.token + 1, c.token).some((t) => CLAUSE_BREAK.has(t.lower)),
          );
        if (strong) {
          c.cls = strong.cls;
          c.actor ??= strong.actor;
          c.stateActor ||= strong.stateActor;
        } else c.cls = 'attack';
      }
    }
    // Actor carried over from the previous two sentences when this one names none.
    if (
      cues.length &&
      cues.every((c) => !c.actor && !c.unnamedGroup) &&
      lastActor &&
      lastActor.state &&
      s - lastActor.sentence <= 2
    ) {
      // Only the generic noun/verb "attack" is ambiguous between a state's strike and a militia's attack.
      for (const c of cues) {
        if (!ATTACK_WORDS.has(c.text.toLowerCase())) continue;
        c.actor = lastActor.actor;
        c.stateActor = lastActor.state;
      }
    }
    const withActor = cues.find((c) => c.actor);
    if (withActor)
      lastActor = { actor: withActor.actor!, state: withActor.stateActor, sentence: s };
    // Locations.
    const located = new Set<ResolvedMention>();
    const locative = new Set<ResolvedMention>();
    const events: LocatedEvent[] = [];
    if (cues.length) {
      for (const m of ments) {
        if (!isLocationMention(m) || m.embedded) continue;
        if (cues.some((c) => c.actorMention === m)) continue;
        if (containerOfLocated(m, located, toks)) continue;
        let cue: Cue | null = null;
        const head = locativeHead(toks, m, located, ments);
        if (head >= 0) locative.add(m);
        if (head >= 0) {
          // Modifier use after a target preposition: "attacks against US forces".
          const next = toks[m.tokenEnd];
          if (m.modifier && next && FORCE_NOUNS.test(next.lower)) continue;
          if (m.modifier && !next) continue;
          // "against US and other international forces": a modifier coordinated with others before a force noun.
          if (toks[m.tokenEnd]?.lower === 'and') {
            let forceMod = false;
            for (let q = m.tokenEnd + 1; q < Math.min(toks.length, m.tokenEnd + 5); q++) {
              const t = toks[q]!;
              if (FORCE_NOUNS.test(t.lower)) {
                forceMod = true;
                break;
              }
              if (
                (t.cap && !ments.some((x) => x.role === 'demonym' && x.tokenStart === q)) ||
                /[,.;]/.test(t.gap)
              )
                break;
            }
            if (forceMod) continue;
          }
          // Governing cue: the nearest before (within the sentence), else a following one when the phrase opens the clause.
          const before = cues.filter(
            (c) =>
              (c.token <= head || c.token < m.tokenStart) &&
              !toks.slice(c.token + 1, head).some((t) => CLAUSE_BREAK.has(t.lower)) &&
              head - c.token <= 12,
          );
          if (before.length) cue = before[before.length - 1]!;
          else {
            const clauseInitial = head === 0 || /,\s*$/.test(toks[head - 1]?.gap ?? '');
            const after = cues.find((c) => c.token >= m.tokenEnd && c.token - m.tokenEnd <= 12);
            if (clauseInitial && after) cue = after;
          }
          // "... in al-Qaim, a town ..., and in Jurf al-Nasr": a coordinated locative shares the earlier one's event.
          if (!cue && /^(and|or)$/.test(toks[head - 1]?.lower ?? '')) {
            const prevEv = events[events.length - 1];
            if (prevEv) cue = prevEv.cue;
          }
        } else cue = passiveCue(toks, m, cues);
        if (!cue) continue;
        located.add(m);
        const kind: 'strike' | 'attack' =
          cue.cls === 'strike' || (cue.cls === 'attack' && cue.stateActor) ? 'strike' : 'attack';
        events.push({ kind, mention: m, cue, actor: cue.actor });
      }
    }
    const learned =
      cues.length && (model?.threshold !== undefined || options.observe)
        ? attachByModel(toks, ments, cues, located, locative, model, options.observe)
        : null;
    out.push({
      cues,
      events: learned && Object.keys(model?.weights ?? {}).length ? learned : events,
    });
  }
  return out;
}
