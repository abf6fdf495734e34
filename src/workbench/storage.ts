// Work in progress in localStorage: the article text and the edited events
// (with their candidates). The article text is stored once: the collection's
// `article.text` is left out when it is the field's text and put back on
// loading. Storage may be missing (private mode, disabled) or full, and saved
// data may be damaged: every failure is a message for the page, never an
// exception, and damaged parts (an event, an event's candidates) are left out
// with the rest restored.
import type { EventCollection } from '../../geo/types.ts';
import { parseEvents } from '../map/data.ts';
import type { Candidate, CandidateTable } from './protocol.ts';
import { isCommand, type Command, type Snapshot } from './commands.ts';
import type { History } from './history.ts';
import { isCandidate } from './candidate-check.ts';
import { parseChanges, type PublishChanges } from './publish.ts';

export const STORAGE_KEY = 'conflict-map:workbench:v1';
/** Copies kept from a tab whose saved work another tab had changed: this prefix and a unique tail. */
export const COPY_PREFIX = `${STORAGE_KEY}:copy:`;

export interface Work {
  text: string;
  collection: EventCollection | null;
  candidates: CandidateTable;
  /** How the work came about: undo and redo go on after a reload (absent: nothing to undo). */
  history?: History;
  /** The Publish form's settings that the editor changed (src/workbench/publish.ts); absent or null: none. */
  publish?: PublishChanges | null;
  /** The text of each article added to the map after the first, by its source id (absent: none). */
  texts?: Record<string, string>;
}

/**
 * What is stored: `articleIsText` when `collection.article.text` was left out
 * (it is `text`). `revision` counts the saves (first in the JSON, so it is read
 * without parsing the rest); `cleared` marks work removed with "Start afresh".
 */
