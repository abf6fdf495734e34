// The newsroom's places in this browser: one IndexedDB object store, a record per
// place keyed by its name and point (placeKey). Every function resolves with the places
// as now kept and a problem message or null: none throws. When IndexedDB cannot be
// used (private mode, blocked storage, a full disk) the places are kept in memory for
// this session, and the message says so.
import {
  parseExtraPlaces,
  placeKey,
  serialiseExtraPlaces,
  type ExtraPlace,
} from '../../geo/gazetteer/extra-places.ts';

export interface StoreResult {
  places: ExtraPlace[];
  problem: string | null;
}

const DB = 'conflict-map-newsroom';
const STORE = 'places';
const VERSION = 1;

export const SESSION_ONLY =
  'This browser does not let the workbench keep newsroom places (private browsing or blocked storage?): they are kept for this session only. Export them to keep them.';

interface PlaceRecord {
  key: string;
  /** When it was first saved (ms): the list keeps that order. */
  added: number;
  place: ExtraPlace;
}

/** Places kept in memory once IndexedDB has failed (null: IndexedDB in use). */
let memory: ExtraPlace[] | null = null;
let opening: Promise<IDBDatabase> | null = null;

/** For the unit tests: forget the session's memory and the open database. */
export function resetPlacesStore(): void {
  memory = null;
  opening = null;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const idb = globalThis.indexedDB;
    if (!idb) throw new Error('no IndexedDB');
    const r = idb.open(DB, VERSION);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'key' });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB cannot be opened'));
    r.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
  return opening;
}

/** The stored records checked as a places file: a damaged record is left out and named. */
function checked(records: unknown[]): StoreResult {
  const ok = records.filter(
    (r): r is PlaceRecord => typeof r === 'object' && r !== null && 'place' in r && 'added' in r,
  );
  ok.sort((a, b) => Number(a.added) - Number(b.added));
  const { places, problems } = parseExtraPlaces(
    serialiseExtraPlaces(ok.map((r) => r.place).filter((p) => typeof p === 'object' && p)),
  );
  const lost = records.length - places.length;
  return {
    places,
    problem: lost
      ? `${lost} saved newsroom place${lost === 1 ? ' was' : 's were'} damaged and left out${problems.length ? ` (${problems[0]})` : ''}.`
      : null,
  };
}

async function all(db: IDBDatabase): Promise<StoreResult> {
  const tx = db.transaction(STORE, 'readonly');
  return checked(await request(tx.objectStore(STORE).getAll()));
}

/** Runs `change` in one read-write transaction, then reads the places back. */
async function write(change: (store: IDBObjectStore) => void): Promise<StoreResult> {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
  change(tx.objectStore(STORE));
  await done;
  return all(db);
}

/**
 * `op` on IndexedDB; on any failure, `inMemory` on the session's copy (which starts from
 * `fallback`, the places as last known) and the session-only message.
 */
async function attempt(
  op: () => Promise<StoreResult>,
  inMemory: (places: ExtraPlace[]) => ExtraPlace[],
  fallback: ExtraPlace[] = [],
): Promise<StoreResult> {
  if (memory === null) {
    try {
      return await op();
    } catch {
      memory = fallback;
    }
  }
  memory = inMemory(memory);
  return { places: [...memory], problem: SESSION_ONLY };
}

const record = (place: ExtraPlace, added: number): PlaceRecord => ({
  key: placeKey(place),
  added,
  place: { ...place, aliases: [...place.aliases] },
});

/** The saved places, in the order they were first saved. */
export function loadPlaces(): Promise<StoreResult> {
  return attempt(
    async () => all(await open()),
    (m) => m,
  );
}

/** Saves a place (one of the same name and point is replaced, keeping its place in the list). */
export function savePlace(place: ExtraPlace, known: ExtraPlace[] = []): Promise<StoreResult> {
  const replace = (m: ExtraPlace[]) => {
    const i = m.findIndex((p) => placeKey(p) === placeKey(place));
    return i < 0 ? [...m, place] : m.map((p, j) => (j === i ? place : p));
  };
  return attempt(
    () =>
      write((store) => {
        const key = placeKey(place);
        const get = store.get(key);
        get.onsuccess = () => {
          const old = get.result as PlaceRecord | undefined;
          store.put(record(place, old?.added ?? Date.now()));
        };
      }),
    replace,
    known,
  );
}

/** Removes the place of this name and point. */
export function removePlace(place: ExtraPlace, known: ExtraPlace[] = []): Promise<StoreResult> {
  const key = placeKey(place);
  return attempt(
    () => write((store) => store.delete(key)),
    (m) => m.filter((p) => placeKey(p) !== key),
    known,
  );
}

/** Replaces every saved place with `places` (an import that replaces, or a merge's result). */
export function replacePlaces(
  places: readonly ExtraPlace[],
  known: ExtraPlace[] = [],
): Promise<StoreResult> {
  const t0 = Date.now();
  return attempt(
    () =>
      write((store) => {
        store.clear();
        places.forEach((p, i) => store.put(record(p, t0 + i)));
      }),
    () => [...places],
    known,
  );
}
