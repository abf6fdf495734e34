// "Add to this map" (src/workbench/commands.ts `append`): one more article's
// events merged into the workbench's map as the CLI merges articles
// (geo/collection.ts), its candidates under the merged ids, undone and redone
// like any change, and saved with the work (storage.ts).
import { describe, expect, it } from 'vitest';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { parseEventCollection } from '../../src/map/data.ts';
import { candidateTable } from '../../src/workbench/candidates.ts';
import {
  apply,
  commandLabel,
  isCommand,
  type Command,
  type Snapshot,
} from '../../src/workbench/commands.ts';
import { record, redo, startHistory, undo } from '../../src/workbench/history.ts';
import { loadWork, saveWork, STORAGE_KEY } from '../../src/workbench/storage.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';
import { memory } from './memory-storage.ts';

const A =
  'Morning report\n\nKYIV, Jan 24, 2024 (Reuters) - Russian drones struck Odesa on Tuesday, the governor said.\n\nAn air strike hit Baghdad on Monday, officials said.';
const B =
  'Odesa port hit again\n\nKYIV, Jan 24, 2024 (Reuters) - A Russian drone strike hit Odesa on Tuesday, damaging the port.\n\nMilitants attacked Beirut on Monday, police said.';

function mapped(text: string) {
  const a = analyse(text, fakeGazetteer());
  const c = parseEventCollection(collectionOf(a));
  return { c, table: candidateTable(c, a.mentions) };
}

function appendB(): { base: Snapshot; cmd: Command; after: Snapshot } {
  const a = mapped(A);
  const b = mapped(B);
  const base = { collection: a.c, candidates: a.table };
  const cmd: Command = {
    type: 'append',
    collection: b.c,
    candidates: b.table,
    source: { id: 'article-2', title: 'Odesa port hit again', url: null, date: '2024-01-24' },
  };
  const r = apply(base, cmd);
  return { base, cmd, after: { collection: r.collection, candidates: r.candidates } };
}

const strikes = (s: Snapshot) =>
  s.collection!.features.filter((f) => f.properties.kind !== 'mention');
const at = (s: Snapshot, place: string) =>
  s.collection!.features.find(
    (f) => f.properties.name === place && f.properties.kind !== 'mention',
  );