interface Stored {
  revision?: number;
  savedAt?: string;
  cleared?: true;
  text: string;
  collection: EventCollection | null;
  candidates: CandidateTable;
  publish?: PublishChanges | null;
  articleIsText?: true;
  history?: History;
  texts?: Record<string, string>;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

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

/** Saves the work (as revision `revision`, under `key`); returns null, or why it could not be kept. */
export function saveWork(
  work: Work,
  store: StorageLike | null = storage(),
  key = STORAGE_KEY,
  revision = 1,
): string | null {
  if (!store) return 'Your work cannot be kept across reloads: this browser blocks local storage.';
  const stored: Stored = { revision, savedAt: new Date().toISOString(), ...work };
  // The article's text is stored once: in `text`, when the events' article is it.
  const same = (c: EventCollection | null) => !!c?.article && c.article.text === work.text;
  const strip = (c: EventCollection): EventCollection => {
    const { text: _same, ...rest } = c.article!;
    void _same;
    return { ...c, article: rest };
  };
  if (same(work.collection)) {
    stored.collection = strip(work.collection!);
    stored.articleIsText = true;
  }
  const h = work.history;
  if (h && same(h.base.collection) && (work.collection === null || same(work.collection)))
    stored.history = { ...h, base: { ...h.base, collection: strip(h.base.collection!) } };
  try {
    store.setItem(key, JSON.stringify(stored));
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
export function loadWork(
  store: StorageLike | null = storage(),
  key = STORAGE_KEY,
): {
  work: Work | null;
  problem: string | null;
} {
  if (!store) return { work: null, problem: null };
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { work: null, problem: null };
  }
  if (raw === null || revisionOf(raw) < 0) return { work: null, problem: null };
  let w: Partial<Stored> | null;
  try {
    w = JSON.parse(raw) as Partial<Stored> | null;
  } catch (e) {
    return { work: null, problem: restoreFailed((e as Error).message) };
  }
  if (typeof w?.text !== 'string') return { work: null, problem: restoreFailed('no article text') };
  const problems: string[] = [];
  const text = w.text;
  const withText = (c: EventCollection | null | undefined) =>
    w.articleIsText && c && typeof c === 'object' && c.article
      ? { ...c, article: { ...c.article, text } }
      : c;
  const saved = withText(w.collection);
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
  const history = parseHistory(w.history, withText);
  if (history === 'damaged') problems.push('the undo history was left out');
  const publish = parseChanges(w.publish);
  problems.push(...publish.dropped);
  const texts = parseTexts(w.texts);
  if (texts.dropped)
    problems.push(
      `the text of ${texts.dropped} added article${texts.dropped === 1 ? ' was' : 's were'} left out (its events stay; their quoted sentence cannot be changed)`,
    );
  return {
    work: {
      text: w.text,
      collection,
      candidates,
      ...(collection && history && history !== 'damaged' ? { history } : {}),
      ...(publish.changes ? { publish: publish.changes } : {}),
      ...(Object.keys(texts.texts).length ? { texts: texts.texts } : {}),
    },
    problem: problems.length
      ? `Part of the work saved in this browser could not be restored: ${problems.join('; ')}.`
      : null,
  };
}

/** The added articles' texts: a table of strings (a damaged entry is left out and counted). */
function parseTexts(v: unknown): { texts: Record<string, string>; dropped: number } {
  if (v === undefined || v === null) return { texts: {}, dropped: 0 };
  if (typeof v !== 'object' || Array.isArray(v)) return { texts: {}, dropped: 1 };
  const texts: Record<string, string> = {};
  let dropped = 0;
  for (const [id, t] of Object.entries(v as Record<string, unknown>)) {
    if (typeof t === 'string') texts[id] = t;
    else dropped++;
  }
  return { texts, dropped };
}

/** An added article's events as saved in its command, checked as saved events are (null when damaged). */
function appendChecked(cmd: Command): Command | null {
  if (cmd.type !== 'append') return cmd;
  try {
    const r = parseEvents(cmd.collection);
    const { table, dropped } = parseCandidates(cmd.candidates);
    return r.leftOut || dropped.length
      ? null
      : { ...cmd, collection: r.collection, candidates: table };
  } catch {
    return null;
  }
}

/** The saved history, checked whole (a part of it would replay to other work): null when none. */
function parseHistory(
  v: unknown,
  withText: (c: EventCollection | null | undefined) => unknown,
): History | null | 'damaged' {
  if (v === undefined || v === null) return null;
  const h = v as Partial<History>;
  if (typeof h !== 'object' || !Array.isArray(h.done) || !Array.isArray(h.undone)) return 'damaged';
  if (!h.done.every(isCommand) || !h.undone.every(isCommand)) return 'damaged';
  const done = h.done.map(appendChecked);
  const undone = h.undone.map(appendChecked);
  if (done.includes(null) || undone.includes(null)) return 'damaged';
  const b = h.base as Partial<Snapshot> | undefined;
  if (!b || typeof b !== 'object') return 'damaged';
  let collection: EventCollection | null = null;
  if (b.collection) {
    try {
      const r = parseEvents(withText(b.collection));
      if (r.leftOut) return 'damaged';
      collection = r.collection;
    } catch {
      return 'damaged';
    }
  }
  const { table, dropped } = parseCandidates(b.candidates);
  if (dropped.length) return 'damaged';
  return {
    base: { collection, candidates: table },
    done: done as Command[],
    undone: undone as Command[],
  };
}

function restoreFailed(why: string): string {
  return `The work saved in this browser could not be restored (${why}); starting afresh.`;
}

/** The revision of stored JSON: 0 for none (or work saved before revisions), -1-r for cleared work. */
function revisionOf(raw: string | null): number {
  if (raw === null) return 0;
  const m = /^\{"revision":(\d+),(?:"savedAt":"[^"]*",)?("cleared":true)?/.exec(raw);
  if (!m) return 0;
  return m[2] ? -1 - Number(m[1]) : Number(m[1]);
}

/** The number of saves a revisionOf value stands for. */
const counted = (revision: number) => (revision < 0 ? -1 - revision : revision);

function read(store: StorageLike | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * One tab's hold on a saved work (the main one, or a copy): it remembers the
 * revision it last loaded or saved, and refuses to save over a newer one that
 * another tab wrote (then `conflict`). The page listens for `storage` events on
 * `key` and asks `changedElsewhere()`.
 */
export class Slot {
  /** The stored revision this tab's work is based on (as revisionOf gives it). */
  private base = 0;

  constructor(
    readonly key = STORAGE_KEY,
    private readonly store: StorageLike | null = storage(),
  ) {}

  load(): { work: Work | null; problem: string | null } {
    this.base = revisionOf(read(this.store, this.key));
    return loadWork(this.store, this.key);
  }

  /** Another tab saved (or cleared) this work since this tab loaded or saved it. */
  changedElsewhere(): boolean {
    return revisionOf(read(this.store, this.key)) !== this.base;
  }

  save(work: Work): { problem: string | null; conflict: boolean } {
    if (this.changedElsewhere()) return { problem: null, conflict: true };
    const next = counted(this.base) + 1;
    const problem = saveWork(work, this.store, this.key, next);
    if (problem === null) this.base = next;
    return { problem, conflict: false };
  }

  /** Start afresh: a copy is removed; the main work is marked cleared (a change other tabs see). */
  clear(): void {
    try {
      if (this.key !== STORAGE_KEY) {
        this.store?.removeItem(this.key);
        this.base = 0;
        return;
      }
      const n = counted(this.base) + 1;
      const cleared: Stored = {
        revision: n,
        cleared: true,
        text: '',
        collection: null,
        candidates: {},
      };
      this.store?.setItem(this.key, JSON.stringify(cleared));
      this.base = -1 - n;
    } catch {
      /* nothing to clear */
    }
  }

  /** A new, empty slot for this tab's work as a copy beside the main one. */
  copy(): Slot {
    const tail = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    return new Slot(COPY_PREFIX + tail, this.store);
  }
}

/** The copies kept in this browser, newest first: their key, when they were saved and their title. */
export function listCopies(
  store: StorageLike | null = storage(),
): { key: string; savedAt: string | null; title: string }[] {
  const out: { key: string; savedAt: string | null; title: string }[] = [];
  try {
    const n = store?.length ?? 0;
    for (let i = 0; i < n; i++) {
      const key = store!.key?.(i);
      if (!key?.startsWith(COPY_PREFIX)) continue;
      const w = JSON.parse(read(store, key) ?? 'null') as Partial<Stored> | null;
      if (typeof w?.text !== 'string') continue;
      const title = w.collection?.article?.title ?? w.text.trim().split('\n')[0] ?? '';
      out.push({
        key,
        savedAt: typeof w.savedAt === 'string' ? w.savedAt : null,
        title: title.length > 80 ? `${title.slice(0, 80)}…` : title,
      });
    }
  } catch {
    /* storage unreadable: no copies to offer */
  }
  return out.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
}

export function clearWork(store: StorageLike | null = storage()): void {
  new Slot(STORAGE_KEY, store).clear();
}
