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

export type CueClass = 'strike' | 'attack' | 'assault' | 'weak';

export interface Cue {
  sentence: number;
  token: number;
  cls: CueClass;
  text: string;
  actor: string | null;
  /** Whether the actor is a state (its armed forces): their attacks are strikes. */
  stateActor: boolean;
  /** The mention naming the actor, if any (never an event location). */
  actorMention?: ResolvedMention;
}

export interface LocatedEvent {
  kind: Exclude<EventKind, 'mention'>;
  mention: ResolvedMention;
  cue: Cue;
  actor: string | null;
}

const STRIKE_WORDS = new Set(
  'airstrike airstrikes strike strikes struck bombed bombing bombings bombardment bombardments bombard bombarded bombarding shelling shelled shells pounded pounding airstrikes raids blitz'.split(' '),
);
const ATTACK_WORDS = new Set('attack attacks attacked attacking'.split(' '));
const ASSAULT_WORDS = new Set('assault assaults assaulted gunmen ambush ambushed ambushes stormed storming raided raid gunfire'.split(' '));
const WEAK_WORDS = new Set('targeted targeting targets hit hitting fired launched'.split(' '));

const WEAPON = new Set('drone drones missile missiles rocket rockets air artillery mortar mortars ballistic cruise one way uav uavs shahed precision retaliatory deadly fresh new overnight israeli'.split(' '));

const DETERMINERS = new Set('the a an its their his her this that these several two three some many nearby neighbouring neighboring coastal rural remote key besieged occupied strategic'.split(' '));
const APPOSITION = new Set('capital city town village port province region district camp area enclave territory strip governorate oblast county state'.split(' '));
const CLAUSE_BREAK = new Set('since after before when while because although though during following amid which that who whom where said says but despite until'.split(' '));

/** Prepositions and verbs that introduce an event's location. */
const LOC_PREP = new Set('in on at near targeting targeted into over across around outside inside against hit struck shelled bombed pounded toward towards attacked striking hitting'.split(' '));
/** Nouns after which "of X" is a location ("outskirts of X", "the city of X"). */
const SPATIAL = new Set('outskirts coast city town village province region area centre center north south east west suburbs suburb port part parts district governorate capital vicinity edge heart streets outside'.split(' '));
const SPEECH = new Set('said says told stated announced spoke speaking statement conference briefing interview added wrote tweeted posted claimed'.split(' '));
const FORCE_NOUNS = /^(forces|troops|personnel|soldiers|military|army|interests|positions|targets|bases|base|service|servicemen|navy|warships|vessels|ships|embassy|officials|government|diplomats|citizens|nationals)$/;
const STATE_WORDS = /\b(army|military|air force|armed forces|navy|idf|troops|government|coalition|us|u\.s\.|uk)\b/i;

function cueClass(toks: Token[], k: number): CueClass | null {
  const w = toks[k]!.lower;
  if (STRIKE_WORDS.has(w)) {
    // "strike" in "strike force"/"hunger strike" ignored only for labour strikes.
    if ((w === 'strike' || w === 'strikes') && /^(hunger|general|labour|labor|workers|teachers)$/.test(toks[k - 1]?.lower ?? '')) return null;
    return 'strike';
  }
  if (w === 'raids' && toks[k - 1]?.lower === 'air') return 'strike';
  if (ATTACK_WORDS.has(w)) return 'attack';
  if (ASSAULT_WORDS.has(w)) return 'assault';
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
}

const RANK: Record<string, number> = { site: 0, city: 0, region: 1, country: 2, water: 1 };

/** "al-Qaim, a town ... in western Anbar province": Anbar is al-Qaim's container, not a second event. */
function containerOfLocated(m: ResolvedMention, located: Set<ResolvedMention>, toks: Token[]): boolean {
  for (const l of located) {
    if (l.tokenEnd > m.tokenStart || m.tokenStart - l.tokenEnd > 10) continue;
    if (!l.place || !m.place || RANK[m.place.type]! <= RANK[l.place.type]!) continue;
    const between = toks.slice(l.tokenEnd, m.tokenStart).map((t) => t.lower);
    if (between.some((w) => w === 'and' || w === 'or' || CLAUSE_BREAK.has(w))) continue;
    if (between.length === 0 || between.some((w) => w === 'in' || w === 'of' || w === 'near') || /,\s*$/.test(toks[l.tokenEnd - 1]!.gap)) return true;
  }
  return false;
}

