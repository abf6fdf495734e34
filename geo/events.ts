// Stage 5: events. For each sentence: the strike and attack cues (geo/cues.ts),
// the actor of each and its type (geo/actors.ts), the means, the kind (from who
// acted: a state's forces strike, anyone else attacks), and the places where each
// happened: every place mention is scored with every cue by the learned attachment
// model (geo/attach/) and goes to the cue it scores best with, when that reaches
// the model's threshold. Datelines, actors' own mentions and the containers of a
// located place ("al-Qaim, a town in Anbar province") are never event places.
// What one sentence leaves to the next (the last actor, the last armed group named)
// is an explicit discourse value. Pure.
import type { Means } from './types.ts';
import type { Place } from './gazetteer/types.ts';
import { isNewsroomPlace } from './gazetteer/overlay.ts';
import type { Token } from './mentions.ts';
import type { ResolvedMention } from './resolve.ts';
import {
  conflictContext,
  findCues,
  meansNear,
  namesWeapon,
  otherDomainContext,
  otherDomainOnly,
  type CueClass,
} from './cues.ts';
import {
  actorNameTokens,
  actorOf,
  mentionIndex,
  namesArmedActor,
  type Actor,
  type ActorType,
} from './actors.ts';
import { pairFeatures } from './attach/features.ts';
import { firstAtLeast } from './sorted.ts';
import { inside, whereabouts, type Whereabouts } from './whereabouts.ts';
import {
  afterCueColon,
  coordinatedWith,
  hasLocativeHead,
  isContainerOf,
  passiveCue,
  placeBeforeEventNoun,
  launchTarget,
  rightAfterCue,
  notAnEventPlace,
  placeLists,
  speechBetween,
} from './attach/rules.ts';
import { ATTACH_MODEL } from './attach/model.ts';
import { probability, type LinearModel } from './linear.ts';

export interface Cue {
  sentence: number;
  token: number;
  /** [start, end) of the cue word in the article. */
  start: number;
  end: number;
  cls: CueClass;
  text: string;
  actor: Actor | null;
  means: Means | null;
  /** "by the group" with no group named before: some group, so no actor carries over. */
  unnamedGroup?: boolean;
  /** A weak cue ("were hit", "destroyed") with no strong cue in its clause: its word says nothing of who acted. */
  neutral?: boolean;
}

export type EventKindName = 'strike' | 'attack';

export interface LocatedEvent {
  kind: EventKindName;
  mention: ResolvedMention;
  /** Where: the mention's place, or its tentative place (an event confirms a weakly resolved name). */
  place: Place | null;
  /** The resolver's confidence in that place. */
  placeConfidence: number;
  cue: Cue;
  actor: string | null;
  actorType: ActorType;
  means: Means | null;
  /** The attachment model's probability that the mention is the cue's location. */
  probability: number;
  /** `place` is the container the article names for a place the gazetteer lacks. */
  fallback?: boolean;
}

export interface SentenceEvents {
  cues: Cue[];
  events: LocatedEvent[];
}

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
  /** The attachment model (the shipped weights by default; null: score nothing). */
  model?: LinearModel | null;
  /** Called with every scored pair (the trainer collects them). */
  observe?: (pair: ScoredPair) => void;
  /** The article's date (YYYY-MM-DD): events of earlier years are background. */
  date?: string;
}

/** What a sentence leaves to the next ones. */
export interface Discourse {
  /** The last actor named, and in which sentence: a sentence naming none may mean it. */
  lastActor: { actor: Actor; sentence: number } | null;
  /** The armed group named last: "the group" stands for it. */
  lastGroup: { actor: Actor; sentence: number } | null;
}

/**
 * The kind follows who acted: a state's forces strike, armed groups attack. With
 * no actor known, the cue word and the means decide: a "strike" or "shelling" is a
 * strike unless bombs, guns or rockets did it; any other cue is an attack unless
 * warplanes, missiles, warships or artillery did it. Police actions are neither
 * (null).
 */
