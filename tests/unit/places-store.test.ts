// The newsroom places store (src/workbench/places-store.ts) where IndexedDB cannot be
// used (as in private browsing): no function throws, the places live in memory for the
// session and every result says so. IndexedDB itself is exercised by tests/e2e/places.test.ts.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseExtraPlaces, type ExtraPlace } from '../../geo/gazetteer/extra-places.ts';
import {
  loadPlaces,
  removePlace,
  replacePlaces,
  resetPlacesStore,
  savePlace,
  SESSION_ONLY,
} from '../../src/workbench/places-store.ts';

const { places } = parseExtraPlaces(
  JSON.parse(readFileSync('tests/fixtures/newsroom-places.geojson', 'utf8')),
);
const [camp, haditha] = places as [ExtraPlace, ExtraPlace];
const g = globalThis as { indexedDB?: unknown };

describe.each([
  ['no IndexedDB at all', undefined],
  [
    'an IndexedDB whose open throws (private mode)',
    {
      open() {
        throw new DOMException('denied', 'InvalidStateError');
      },
    },
  ],
  [
    'an IndexedDB whose open fails',
    {
      open() {
        const r: Record<string, unknown> = {
          error: new DOMException('quota', 'QuotaExceededError'),
        };
        setTimeout(() => (r.onerror as () => void)());
        return r;
      },
    },
  ],
])('places store with %s', (_, idb) => {
  beforeEach(() => {
    resetPlacesStore();
    g.indexedDB = idb;
  });
  afterEach(() => {
    delete g.indexedDB;
    resetPlacesStore();
  });

  it('keeps the places in memory for the session and says so', async () => {
    expect(await loadPlaces()).toEqual({ places: [], problem: SESSION_ONLY });
    expect((await savePlace(camp)).places).toEqual([camp]);
    const both = await savePlace(haditha);
    expect(both).toEqual({ places: [camp, haditha], problem: SESSION_ONLY });
    // The same name and point: replaced where it stands.
    const renoted = { ...camp, note: 'renoted' };
    expect((await savePlace(renoted)).places).toEqual([renoted, haditha]);
    expect((await removePlace(camp)).places).toEqual([haditha]);
    expect((await loadPlaces()).places).toEqual([haditha]);
    expect(await replacePlaces([camp])).toEqual({ places: [camp], problem: SESSION_ONLY });
  });

  it('the first failure starts from the places the page already shows', async () => {
    expect((await savePlace(haditha, [camp])).places).toEqual([camp, haditha]);
  });
});
