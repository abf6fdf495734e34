// The workbench's saved work (src/workbench/storage.ts): damaged parts are left
// out and the rest restored, with a message that says what was left out.
import { describe, expect, it } from 'vitest';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { candidateTable } from '../../src/workbench/candidates.ts';
import { listCopies, loadWork, saveWork, Slot, STORAGE_KEY } from '../../src/workbench/storage.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';
import { memory } from './memory-storage.ts';

const ARTICLE =
  'Strikes near Tripoli\n\nAn air strike hit Tripoli on Monday, officials in Lebanon said. Paris condemned the strike.';

function mapped() {
  const a = analyse(ARTICLE, fakeGazetteer());
  const c = collectionOf(a);
  return { c, table: candidateTable(c, a.mentions) };
}

/** Saves the mapped article, then lets `damage` change the stored JSON. */
function savedThen(
  damage: (w: { collection: { features: unknown[] }; candidates: Record<string, unknown> }) => void,
) {
  const { c, table } = mapped();
  const s = memory();
  saveWork({ text: ARTICLE, collection: c, candidates: table }, s);
  const w = JSON.parse(s.m.get(STORAGE_KEY)!);
  damage(w);
  s.m.set(STORAGE_KEY, JSON.stringify(w));
  return { s, c, table };
}

describe('saved work keeps what parsed', () => {
  it('restores the good events when one is damaged, and says which was left out', () => {
    const { s, c } = savedThen((w) => {
      delete (w.collection.features[1] as { geometry?: unknown }).geometry;
    });
    expect(c.features.length).toBeGreaterThanOrEqual(3);
    const { work, problem } = loadWork(s);
    expect(work!.text).toBe(ARTICLE);
    expect(work!.collection!.features).toHaveLength(c.features.length - 1);
    expect(work!.collection!.features.map((f) => f.properties.id)).not.toContain(
      c.features[1]!.properties.id,
    );
    expect(problem).toBe(
      `Part of the work saved in this browser could not be restored: 1 of ${c.features.length} events was left out: #2 (${JSON.stringify(c.features[1]!.properties.id)}) has no coordinates.`,
    );
  });

  it("drops one event's damaged candidates, keeping the event and the other candidates", () => {
    const { c, table } = mapped();
    const id = c.features[0]!.properties.id;
    const { s } = savedThen((w) => {
      w.candidates[id] = [{ name: 'x' }];
    });
    const { work, problem } = loadWork(s);
    expect(work!.collection!.features).toHaveLength(c.features.length);
    expect(work!.candidates[id]).toBeUndefined();
    const other = c.features[1]!.properties.id;
    expect(work!.candidates[other]).toEqual(table[other]);
    expect(problem).toBe(
      `Part of the work saved in this browser could not be restored: the other candidate places of 1 event were left out (“${id}”: candidate 1 is malformed).`,
    );
  });

  it('keeps the text when the whole collection is unreadable', () => {
    const s = memory();
    s.m.set(STORAGE_KEY, JSON.stringify({ text: 'x', collection: { type: 'Nope' } }));
    const { work, problem } = loadWork(s);
    expect(work).toEqual({ text: 'x', collection: null, candidates: {} });
    expect(problem).toMatch(/could not be restored: .*FeatureCollection/);
  });
});

describe('two tabs', () => {
  const work = (text: string) => ({ text, collection: null, candidates: {} });
  function shared() {
    const m = memory();
    return {
      ...m,
      get length() {
        return m.m.size;
      },
      key: (i: number) => [...m.m.keys()][i] ?? null,
    };
  }

  it('the older tab cannot overwrite the newer one silently', () => {
    const store = shared();
    new Slot(STORAGE_KEY, store).save(work('first'));
    const a = new Slot(STORAGE_KEY, store);
    const b = new Slot(STORAGE_KEY, store);
    expect(a.load().work!.text).toBe('first');
    expect(b.load().work!.text).toBe('first');
    expect(b.save(work('from b'))).toEqual({ problem: null, conflict: false });
    expect(a.changedElsewhere()).toBe(true);
    expect(b.changedElsewhere()).toBe(false);
    expect(a.save(work('from a'))).toEqual({ problem: null, conflict: true });
    expect(loadWork(store).work!.text).toBe('from b');
    // Reload it: a takes b's version, and may save again.
    expect(a.load().work!.text).toBe('from b');
    expect(a.save(work('a again')).conflict).toBe(false);
    expect(b.save(work('b again')).conflict).toBe(true);
  });

  it("keeps the older tab's work as a copy, leaving the other one's in place", () => {
    const store = shared();
    const a = new Slot(STORAGE_KEY, store);
    const b = new Slot(STORAGE_KEY, store);
    a.load();
    b.load();
    b.save(work('from b'));
    const copy = a.copy();
    expect(copy.save(work('from a')).conflict).toBe(false);
    expect(loadWork(store).work!.text).toBe('from b');
    const copies = listCopies(store);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.key).toBe(copy.key);
    expect(new Slot(copies[0]!.key, store).load().work!.text).toBe('from a');
    // Start afresh in the copy removes it.
    copy.clear();
    expect(listCopies(store)).toHaveLength(0);
  });

  it('Start afresh in one tab is a change the other tab hears of', () => {
    const store = shared();
    const a = new Slot(STORAGE_KEY, store);
    const b = new Slot(STORAGE_KEY, store);
    a.save(work('x'));
    b.load();
    b.clear();
    expect(loadWork(store).work).toBeNull();
    expect(a.changedElsewhere()).toBe(true);
    expect(a.save(work('y')).conflict).toBe(true);
  });
});