export function kindOf(cls: CueClass, actor: ActorType, means: Means | null): EventKindName | null {
  if (actor === 'police') return null;
  if (actor === 'state') return 'strike';
  if (actor === 'nonstate') return 'attack';
  if (cls === 'strike')
    return means === 'bombing' || means === 'gunfire' || means === 'rocket' ? 'attack' : 'strike';
  return means === 'air' || means === 'missile' || means === 'naval' || means === 'artillery'
    ? 'strike'
    : 'attack';
}

/** "SANAA/WASHINGTON, Jan 12 (Reuters) -": a dateline opening the sentence (its end offset), or -1. */
export function datelineEnd(toks: readonly Token[]): number {
  let i = 0;
  while (i < toks.length && toks[i]!.allCaps && i < 4) {
    const gap = toks[i]!.gap;
    if (/^\s*[-–—]{1,2}\s/.test(gap)) return toks[i]!.end;
    if (/^\s*,/.test(gap)) {
      // ", Jan 12 (Reuters) -", ", Lebanon --": up to a dash within a few words.
      for (let j = i + 1; j < Math.min(toks.length, i + 7); j++)
        if (/[-–—]{1,2}\s/.test(toks[j]!.gap) && !/[.;!?]\s/.test(toks[j]!.gap))
          return toks[j]!.end;
      return -1;
    }
    if (!/^(\s|\/)$/.test(gap)) return -1;
    i++;
  }
  return -1;
}

const YEAR = /^(19|20)\d\d$/;
const SEGMENT_EDGE =
  /^(which|who|whom|that|when|where|while|after|before|since|until|although|though)$/;

/**
 * The years (1900–2099) that date the cue at token k: in its segment of the
 * sentence (no comma, clause mark or relative word between: "the 2019 car
 * bombing", "attacks in October 2017"), or in an adverbial opening the sentence
 * ("In 2019, ...", "Since 2009, ...").
 */
function cueYears(toks: readonly Token[], k: number): number[] {
  const out: number[] = [];
  for (
    let j = k - 1;
    j >= 0 && k - j <= 20 && !/[,.;:!?]/.test(toks[j]!.gap) && !SEGMENT_EDGE.test(toks[j]!.lower);
    j--
  )
    if (YEAR.test(toks[j]!.text)) out.push(+toks[j]!.text);
  for (
    let j = k + 1;
    j < toks.length &&
    j - k <= 20 &&
    !/[,.;:!?]/.test(toks[j - 1]!.gap) &&
    !SEGMENT_EDGE.test(toks[j]!.lower);
    j++
  )
    if (YEAR.test(toks[j]!.text)) out.push(+toks[j]!.text);
  if (/^(in|since|during|by|until)$/.test(toks[0]?.lower ?? ''))
    for (let j = 1; j < k && j < 6; j++) {
      if (YEAR.test(toks[j]!.text)) out.push(+toks[j]!.text);
      if (/,/.test(toks[j]!.gap)) break;
    }
  return out;
}

/** The article's year: its date's, else the latest year it writes. */
function articleYear(tokens: readonly Token[][], date?: string): number | null {
  if (date) return +date.slice(0, 4);
  let y: number | null = null;
  for (const toks of tokens)
    for (const t of toks) if (YEAR.test(t.text) && (!y || +t.text > y)) y = +t.text;
  return y;
}

/** Cue words that tell what an event did rather than the event. */
const CONSEQUENCE = /^(killed|killing|kills)$/;

const CLAUSE_BREAK = /^(after|before|when|while|as|since|because|following|although|but)$/;

