// The workbench's changes to a mapped article as commands: plain data that
// applies to the work (the events and their candidates), so that undo and redo
// replay them from the geoparser's output and storage saves them across reloads.
// Pure.
import {
  DATE_PRECISIONS,
  MEANS,
  type DatePrecision,
  type EventCollection,
  type EventKind,
  type EventSource,
  type Means,
} from '../../geo/types.ts';
import { appendArticle } from '../../geo/collection.ts';
import {
  addPlace,
  chooseCandidate,
  moveTo,
  removeEvent,
  setActor,
  setDate,
  setExcerpt,
  setKind,
  setMeans,
} from './edits.ts';
import type { Candidate, CandidateTable } from './protocol.ts';
import { isCandidate } from './candidate-check.ts';
import type { QuotedSentence } from './sentences.ts';

export type Command =
  | { type: 'choose'; id: string; candidate: Candidate }
  | { type: 'kind'; id: string; kind: EventKind }
  | { type: 'move'; id: string; lng: number; lat: number }
  | { type: 'remove'; id: string }
  | { type: 'actor'; id: string; actor: string | null }
  | { type: 'means'; id: string; means: Means | null }
  | { type: 'date'; id: string; date: string | null; precision: DatePrecision | null }
  | { type: 'excerpt'; id: string; start: number; excerpt: string }
  | {
      type: 'add';
      candidate: Candidate;
      kind: EventKind;
      written: string;
      /** The sentence it comes from, e.g. a possible event's: [start, end) of its article and its excerpt. */
      sentence?: QuotedSentence;
    }
  | {
      /** One more article mapped into this map ("Add to this map"): its events, their candidates, its source. */
      type: 'append';
      collection: EventCollection;
      candidates: CandidateTable;
      source: EventSource;
    };

/** What commands change: the events and each event's candidate places. */
export interface Snapshot {
  collection: EventCollection | null;
  candidates: CandidateTable;
}

const EMPTY: EventCollection = { type: 'FeatureCollection', features: [] };

/** The work after `cmd`, and the event it concerns (a new one's id, for `add`). */
export function apply(s: Snapshot, cmd: Command): Snapshot & { id: string | null } {
  const c = s.collection;
  if (cmd.type === 'add') {
    const r = addPlace(c ?? EMPTY, cmd.candidate, cmd.kind, cmd.written, cmd.sentence);
    return {
      collection: r.collection,
      candidates: { ...s.candidates, [r.id]: [cmd.candidate] },
      id: r.id,
    };
  }
  if (!c) return { ...s, id: null };
  if (cmd.type === 'append') return { ...appended(s.candidates, c, cmd), id: null };
  const id = cmd.id;
  const next = (collection: EventCollection) => ({ collection, candidates: s.candidates, id });
  switch (cmd.type) {
    case 'choose':
      // The geoparser's own pick comes first among the candidates (candidates.ts).
      return next(chooseCandidate(c, id, cmd.candidate, s.candidates[id]?.[0]));
    case 'kind':
      return next(setKind(c, id, cmd.kind));
    case 'move':
      return next(moveTo(c, id, cmd.lng, cmd.lat));
    case 'remove':
      return next(removeEvent(c, id));
    case 'actor':
      return next(setActor(c, id, cmd.actor));
    case 'means':
      return next(setMeans(c, id, cmd.means));
    case 'date':
      return next(setDate(c, id, cmd.date, cmd.precision));
    case 'excerpt':
      return next(setExcerpt(c, id, cmd.start, cmd.excerpt));
  }
}

/** The source the map's first article stands for once another article joins it. */
export const firstSource = (c: EventCollection): EventSource => ({
  id: FIRST_ARTICLE,
  title: c.article?.title ?? null,
  url: c.article?.url ?? null,
  date: c.article?.date ?? null,
});
export const FIRST_ARTICLE = 'article-1';

/** `c` with the appended article's events merged in (geo/collection.ts), its candidates under their new ids. */
function appended(
  candidates: CandidateTable,
  c: EventCollection,
  cmd: Extract<Command, { type: 'append' }>,
): Snapshot {
  const { collection, ids } = appendArticle(c, firstSource(c), cmd.collection, cmd.source);
  const next = { ...candidates };
  for (const [old, id] of ids) {
    const list = cmd.candidates[old];
    // An event merged into one already on the map keeps that one's candidates.
    if (list && !(id in next)) next[id] = list;
  }
  return { collection, candidates: next };
}

