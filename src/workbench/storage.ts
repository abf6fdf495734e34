// Work in progress in localStorage: the article text and the edited events
// (with their candidates). The article text is stored once: the collection's
// `article.text` is left out when it is the field's text and put back on
// loading. Storage may be missing (private mode, disabled) or full, and saved
// data may be damaged: every failure is a message for the page, never an exception.
import type { EventCollection, Precision } from '../../geo/types.ts';
import { parseEventCollection } from '../map/data.ts';
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

/** The saved candidate table, checked: an object of arrays of candidates. */
function parseCandidates(v: unknown): CandidateTable {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new Error('the candidates are not a table');
  const out: CandidateTable = {};
  for (const [id, list] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw new Error(`the candidates of “${id}” are not a list`);
    const bad = list.findIndex((c) => !isCandidate(c));
    if (bad >= 0) throw new Error(`candidate ${bad + 1} of “${id}” is malformed`);
    out[id] = list as Candidate[];
  }
  return out;
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

/** The saved work, or null when there is none; unreadable saved data is dropped with a message. */
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
  try {
    const w = JSON.parse(raw) as Partial<Stored> | null;
    if (typeof w?.text !== 'string') throw new Error('no article text');
    let saved = w.collection;
    if (w.articleIsText && saved && typeof saved === 'object' && saved.article)
      saved = { ...saved, article: { ...saved.article, text: w.text } };
    const collection = saved ? parseEventCollection(saved) : null;
    const candidates = parseCandidates(w.candidates);
    return { work: { text: w.text, collection, candidates }, problem: null };
  } catch (e) {
    return {
      work: null,
      problem: `The work saved in this browser could not be restored (${(e as Error).message}); starting afresh.`,
    };
  }
}

export function clearWork(store: StorageLike | null = storage()): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to clear */
  }
}