function sentenceCues(
  toks: Token[],
  ments: ResolvedMention[],
  s: number,
  extra: ReadonlySet<number>,
  conflict: boolean,
  year: number | null,
  before: Discourse,
  context: { warArticle: boolean; weaponBefore: boolean },
): { cues: Cue[]; discourse: Discourse } {
  const cues: Cue[] = [];
  // What this sentence leaves to the next ones: the state before it, updated below.
  const d: Discourse = { ...before };
  const at = mentionIndex(ments);
  for (const hit of findCues(toks, conflict, extra, context.warArticle, context.weaponBefore)) {
    const k = hit.token;
    // "the 2019 car bombing", "Since 2009": an event of an earlier year is background.
    if (year && cueYears(toks, k).some((y) => y < year) && !extra.has(k)) continue;
    let actor = actorOf(toks, k, at);
    let unnamedGroup = false;
    if (actor?.anaphor) {
      const g = d.lastGroup && s - d.lastGroup.sentence <= 8 ? d.lastGroup.actor : null;
      unnamedGroup = !g;
      actor = g;
    } else if (actor?.type === 'nonstate') d.lastGroup = { actor, sentence: s };
    const cue: Cue = {
      sentence: s,
      token: k,
      start: toks[k]!.start,
      end: toks[k]!.end,
      cls: hit.cls,
      text: toks[k]!.text,
      actor,
      means: meansNear(toks, hit) ?? actor?.means ?? null,
    };
    if (unnamedGroup) cue.unnamedGroup = true;
    cues.push(cue);
  }
  // A weak cue ("hit", "targeted") belongs to the strong cue before it in its clause:
  // one pass, the last strong cue forgotten at a clause mark or clause word.
  let strong: Cue | null = null;
  let prev: Cue | null = null;
  let from = 0;
  for (const c of cues) {
    for (let t = from; t < c.token; t++)
      if (/[.;:]/.test(toks[t]!.gap) || (t > from && CLAUSE_BREAK.test(toks[t]!.lower)))
        strong = prev = null;
    from = c.token;
    // "fired missiles at Muridke, killing 26", "a drone strike in Baghdad killed": a
    // death told after a cue of its clause is that event's, by its actor and means.
    if (prev && CONSEQUENCE.test(c.text.toLowerCase())) {
      c.cls = prev.cls;
      c.actor = prev.actor;
      c.means = prev.means;
      if (prev.neutral) c.neutral = true;
      if (prev.unnamedGroup) c.unnamedGroup = true;
      continue;
    }
    prev = c;
    if (c.cls !== 'weak') {
      strong = c;
      continue;
    }
    if (strong) {
      c.cls = strong.cls;
      // "Turkish jets struck ... PKK targets": the strong cue's actor acted; a name
      // before a nominal weak cue is its target's owner.
      if (strong.actor && (!c.actor || /^targets?$/.test(c.text.toLowerCase())))
        c.actor = strong.actor;
      c.means ??= strong.means;
    } else {
      c.cls = 'attack';
      c.neutral = true;
    }
  }
  // A sentence that names no actor continues the story of the last one (two sentences
  // back at most).
  const last = d.lastActor;
  if (
    cues.length &&
    cues.every((c) => !c.actor && !c.unnamedGroup) &&
    last &&
    s - last.sentence <= 2
  ) {
    for (const c of cues) c.actor = last.actor;
    // The story goes on: the next sentence counts its distance from this one.
    d.lastActor = { actor: last.actor, sentence: s };
  }
  const named = cues.find((c) => c.actor && c.actor !== d.lastActor?.actor);
  if (named) d.lastActor = { actor: named.actor!, sentence: s };
  return { cues, discourse: d };
}

/** Event places of one sentence by the attachment model. */
/** How sure a container stands for the place it contains: the editor checks it. */
const FALLBACK_CONFIDENCE = 0.5;

/** How far apart (in tokens) a cue and a place may be: bounds the work of a long sentence. */
const WINDOW = 40;