/** The work after each command in turn, from `base`. */
export function replay(base: Snapshot, commands: readonly Command[]): Snapshot {
  let s = base;
  for (const cmd of commands) {
    const r = apply(s, cmd);
    s = { collection: r.collection, candidates: r.candidates };
  }
  return s;
}

/**
 * Whether `next` continues `last` as one step of the history: moving the same
 * marker again (a drag, or the latitude field's arrow keys, step by step), or
 * typing a date field by field, is one change to undo, not dozens.
 */
export function merges(last: Command | undefined, next: Command): boolean {
  if (!last || last.type !== next.type) return false;
  if (last.type !== 'move' && last.type !== 'date') return false;
  return (next.type === 'move' || next.type === 'date') && last.id === next.id;
}

const KINDS: readonly EventKind[] = ['strike', 'attack', 'mention'];
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isSource = (v: unknown): v is EventSource =>
  obj(v) &&
  typeof v.id === 'string' &&
  strOrNull(v.title) &&
  strOrNull(v.url) &&
  (v.date === null || (typeof v.date === 'string' && DAY.test(v.date)));

/** Whether `v` is a command as saved (storage is the page's, but may be damaged or old). */
export function isCommand(v: unknown): v is Command {
  if (!obj(v)) return false;
  if (v.type === 'add')
    return (
      isCandidate(v.candidate) &&
      KINDS.includes(v.kind as EventKind) &&
      typeof v.written === 'string' &&
      (v.sentence === undefined ||
        (obj(v.sentence) &&
          finite(v.sentence.start) &&
          finite(v.sentence.end) &&
          typeof v.sentence.excerpt === 'string' &&
          (v.sentence.from === undefined ||
            (obj(v.sentence.from) &&
              isSource(v.sentence.from.source) &&
              typeof v.sentence.from.words === 'string'))))
    );
  // The collection's events and candidates are checked as saved events are (storage.ts).
  if (v.type === 'append')
    return (
      obj(v.collection) &&
      Array.isArray(v.collection.features) &&
      obj(v.candidates) &&
      !Array.isArray(v.candidates) &&
      isSource(v.source)
    );
  if (typeof v.id !== 'string') return false;
  switch (v.type) {
    case 'choose':
      return isCandidate(v.candidate);
    case 'kind':
      return KINDS.includes(v.kind as EventKind);
    case 'move':
      return finite(v.lng) && finite(v.lat);
    case 'remove':
      return true;
    case 'actor':
      return strOrNull(v.actor);
    case 'means':
      return v.means === null || (MEANS as readonly unknown[]).includes(v.means);
    case 'date':
      return (
        (v.date === null || (typeof v.date === 'string' && DAY.test(v.date))) &&
        (v.precision === null || (DATE_PRECISIONS as readonly unknown[]).includes(v.precision))
      );
    case 'excerpt':
      return finite(v.start) && typeof v.excerpt === 'string';
    default:
      return false;
  }
}

const A_KIND = { strike: 'a strike', attack: 'an attack', mention: 'a mention' } as const;

/** What a command does, in words for the Undo and Redo buttons ("Undo: remove the event"). */
export function commandLabel(cmd: Command): string {
  switch (cmd.type) {
    case 'choose':
      return `place ${cmd.candidate.name}`;
    case 'kind':
      return `make it ${A_KIND[cmd.kind]}`;
    case 'move':
      return 'move the marker';
    case 'remove':
      return 'remove the event';
    case 'actor':
      return cmd.actor ? `actor ${cmd.actor}` : 'clear the actor';
    case 'means':
      return cmd.means ? `means ${cmd.means}` : 'clear the means';
    case 'date':
      return cmd.date ? `date ${cmd.date}` : 'clear the date';
    case 'excerpt':
      return 'quote another sentence';
    case 'add':
      return `add ${cmd.candidate.name}`;
    case 'append':
      return `add the article “${cmd.source.title ?? cmd.source.id}”`;
  }
}