function actorBefore(toks: Token[], k: number, ments: ResolvedMention[]): ActorHit | null {
  let j = k - 1;
  while (j >= 0 && j >= k - 4 && !toks[j]!.cap && (WEAPON.has(toks[j]!.lower) || /^(one|way|of|series|fresh|new|deadly)$/.test(toks[j]!.lower))) j--;
  if (j < 0 || !toks[j]!.cap) return null;
  if (/[.,;:!?]/.test(toks[j]!.gap) && j !== k - 1) return null;
  if (j === 0 && toks.length > 1 && /^(the|a|an|in|on|at|last|since|after)$/.test(toks[j]!.lower)) return null;
  let i = j;
  while (i - 1 >= 0 && toks[i - 1]!.cap && /^[\s-]+$/.test(toks[i - 1]!.gap) && i > j - 3) i--;
  const run = toks.slice(i, j + 1);
  if (run.length === 1 && /^(the|a|an|in|on|at|last|since|after|these|this|that|its|their|his|her)$/.test(run[0]!.lower)) return null;
  const text = run.map((t, n) => t.text + (n < run.length - 1 ? t.gap : '')).join('');
  const m = ments.find((x) => x.tokenStart <= j && x.tokenEnd > j);
  const state = !!m && (m.role === 'demonym' || m.place?.type === 'country') ? true : STATE_WORDS.test(text);
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
    while (b < toks.length && b < a + 4) {
      const t = toks[b]!;
      b++;
      if (/[,.;:!?]/.test(t.gap) || /^(in|on|at|near|and|who|which|that|with|since|after|during)$/.test(toks[b]?.lower ?? '')) break;
    }
    if (b <= a) return null;
    const run = toks.slice(a, b);
    const text = run.map((t, n) => t.text + (n < run.length - 1 ? t.gap : '')).join('').trim();
    if (/^(missiles?|rockets?|drones?|mortars?|artillery|gunfire|shells?|fire)$/i.test(run[0]!.text)) return null;
    return { actor: text, state: STATE_WORDS.test(text) && !/(militia|rebel|group|fighters|gunmen)/i.test(text) };
  }
  return null;
}

/** "Iran has conducted a series of missile strikes" / "The US claimed that its attacks": the sentence subject. */
function subjectActor(toks: Token[], k: number, ments: ResolvedMention[]): ActorHit | null {
  const subj = ments.find((m) => m.tokenStart <= 4 && m.tokenEnd <= k && (m.role === 'demonym' || m.place?.type === 'country'));
  if (!subj) return null;
  const prev = toks[subj.tokenStart - 1];
  if (prev && !/,\s*$/.test(prev.gap) && !/^(the|both)$/.test(prev.lower)) return null;
  const between = toks.slice(subj.tokenEnd, k);
  if (between.some((t) => t.cap) || between.length > 10) return null;
  const words = between.map((t) => t.lower);
  const verb = words.some((w) => /^(conducted|launched|carried|fired|began|staged|mounted|unleashed|used)$/.test(w)) || words[words.length - 1] === 'its';
  if (!verb) return null;
  return { actor: subj.text, state: subj.role === 'demonym' || subj.place?.type === 'country', mention: subj };
}

function isLocationMention(m: ResolvedMention): boolean {
  if (!m.place || m.role !== 'place') return false;
  if (m.possessive) return false;
  return true;
}