function attach(
  toks: Token[],
  ments: ResolvedMention[],
  cues: Cue[],
  model: LinearModel | null,
  observe: ClassifyOptions['observe'],
  where: Whereabouts,
): LocatedEvent[] {
  // An event place far from all the article's other places ("Kawlin" read as Köln in
  // an article on Myanmar) takes the best candidate near them, or stays unresolved: a
  // marker on another continent misleads. A weakly resolved name located by an event
  // takes its best candidate when that is near them.
  // Towns, sites and regions ("Shati" read as a district of Libya in a story on
  // Gaza); countries and seas have no namesakes to confuse.
  // A newsroom's own place (geo/gazetteer/overlay.ts) is where the desk says the name is.
  const nearFor = (m: ResolvedMention) => (p: Place) =>
    (p.type !== 'city' && p.type !== 'site' && p.type !== 'region') ||
    isNewsroomPlace(p) ||
    !where.any(m.key) ||
    where.near(p, m.key);
  const placeOf = (m: ResolvedMention): Place | null => {
    const near = nearFor(m);
    if (!m.place)
      return m.tentative && where.any(m.key) && near(m.tentative.place) ? m.tentative.place : null;
    if (near(m.place)) return m.place;
    return m.scores.find((x) => where.near(x.place, m.key))?.place ?? null;
  };
  const places = ments.filter((m) => m.role === 'place');
  const cueTokens = cues.map((c) => c.token);
  const cueSet = new Set(cueTokens);
  const actors = new Set(cues.map((c) => c.actor?.mention));
  const inActorName = actorNameTokens(toks);
  const dateline = datelineEnd(toks);
  const candidate = (m: ResolvedMention) =>
    !m.embedded &&
    !inActorName.has(m.tokenStart) &&
    !notAnEventPlace(toks, m) &&
    !actors.has(m) &&
    !cueSet.has(m.tokenStart) &&
    m.start >= dateline;
  /** The mentions of `list` (in token order) within the window around token range [a, b). */
  const local = <T extends ResolvedMention>(list: readonly T[], a: number, b: number) => {
    // No mention is longer than 8 tokens.
    const lo = firstAtLeast(list, (x) => x.tokenStart, a - WINDOW - 8);
    const out: T[] = [];
    for (let i = lo; i < list.length && list[i]!.tokenStart < b + WINDOW; i++)
      if (list[i]!.tokenEnd > a - WINDOW) out.push(list[i]!);
    return out;
  };
  /** The cues (in token order) within the window around token k. */
  const cuesNear = (k: number) => {
    const lo = firstAtLeast(cues, (c) => c.token, k - WINDOW);
    const out: Cue[] = [];
    for (let i = lo; i < cues.length && cues[i]!.token <= k + WINDOW; i++) out.push(cues[i]!);
    return out;
  };
  const located = new Map<ResolvedMention, { cue: Cue; p: number }>();
  for (const m of places) {
    if (!candidate(m)) continue;
    const passive = passiveCue(toks, m, cueSet);
    const near = cuesNear(m.tokenStart);
    if (!near.length) continue;
    const nearPlaces = local(places, m.tokenStart, m.tokenEnd);
    const rule = {
      locative: hasLocativeHead(toks, m, local(ments, m.tokenStart, m.tokenEnd)),
      passive: passive >= 0,
    };
    let best: { cue: Cue; p: number } | null = null;
    for (const cue of near) {
      // The place of a speech or reaction clause is not the place of a cue after it.
      if (speechBetween(toks, m, cue.token)) continue;
      const features = pairFeatures(toks, nearPlaces, cue.token, m, rule, cueSet);
      const p = model ? probability(features, model) : 0;
      observe?.({ sentence: cue.sentence, cue, mention: m, features, probability: p });
      // The subject of a passive cue ("Baghdad was attacked"), the place right after a cue
      // ("an assault on El Fasher", "struck Kharkiv") or right before its noun ("the Ankara
      // bombing") are its places, whatever the score.
      const direct =
        cue.token === passive ||
        rightAfterCue(toks, cue.token, m) ||
        placeBeforeEventNoun(toks, cue.token, m) ||
        launchTarget(toks, cue.token, m) ||
        afterCueColon(toks, cue.token, m, cueSet);
      const q = model && direct ? Math.max(p, model.threshold) : p;
      // Of the cues that locate the place, the nearest governs it ("the strikes followed
      // Houthi attacks on ships in the Red Sea": the attacks').
      const above = model && q >= model.threshold;
      const nearer =
        best && Math.abs(cue.token - m.tokenStart) < Math.abs(best.cue.token - m.tokenStart);
      if (!best || (above && (best.p < model!.threshold || nearer)) || (!above && q > best.p))
        best = { cue, p: q };
    }
    if (best && model && best.p >= model.threshold) located.set(m, best);
  }
  // A list shares its head: the places listed with a located one are located with it.
  const lists = placeLists(toks, places);
  const shareLists = () => {
    for (const list of lists) {
      const head = list.map((m) => located.get(m)).find((x) => x);
      if (!head) continue;
      for (const m of list) if (!located.has(m) && candidate(m)) located.set(m, head);
    }
  };
  shareLists();
  // "in Bahawalpur and a complex in Muridke": a coordinated locative shares the event
  // of the located place before it (places in article order, so the last one seen).
  let last: ResolvedMention | null = null;
  for (const m of places) {
    if (located.has(m)) {
      last = m;
      continue;
    }
    if (!last || !candidate(m) || m.tokenStart - last.tokenEnd > 14) continue;
    const l = coordinatedWith(toks, m, [last], local(places, m.tokenStart, m.tokenEnd), cueSet);
    if (l && !isContainerOf(toks, m, [last])) {
      located.set(m, located.get(l)!);
      last = m;
    }
  }
  // "and in the port city of Hodeidah, as well as in Taiz, Dhamar and Hajjah": a list
  // whose first place was located by coordination.
  shareLists();
  const order = [...located.keys()].sort((a, b) => a.start - b.start);
  // Countries with a located town, site or region inside them.
  const inCountry = new Set(
    order.filter((l) => l.place && l.place.type !== 'country').map((l) => l.place!.country),
  );
  return order
    .filter((m) => {
      if (isContainerOf(toks, m, local(order, m.tokenStart, m.tokenEnd))) return false;
      // A country is no event place beside a place inside it ("strikes in Yemen's Hodeidah").
      return m.place?.type !== 'country' || !inCountry.has(m.place.country);
    })
    .flatMap((m) => {
      const { cue, p } = located.get(m)!;
      const kind = kindOf(cue.cls, cue.actor?.type ?? 'unknown', cue.means);
      if (!kind) return [];
      const own = placeOf(m);
      // A name the gazetteer lacks stands at the container its sentence names, for review.
      const fallback = !own && !!m.container && nearFor(m)(m.container);
      const place = own ?? (fallback ? m.container! : null);
      return [
        {
          kind,
          mention: m,
          place,
          ...(fallback ? { fallback } : {}),
          placeConfidence: fallback
            ? FALLBACK_CONFIDENCE
            : place === m.place
              ? m.confidence
              : (m.tentative?.confidence ?? 0),
          cue,
          actor: cue.actor?.text ?? null,
          actorType: cue.actor?.type ?? 'unknown',
          means: cue.means,
          probability: p,
        },
      ];
    });
}

