// Stage 6: GeoJSON. One feature per distinct (place, kind); places without an
// event get one 'mention' feature. Ids are stable: `${gazetteerId}:${kind}`
// slugged. Excerpts are the article's sentence(s), verbatim. Pure.
import type { Place } from './gazetteer/types.ts';
import type {
  ArticleDateSource,
  EventCollection,
  EventFeature,
  EventKind,
  Means,
  ReviewReason,
  UnresolvedEvent,
} from './types.ts';
import type { ActorType } from './actors.ts';
import { calibrated } from './attach/calibration.ts';
import type { LocatedEvent, SentenceEvents } from './events.ts';
import type { DateExpression } from './dates/expressions.ts';
import type { ResolvedMention } from './resolve.ts';
import type { Sentence } from './sentences.ts';
import { excerptOf, type NormalisedText } from './text.ts';

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Acc {
  place: Place;
  /** The place stands for a container of the name as written (`first.text`). */
  fallback: boolean;
  kind: EventKind;
  first: ResolvedMention;
  /** The resolver's confidence in the place. */
  placeConfidence: number;
  actor: string | null;
  actorType: ActorType | null;
  means: Means | null;
  sentences: number[];
  spans: [number, number][];
  confidence: number;
  order: number;
  /** The first date among its events (article order), for a strike or attack. */
  date: DateExpression | null;
}

const KIND_ORDER: Record<EventKind, number> = { strike: 0, attack: 1, mention: 2 };

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Why an editor should look at a strike or attack (see ReviewReason). */
function reviewReasons(a: Acc): ReviewReason[] {
  if (a.kind === 'mention') return [];
  const out: ReviewReason[] = [];
  if (a.confidence < 0.6) out.push('low-confidence');
  if (a.placeConfidence < 0.6) out.push('ambiguous-place');
  if (!a.actorType || a.actorType === 'unknown') out.push('actor-unknown');
  if (a.fallback) out.push('container-fallback');
  return out;
}

