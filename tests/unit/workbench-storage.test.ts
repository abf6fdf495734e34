// The workbench's saved work (src/workbench/storage.ts): damaged parts are left
// out and the rest restored, with a message that says what was left out.
import { describe, expect, it } from 'vitest';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { candidateTable } from '../../src/workbench/candidates.ts';
import { loadWork, saveWork, STORAGE_KEY } from '../../src/workbench/storage.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';

const ARTICLE =
  'Strikes near Tripoli\n\nAn air strike hit Tripoli on Monday, officials in Lebanon said. Paris condemned the strike.';

function mapped() {
  const a = analyse(ARTICLE, fakeGazetteer());
  const c = collectionOf(a);
  return { c, table: candidateTable(c, a.mentions) };
}

export function memory() {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
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