/**
 * Classifies the events of every sentence. `tokens[s]` are sentence s's tokens;
 * `mentions` are all resolved mentions (in article order).
 */
export function classifyEvents(
  tokens: Token[][],
  mentions: ResolvedMention[],
  options: ClassifyOptions = {},
): SentenceEvents[] {
  const model = options.model === undefined ? ATTACH_MODEL : options.model;
  const bySentence: ResolvedMention[][] = tokens.map(() => []);
  for (const m of mentions) bySentence[m.sentence]!.push(m);
  let d: Discourse = { lastActor: null, lastGroup: null };
  const year = articleYear(tokens, options.date);
  const where = whereabouts(mentions);
  // Conflict context, which ambiguous cue words need: the sentence's own words or
  // armed actors, its neighbours', or the article's (a sixth of its sentences, and
  // at least three, speak of conflict), or an article that speaks of no other sense
  // of those words (no labour dispute, sport, markets ...) at all.
  const own = tokens.map((t) => conflictContext(t) || namesArmedActor(t));
  const nOwn = own.filter(Boolean).length;
  const warLike = nOwn >= 3 && nOwn >= own.length / 6;
  const article = warLike || !tokens.some(otherDomainContext);
  const warArticle = warLike && !tokens.some(otherDomainOnly);
  const conflict = own.map((c, s) => article || c || !!own[s - 1] || !!own[s + 1]);
  const out: SentenceEvents[] = [];
  tokens.forEach((toks, s) => {
    const extra = new Set<number>();
    for (const [a, b] of options.extraCues ?? [])
      toks.forEach((t, k) => {
        if (t.start < b && a < t.end) extra.add(k);
      });
    const ments = bySentence[s]!;
    // The sentence before named the weapons, or held an event it gave no place.
    const before = out[s - 1];
    const unplaced =
      !!before && before.events.length === 0 && before.cues.some((c) => c.cls !== 'weak');
    const { cues, discourse } = sentenceCues(toks, ments, s, extra, conflict[s]!, year, d, {
      warArticle,
      weaponBefore: s > 0 && (namesWeapon(tokens[s - 1]!) || unplaced),
    });
    d = discourse;
    const events = cues.length ? attach(toks, ments, cues, model, options.observe, where) : [];
    out.push({ cues, events });
  });
  return withoutWiderAreas(withArticleActor(out));
}