export function toGeoJSON(
  t: NormalisedText,
  sentences: Sentence[],
  mentions: ResolvedMention[],
  events: SentenceEvents[],
  meta: { title: string | null; date?: string; dateSource?: ArticleDateSource },
  dates: ReadonlyMap<LocatedEvent, DateExpression> = new Map(),
): EventCollection {
  const accs = new Map<string, Acc>();
  const seen = new Map<Acc, Set<number>>();
  const addSpan = (a: Acc, m: ResolvedMention) => {
    let set = seen.get(a);
    if (!set) seen.set(a, (set = new Set()));
    if (set.has(m.start)) return;
    set.add(m.start);
    a.spans.push([m.start, m.end]);
    a.sentences.push(m.sentence);
  };
  let order = 0;
  for (const se of events) {
    for (const ev of se.events) {
      const p = ev.place;
      if (!p) continue;
      // A container stands for each name it contains, apart from its own events.
      const k = ev.fallback ? `${p.id}|${ev.kind}|${ev.mention.key}` : `${p.id}|${ev.kind}`;
      let a = accs.get(k);
      if (!a) {
        a = {
          place: p,
          fallback: !!ev.fallback,
          kind: ev.kind,
          first: ev.mention,
          placeConfidence: ev.placeConfidence,
          actor: ev.actor,
          actorType: ev.actorType,
          means: ev.means,
          sentences: [],
          spans: [],
          // Both choices: the place (resolver) and that it is the event's (attachment).
          confidence: calibrated(ev.placeConfidence * ev.probability),
          order: order++,
          date: null,
        };
        accs.set(k, a);
      }
      if (!a.actor && ev.actor) {
        a.actor = ev.actor;
        a.actorType = ev.actorType;
      }
      a.means ??= ev.means;
      a.date ??= dates.get(ev) ?? null;
      a.confidence = Math.max(a.confidence, calibrated(ev.placeConfidence * ev.probability));
      addSpan(a, ev.mention);
    }
  }
  const withEvent = new Set([...accs.values()].filter((a) => !a.fallback).map((a) => a.place.id));
  // A name whose event was moved off the resolver's place (a far namesake) is not
  // drawn at that place as a mention either.
  const moved = new Set(
    events.flatMap((se) =>
      se.events
        .filter((ev) => ev.mention.place && ev.place !== ev.mention.place)
        .map((ev) => ev.mention.key),
    ),
  );
  for (const m of mentions) {
    if (m.role !== 'place' || !m.place || m.embedded || withEvent.has(m.place.id)) continue;
    if (moved.has(m.key)) continue;
    const k = `${m.place.id}|mention`;
    let a = accs.get(k);
    if (!a) {
      a = {
        place: m.place,
        fallback: false,
        kind: 'mention',
        first: m,
        placeConfidence: m.confidence,
        actor: null,
        actorType: null,
        means: null,
        sentences: [],
        spans: [],
        confidence: m.confidence,
        order: order++,
        date: null,
      };
      accs.set(k, a);
    }
    addSpan(a, m);
  }
  // Place as written: its first mention in the article.
  const firstText = new Map<string, ResolvedMention>();
  for (const m of mentions)
    if (m.place && m.role === 'place' && !firstText.has(m.place.id)) firstText.set(m.place.id, m);
  const features: EventFeature[] = [...accs.values()]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order)
    .map((a) => {
      const s0 = sentences[a.sentences.reduce((x, y) => (y < x ? y : x), Infinity)]!;
      const p = a.place;
      const id = a.fallback
        ? `${slug(p.id)}-near-${slug(a.first.text)}-${a.kind}`
        : `${slug(p.id)}-${a.kind}`;
      const f: EventFeature = {
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: {
          id,
          kind: a.kind,
          place: a.fallback ? a.first.text : (firstText.get(p.id)?.text ?? a.first.text),
          name: p.name,
          country: p.country,
          precision: a.fallback ? 'region' : p.type,
          gazetteer: p.id,
          actor: a.actor,
          means: a.means,
          excerpt: excerptOf(t, s0.start, s0.end),
          excerptStart: s0.start,
          spans: a.spans.sort((x, y) => x[0] - y[0]),
          confidence: round(a.confidence),
        },
      };
      if (a.kind !== 'mention') {
        f.properties.date = a.date?.date ?? null;
        f.properties.datePrecision = a.date?.precision ?? null;
        if (a.date) f.properties.dateSpan = [a.date.start, a.date.end];
      }
      const review = reviewReasons(a);
      if (review.length) f.properties.review = review;
      if (p.bbox && (p.type === 'region' || p.type === 'country' || p.type === 'water'))
        f.bbox = p.bbox;
      return f;
    });
  // Strikes and attacks at places the gazetteer lacks: one per (name, kind), for the editor.
  const unresolved = new Map<string, UnresolvedEvent>();
  for (const se of events)
    for (const ev of se.events) {
      if (ev.place) continue;
      const k = `${ev.mention.key}|${ev.kind}`;
      const s = sentences[ev.mention.sentence]!;
      const u = unresolved.get(k);
      if (u) u.spans.push([ev.mention.start, ev.mention.end]);
      else
        unresolved.set(k, {
          kind: ev.kind,
          place: ev.mention.text,
          actor: ev.actor,
          means: ev.means,
          excerpt: excerptOf(t, s.start, s.end),
          excerptStart: s.start,
          spans: [[ev.mention.start, ev.mention.end]],
        });
    }
  const article: EventCollection['article'] = { title: meta.title, characters: t.original.length };
  if (meta.date) article.date = meta.date;
  if (meta.date && meta.dateSource) article.dateSource = meta.dateSource;
  article.text = t.original;
  const out: EventCollection = { type: 'FeatureCollection', features, article };
  if (unresolved.size) out.unresolved = [...unresolved.values()];
  return out;
}
