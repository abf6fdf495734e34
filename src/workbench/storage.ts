// Work in progress in localStorage: the article text and the edited events
// (with their candidates). Storage may be missing (private mode, disabled) or
// full: every failure is a message for the page, never an exception.
import type { EventCollection } from '../../geo/types.ts';
import { parseEventCollection } from '../map/data.ts';
import type { CandidateTable } from './protocol.ts';

export const STORAGE_KEY = 'conflict-map:workbench:v1';

export interface Work {
  text: string;
  collection: EventCollection | null;
  candidates: CandidateTable;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(work));
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
    const w = JSON.parse(raw) as Partial<Work>;
    if (typeof w.text !== 'string') throw new Error('no article text');
    const collection = w.collection ? parseEventCollection(w.collection) : null;
    const candidates =
      w.candidates && typeof w.candidates === 'object' && !Array.isArray(w.candidates)
        ? (w.candidates as CandidateTable)
        : {};
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