/**
 * The actor type an article's named actors mostly share (two thirds of its cues'
 * state or non-state actors, and at least two), or null.
 */
function prevailingActor(all: readonly SentenceEvents[]): 'state' | 'nonstate' | null {
  let state = 0;
  let nonstate = 0;
  for (const s of all)
    for (const c of s.cues)
      if (c.actor?.type === 'state') state++;
      else if (c.actor?.type === 'nonstate') nonstate++;
  if (state >= 2 && state >= 2 * nonstate) return 'state';
  if (nonstate >= 2 && nonstate >= 2 * state) return 'nonstate';
  return null;
}

/**
 * "The cities of Dnipro, Odesa and Zaporizhzhia were also hit": an event whose
 * sentence names no actor and whose cue word says nothing of who acted is most
 * likely the work of the actor type the article's other events name, unless
 * rockets, bombs or guns say otherwise (an unknown actor's rockets, bombs and guns
 * are an attack). "Strike" and "attack" keep what their word says.
 */
const UNKNOWN_MEANS: ReadonlySet<Means | null> = new Set(['rocket', 'bombing', 'gunfire']);

function withArticleActor(all: SentenceEvents[]): SentenceEvents[] {
  const prevailing = prevailingActor(all);
  if (!prevailing) return all;
  for (const s of all)
    for (const e of s.events)
      if (e.cue.neutral && !e.cue.actor && !e.cue.unnamedGroup && !UNKNOWN_MEANS.has(e.means))
        e.kind = kindOf(e.cue.cls, prevailing, e.means) ?? e.kind;
  return all;
}

/**
 * A country or region is no event place when the article locates an event inside
 * it: "strikes across Yemen" beside "strikes on Sanaa and Hodeidah" are the
 * strikes on Sanaa and Hodeidah; "attacks on Israel" beside those on Tel Aviv.
 */
function withoutWiderAreas(all: SentenceEvents[]): SentenceEvents[] {
  const points = all.flatMap((s) =>
    s.events.map((e) => e.place).filter((p) => p && (p.type === 'city' || p.type === 'site')),
  );
  // Once per area (an article names each country many times), over distinct points.
  const distinct = [...new Map(points.map((q) => [q!.id, q!])).values()];
  const wider = new Map<string, boolean>();
  const hasInside = (p: Place) => {
    let v = wider.get(p.id);
    if (v === undefined) {
      v = distinct.some((q) => q.country === p.country && inside(p.bbox!, q.lon, q.lat));
      wider.set(p.id, v);
    }
    return v;
  };
  return all.map((s) => ({
    cues: s.cues,
    events: s.events.filter((e) => {
      const p = e.place;
      if (!p || e.fallback || (p.type !== 'country' && p.type !== 'region') || !p.bbox) return true;
      return !hasInside(p);
    }),
  }));
}