describe('append', () => {
  it('merges the articles: the strike both report is one feature with both excerpts', () => {
    const { base, after } = appendB();
    // The inputs as expected: Odesa dated the same day in both.
    expect(at(base, 'Odesa')!.properties.date).toBe('2024-01-23');
    const odesa = strikes(after).filter((f) => f.properties.name === 'Odesa');
    expect(odesa).toHaveLength(1);
    const p = odesa[0]!.properties;
    // The first article's event keeps its id and gets its source.
    expect(p.id).toBe(at(base, 'Odesa')!.properties.id);
    expect(p.source).toEqual({
      id: 'article-1',
      title: 'Morning report',
      url: null,
      date: '2024-01-24',
    });
    expect(p.sources!.map((s) => [s.id, s.excerpt])).toEqual([
      [
        'article-1',
        'KYIV, Jan 24, 2024 (Reuters) - Russian drones struck Odesa on Tuesday, the governor said.',
      ],
      [
        'article-2',
        'KYIV, Jan 24, 2024 (Reuters) - A Russian drone strike hit Odesa on Tuesday, damaging the port.',
      ],
    ]);
    // One event each of their own, with one source.
    const names = strikes(after).map((f) => f.properties.name);
    expect(names.sort()).toEqual(['Baghdad', 'Beirut', 'Odesa']);
    expect(at(after, 'Baghdad')!.properties.source?.id).toBe('article-1');
    expect(at(after, 'Baghdad')!.properties.sources).toBeUndefined();
    expect(at(after, 'Beirut')!.properties.source?.id).toBe('article-2');
    expect(after.collection!.articles).toBe(2);
    // The first article stays the map's article (its text, for its sentences).
    expect(after.collection!.article?.text).toBe(A);
  });

  it('re-keys the candidates to the merged ids; a merged event keeps its own', () => {
    const { base, cmd, after } = appendB();
    const ids = after.collection!.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(after.candidates).sort()).toEqual([...ids].sort());
    const beirut = at(after, 'Beirut')!.properties.id;
    const b = cmd.type === 'append' ? cmd : null;
    const old = b!.collection.features.find(
      (f) => f.properties.name === 'Beirut' && f.properties.kind !== 'mention',
    )!.properties.id;
    expect(beirut).not.toBe(old);
    expect(after.candidates[beirut]).toEqual(b!.candidates[old]);
    const odesa = at(after, 'Odesa')!.properties.id;
    expect(after.candidates[odesa]).toBe(base.candidates[odesa]);
  });

  it('is undone (the added article’s events go) and redone, also after later changes', () => {
    const { base, cmd, after } = appendB();
    let h = record(startHistory(base), cmd);
    const beirut = at(after, 'Beirut')!.properties.id;
    const kind: Command = { type: 'kind', id: beirut, kind: 'strike' };
    const changed = apply(after, kind);
    h = record(h, kind);
    const u1 = undo(h)!;
    expect(u1.work.collection).toEqual(after.collection);
    const u2 = undo(u1.history)!;
    expect(u2.command).toBe(cmd);
    expect(u2.work).toEqual(base);
    expect(u2.work.collection!.features.some((f) => f.properties.name === 'Beirut')).toBe(false);
    const r1 = redo(u2.history, u2.work)!;
    expect(r1.work.collection).toEqual(after.collection);
    expect(r1.work.candidates).toEqual(after.candidates);
    const r2 = redo(r1.history, r1.work)!;
    expect(r2.work.collection).toEqual(changed.collection);
  });

  it('a third article merges into the sources already listed', () => {
    const { after } = appendB();
    const c = mapped(B.replace('damaging the port', 'officials said'));
    const r = apply(after, {
      type: 'append',
      collection: c.c,
      candidates: c.table,
      source: { id: 'article-3', title: null, url: null, date: null },
    });
    const odesa = r.collection!.features.filter(
      (f) => f.properties.name === 'Odesa' && f.properties.kind !== 'mention',
    );
    expect(odesa).toHaveLength(1);
    expect(odesa[0]!.properties.sources!.map((s) => s.id)).toEqual([
      'article-1',
      'article-2',
      'article-3',
    ]);
    expect(r.collection!.articles).toBe(3);
  });

  it('is a command as saved, named by its article, and rejected when damaged', () => {
    const { cmd } = appendB();
    expect(isCommand(JSON.parse(JSON.stringify(cmd)))).toBe(true);
    expect(commandLabel(cmd)).toBe('add the article “Odesa port hit again”');
    expect(isCommand({ ...cmd, source: { id: 2 } })).toBe(false);
    expect(isCommand({ ...cmd, collection: { features: 'x' } })).toBe(false);
    expect(isCommand({ ...cmd, candidates: [] })).toBe(false);
  });

  it('is saved with the work and restored: the history undoes it after a reload', () => {
    const { base, cmd, after } = appendB();
    const store = memory();
    const history = record(startHistory(base), cmd);
    const texts = { 'article-2': B };
    expect(
      saveWork(
        { text: B, collection: after.collection, candidates: after.candidates, history, texts },
        store,
      ),
    ).toBeNull();
    const { work, problem } = loadWork(store);
    expect(problem).toBeNull();
    expect(work!.collection).toEqual(after.collection);
    expect(work!.candidates).toEqual(after.candidates);
    expect(work!.texts).toEqual(texts);
    expect(work!.history!.done).toEqual(history.done);
    expect(undo(work!.history!)!.work.collection).toEqual(base.collection);
  });

  it('damaged saved texts and append commands are left out with a message', () => {
    const { base, cmd, after } = appendB();
    const store = memory();
    const history = record(startHistory(base), cmd);
    saveWork(
      { text: B, collection: after.collection, candidates: after.candidates, history },
      store,
    );
    const saved = JSON.parse(store.getItem(STORAGE_KEY)!);
    saved.texts = { 'article-2': 42, 'article-3': 'kept' };
    saved.history.done[0].collection.features[0].geometry = null;
    store.setItem(STORAGE_KEY, JSON.stringify(saved));
    const { work, problem } = loadWork(store);
    expect(work!.collection).toEqual(after.collection);
    expect(work!.texts).toEqual({ 'article-3': 'kept' });
    expect(work!.history).toBeUndefined();
    expect(problem).toContain('the text of 1 added article was left out');
    expect(problem).toContain('the undo history was left out');
  });
});
