// Work in progress in localStorage: the article text and the edited events
// (with their candidates). The article text is stored once: the collection's
// `article.text` is left out when it is the field's text and put back on
// loading. Storage may be missing (private mode, disabled) or full, and saved
// data may be damaged: every failure is a message for the page, never an
// exception, and damaged parts (an event, an event's candidates) are left out
// with the rest restored.
import type { EventCollection, Precision } from '../../geo/types.ts';
import { parseEvents } from '../map/data.ts';
import type { Candidate, CandidateTable } from './protocol.ts';

export const STORAGE_KEY = 'conflict-map:workbench:v1';

export interface Work {
  text: string;
  collection: EventCollection | null;
  candidates: CandidateTable;
}

/** What is stored: `articleIsText` when `collection.article.text` was left out (it is `text`). */
interface Stored {
  text: string;
  collection: EventCollection | null;
  candidates: CandidateTable;
  articleIsText?: true;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PRECISIONS: readonly Precision[] = ['site', 'city', 'region', 'country', 'water'];

function isCandidate(v: unknown): v is Candidate {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const strOrNull = (x: unknown) => x === null || typeof x === 'string';
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return (
    typeof c.gazetteer === 'string' &&
    typeof c.name === 'string' &&
    strOrNull(c.country) &&
    strOrNull(c.admin1) &&
    PRECISIONS.includes(c.precision as Precision) &&
    typeof c.code === 'string' &&
    finite(c.population) &&
    finite(c.lon) &&
    finite(c.lat) &&
    (c.share === null || finite(c.share)) &&
    (c.bbox === undefined || (Array.isArray(c.bbox) && c.bbox.length === 4 && c.bbox.every(finite)))
  );
}

/**
 * The saved candidate table, checked: an object of arrays of candidates. An
 * event whose list is damaged loses its list (it keeps its place); `dropped`
 * says which, and why.
 */
function parseCandidates(v: unknown): { table: CandidateTable; dropped: string[] } {
  if (v === undefined || v === null) return { table: {}, dropped: [] };
  if (typeof v !== 'object' || Array.isArray(v))
    return { table: {}, dropped: ['the candidates are not a table'] };
  const table: CandidateTable = {};
  const dropped: string[] = [];
  for (const [id, list] of Object.entries(v as Record<string, unknown>)) {
    const bad = Array.isArray(list) ? list.findIndex((c) => !isCandidate(c)) : -1;
    if (!Array.isArray(list)) dropped.push(`“${id}”: not a list`);
    else if (bad >= 0) dropped.push(`“${id}”: candidate ${bad + 1} is malformed`);
    else table[id] = list as Candidate[];
  }
  return { table, dropped };
}

function storage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Saves the work; returns null, or why it could not be kept. */
export function saveWork(work: Work, store: StorageLike | null = storage()): string | null {
  if (!store) return 'Your work cannot be kept across reloads: this browser blocks local storage.';
  const stored: Stored = { ...work };
  const article = work.collection?.article;
  if (article && article.text === work.text) {
    const { text: _same, ...rest } = article;
    void _same;
    stored.collection = { ...work.collection!, article: rest };
    stored.articleIsText = true;
  }
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(stored));
    return null;
  } catch (e) {
    const full = e instanceof DOMException && /quota/i.test(e.name + e.message);
    return full
      ? 'Your work is too large to keep across reloads (browser storage is full); download the GeoJSON to keep it.'
      : `Your work cannot be kept across reloads: ${(e as Error).message}`;
  }
}

/**
 * The saved work, or null when there is none. What cannot be read is left out
 * and the rest restored; `problem` says what was left out (null when nothing was).
 */
export function loadWork(store: StorageLike | null = storage()): {
  work: Work | null;
  problem: string | null;
} {
  if (!store) return { work: null, problem: null };
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { work: null, problem: null };
  }
  if (raw === null) return { work: null, problem: null };
  let w: Partial<Stored> | null;
  try {
    w = JSON.parse(raw) as Partial<Stored> | null;
  } catch (e) {
    return { work: null, problem: restoreFailed((e as Error).message) };
  }
  if (typeof w?.text !== 'string') return { work: null, problem: restoreFailed('no article text') };
  const problems: string[] = [];
  let saved = w.collection;
  if (w.articleIsText && saved && typeof saved === 'object' && saved.article)
    saved = { ...saved, article: { ...saved.article, text: w.text } };
  let collection: EventCollection | null = null;
  if (saved) {
    try {
      const r = parseEvents(saved);
      collection = r.collection;
      if (r.leftOut) problems.push(r.leftOut.replace(/\.$/, ''));
    } catch (e) {
      problems.push(`the events were left out (${(e as Error).message})`);
    }
  }
  const { table, dropped } = parseCandidates(w.candidates);
  // Candidates only for events that are still there.
  const candidates = collection ? table : {};
  if (dropped.length) {
    const n = dropped.length;
    problems.push(
      `the other candidate places of ${n} event${n === 1 ? ' were' : 's were'} left out (${dropped.slice(0, 3).join('; ')}${n > 3 ? `; and ${n - 3} more` : ''})`,
    );
  }
  return {
    work: { text: w.text, collection, candidates },
    problem: problems.length
      ? `Part of the work saved in this browser could not be restored: ${problems.join('; ')}.`
      : null,
  };
}

function restoreFailed(why: string): string {
  return `The work saved in this browser could not be restored (${why}); starting afresh.`;
}

export function clearWork(store: StorageLike | null = storage()): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to clear */
  }
}