/** Whether mention m is introduced as a location (returns the index of the governing word, or -1). */
function locativeHead(toks: Token[], m: ResolvedMention, located: Set<ResolvedMention>, ments: ResolvedMention[]): number {
  let j = m.tokenStart - 1;
  let skipped = 0;
  while (j >= 0 && skipped <= 4) {
    const t = toks[j]!;
    if (/[.;:!?]/.test(t.gap)) return -1;
    if (LOC_PREP.has(t.lower)) {
      // a speaker's location: "said in Washington"
      const before = toks.slice(Math.max(0, j - 3), j).map((x) => x.lower);
      if (before.some((w) => SPEECH.has(w))) return -1;
      return j;
    }
    if (t.lower === 'of' && SPATIAL.has(toks[j - 1]?.lower ?? '')) return j;
    // list continuation: "in Syria, Iraq, and Pakistan", "the Red Sea and Gulf of Aden"
    if ((t.lower === 'and' || t.lower === 'or' || /,\s*$/.test(t.gap)) && skipped === 0) {
      const prevM = ments.find((x) => x.tokenEnd === (t.lower === 'and' || t.lower === 'or' ? j : j + 1) && located.has(x));
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

export interface SentenceEvents {
  cues: Cue[];
  events: LocatedEvent[];
}

/**
 * Classifies the events of every sentence. `tokens[s]` are sentence s's tokens;
 * `mentions` are all resolved mentions (in article order).
 */
export function classifyEvents(tokens: Token[][], mentions: ResolvedMention[]): SentenceEvents[] {
  const bySentence: ResolvedMention[][] = tokens.map(() => []);
  for (const m of mentions) bySentence[m.sentence]!.push(m);
  const out: SentenceEvents[] = [];
  let lastActor: { actor: string; state: boolean; sentence: number } | null = null;
  for (let s = 0; s < tokens.length; s++) {
    const toks = tokens[s]!;
    const ments = bySentence[s]!;
    const cues: Cue[] = [];
    for (let k = 0; k < toks.length; k++) {
      const cls = cueClass(toks, k);
      if (!cls) continue;
      const a = actorBefore(toks, k, ments) ?? actorAfter(toks, k) ?? subjectActor(toks, k, ments);
      const cue: Cue = { sentence: s, token: k, cls, text: toks[k]!.text, actor: a?.actor ?? null, stateActor: a?.state ?? false };
      if (a?.mention) cue.actorMention = a.mention;
      cues.push(cue);
    }
    // Weak cues take the class of a strong cue in the same sentence.
    const strong = cues.find((c) => c.cls !== 'weak');
    for (const c of cues) {
      if (c.cls === 'weak') {
        if (strong) {
          c.cls = strong.cls;
          c.actor ??= strong.actor;
          c.stateActor ||= strong.stateActor;
        } else c.cls = 'attack';
      }
    }
    // Actor carried over from the previous two sentences when this one names none.
    if (cues.length && cues.every((c) => !c.actor) && lastActor && lastActor.state && s - lastActor.sentence <= 2) {
      for (const c of cues) {
        c.actor = lastActor.actor;
        c.stateActor = lastActor.state;
      }
    }
    const withActor = cues.find((c) => c.actor);
    if (withActor) lastActor = { actor: withActor.actor!, state: withActor.stateActor, sentence: s };
    // Locations.
    const located = new Set<ResolvedMention>();
    const events: LocatedEvent[] = [];
    if (cues.length) {
      for (const m of ments) {
        if (!isLocationMention(m) || m.embedded) continue;
        if (cues.some((c) => c.actorMention === m)) continue;
        if (containerOfLocated(m, located, toks)) continue;
        let cue: Cue | null = null;
        const head = locativeHead(toks, m, located, ments);
        if (head >= 0) {
          // Modifier use after a target preposition: "attacks against US forces".
          const next = toks[m.tokenEnd];
          if (m.modifier && next && FORCE_NOUNS.test(next.lower)) continue;
          if (m.modifier && !next) continue;
          const nextAnd = toks.slice(m.tokenEnd, m.tokenEnd + 5).map((t) => t.lower);
          if (nextAnd[0] === 'and' && nextAnd.slice(1).some((w) => FORCE_NOUNS.test(w))) continue;
          // Governing cue: the nearest before (within the sentence), else a following one when the phrase opens the clause.
          const before = cues.filter((c) => (c.token <= head || c.token < m.tokenStart) && !toks.slice(c.token + 1, head).some((t) => CLAUSE_BREAK.has(t.lower)) && head - c.token <= 12);
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
        const kind: 'strike' | 'attack' = cue.cls === 'strike' || (cue.cls === 'attack' && cue.stateActor) ? 'strike' : 'attack';
        events.push({ kind, mention: m, cue, actor: cue.actor });
      }
    }
    out.push({ cues, events });
  }
  return out;
}
