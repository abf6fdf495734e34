// Commands, undo and redo (src/workbench/commands.ts, history.ts) and the history
// saved with the work (storage.ts): every change the review panel makes is a
// command; undo replays the others from the geoparser's output; a reload keeps it.
import { describe, expect, it } from 'vitest';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { possibleEvents } from '../../geo/possible.ts';
import { parseEventCollection } from '../../src/map/data.ts';
import { candidateTable } from '../../src/workbench/candidates.ts';
import { apply, isCommand, replay, type Command } from '../../src/workbench/commands.ts';
import { record, redo, startHistory, undo, type History } from '../../src/workbench/history.ts';
import { articleSentences, excerptChoices } from '../../src/workbench/sentences.ts';
import { loadWork, saveWork, STORAGE_KEY } from '../../src/workbench/storage.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';
import { memory } from './memory-storage.ts';

const ARTICLE =
  'Strikes near Tripoli\n\nAn air strike hit Tripoli on Monday, officials in Lebanon said. Paris condemned the strike.\n\nMilitants attacked a fuel depot overnight, the governor said.';

function mapped() {
  const a = analyse(ARTICLE, fakeGazetteer());
  // As the workbench holds it: the geoparser's output through the validator.
  const c = parseEventCollection(collectionOf(a));
  return { a, c, table: candidateTable(c, a.mentions) };
}

/** Applies the commands one by one, recording them, as the workbench does. */
function made(commands: Command[]) {
  const { c, table } = mapped();
  let h: History = startHistory({ collection: c, candidates: table });
  let now = h.base;
  for (const cmd of commands) {
    const r = apply(now, cmd);
    now = { collection: r.collection, candidates: r.candidates };
    h = record(h, cmd);
  }
  return { c, table, h, now };
}

const tripoli = (c: ReturnType<typeof mapped>['c']) =>
  c.features.find((f) => f.properties.place === 'Tripoli')!;

describe('commands', () => {
  it('change the actor, means, date and quoted sentence, each marked as edited', () => {
    const { c } = mapped();
    const id = tripoli(c).properties.id;
    const sentences = articleSentences(ARTICLE);
    const other = sentences.find((s) => s.excerpt.startsWith('Paris'))!;
    const { now } = made([
      { type: 'actor', id, actor: '  Israeli   Air Force ' },
      { type: 'means', id, means: 'drone' },
      { type: 'date', id, date: '2024-01-08', precision: 'week' },
      { type: 'excerpt', id, start: other.start, excerpt: other.excerpt },
    ]);
    const p = now.collection!.features.find((f) => f.properties.id === id)!.properties;
    expect(p.actor).toBe('Israeli Air Force');
    expect(p.means).toBe('drone');
    expect([p.date, p.datePrecision, p.dateSpan]).toEqual(['2024-01-08', 'week', undefined]);
    expect(p.excerpt).toBe('Paris condemned the strike.');
    expect(ARTICLE.slice(p.excerptStart, p.excerptStart + p.excerpt.length)).toBe(p.excerpt);
    expect(p.edited).toEqual(['actor', 'means', 'date', 'excerpt']);
    // What the workbench shows is what a file of it would be: the validator keeps it.
    const kept = parseEventCollection(now.collection).features.find((f) => f.properties.id === id);
    expect(kept!.properties).toEqual(p);
  });

  it('an empty actor is "not said"; a change to the same value changes nothing', () => {
    const { c } = mapped();
    const id = tripoli(c).properties.id;
    const named = apply({ collection: c, candidates: {} }, { type: 'actor', id, actor: 'IDF' });
    const cleared = apply(named, { type: 'actor', id, actor: '  ' });
    expect(tripoli(cleared.collection!).properties.actor).toBeNull();
    const same = apply(named, { type: 'actor', id, actor: 'IDF' });
    expect(same.collection).toBe(named.collection);
  });

  it('add from a sentence quotes that sentence and spans the name in it', () => {
    const { c, table } = mapped();
    const s = articleSentences(ARTICLE).find((x) => x.excerpt.startsWith('Militants'))!;
    const cand = table[tripoli(c).properties.id]![1]!;
    const r = apply(
      { collection: c, candidates: table },
      { type: 'add', candidate: cand, kind: 'attack', written: 'fuel depot', sentence: s },
    );
    const f = r.collection!.features.find((x) => x.properties.id === r.id)!;
    expect(f.properties.excerpt).toBe(s.excerpt);
    expect(f.properties.excerptStart).toBe(s.start);
    expect(ARTICLE.slice(...f.properties.spans[0]!)).toBe('fuel depot');
    expect(r.candidates[r.id!]).toEqual([cand]);
  });
});

describe('undo and redo', () => {
  it('undo replays the rest from the base; redo makes the change again', () => {
    const { c } = mapped();
    const id = tripoli(c).properties.id;
    const { h, now } = made([
      { type: 'kind', id, kind: 'attack' },
      { type: 'actor', id, actor: 'Hezbollah' },
    ]);
    const u = undo(h)!;
    expect(u.command.type).toBe('actor');
    const p = u.work.collection!.features.find((f) => f.properties.id === id)!.properties;
    expect([p.kind, p.actor, p.edited]).toEqual(['attack', tripoli(c).properties.actor, ['kind']]);
    const u2 = undo(u.history)!;
    expect(u2.work.collection).toEqual(c);
    expect(undo(u2.history)).toBeNull();
    const r = redo(u2.history, u2.work)!;
    const r2 = redo(r.history, r.work)!;
    expect(r2.work.collection).toEqual(now.collection);
    expect(redo(r2.history, r2.work)).toBeNull();
  });

  it('a new change clears the redo list; moving one marker step by step is one undo', () => {
    const { c } = mapped();
    const id = tripoli(c).properties.id;
    const { h } = made([
      { type: 'kind', id, kind: 'attack' },
      { type: 'move', id, lng: 35.9, lat: 34.4 },
      { type: 'move', id, lng: 35.9, lat: 34.41 },
      { type: 'move', id, lng: 35.9, lat: 34.42 },
    ]);
    expect(h.done.map((x) => x.type)).toEqual(['kind', 'move']);
    const u = undo(h)!;
    const p = u.work.collection!.features.find((f) => f.properties.id === id)!;
    expect(p.geometry.coordinates).toEqual(tripoli(c).geometry.coordinates);
    expect(record(u.history, { type: 'remove', id }).undone).toEqual([]);
  });

  it('undoing an added event removes it and its candidates', () => {
    const { c, table } = mapped();
    const cand = table[tripoli(c).properties.id]![1]!;
    const { h, now } = made([{ type: 'add', candidate: cand, kind: 'strike', written: 'Paris' }]);
    expect(now.collection!.features.length).toBe(c.features.length + 1);
    const u = undo(h)!;
    expect(u.work).toEqual({ collection: c, candidates: table });
    expect(replay(h.base, h.done)).toEqual(now);
  });
});

describe('the saved history', () => {
  it('survives a reload: undo goes on from the saved work', () => {
    const { c } = mapped();
    const id = tripoli(c).properties.id;
    const { h, now } = made([{ type: 'kind', id, kind: 'attack' }]);
    const s = memory();
    saveWork({ text: ARTICLE, ...now, history: h }, s);
    // The article's text is stored once, not in the history's base too.
    const stored = JSON.parse(s.m.get(STORAGE_KEY)!);
    expect(stored.text).toBe(ARTICLE);
    expect(stored.history.base.collection.article.text).toBeUndefined();
    const back = loadWork(s);
    expect(back.problem).toBeNull();
    expect(back.work!.history).toEqual(h);
    expect(undo(back.work!.history!)!.work.collection).toEqual(c);
  });

  it('a damaged history is left out with a message; the events stay', () => {
    const { c } = mapped();
    const id = tripoli(c).properties.id;
    const { h, now } = made([{ type: 'kind', id, kind: 'attack' }]);
    const s = memory();
    saveWork({ text: ARTICLE, ...now, history: h }, s);
    const w = JSON.parse(s.m.get(STORAGE_KEY)!);
    w.history.done[0].kind = 'bombardment';
    s.m.set(STORAGE_KEY, JSON.stringify(w));
    const back = loadWork(s);
    expect(back.problem).toMatch(/undo history was left out/);
    expect(back.work!.history).toBeUndefined();
    expect(back.work!.collection).toEqual(now.collection);
  });

  it('isCommand refuses what no command is', () => {
    expect(isCommand({ type: 'kind', id: 'x', kind: 'strike' })).toBe(true);
    expect(isCommand({ type: 'date', id: 'x', date: '12 Jan', precision: 'day' })).toBe(false);
    expect(isCommand({ type: 'means', id: 'x', means: 'laser' })).toBe(false);
    expect(isCommand({ type: 'move', id: 'x', lng: Infinity, lat: 0 })).toBe(false);
    expect(isCommand({ type: 'drop', id: 'x' })).toBe(false);
    expect(isCommand({ type: 'remove' })).toBe(false);
  });
});

describe('sentences and possible events', () => {
  it('offers the sentences that name the place and those around its excerpt', () => {
    const { c } = mapped();
    const all = articleSentences(ARTICLE);
    const offered = (place: string) => {
      const f = c.features.find((x) => x.properties.place === place)!;
      return excerptChoices(all, f.properties.excerptStart, f.properties.spans).map((s) =>
        s.excerpt.slice(0, 12),
      );
    };
    // The headline and the sentence that both name Tripoli; Paris's and its neighbours.
    expect(offered('Tripoli')).toEqual(['Strikes near', 'An air strik']);
    expect(offered('Paris')).toEqual(['An air strik', 'Paris condem', 'Militants at']);
    for (const s of all) expect(ARTICLE.slice(s.start, s.end)).toBe(s.excerpt);
  });

  it('lists a sentence with an attack cue and no place as a possible event', () => {
    const { a } = mapped();
    const p = possibleEvents(a.text, a.sentences, a.events, a.mentions);
    // Not "Paris condemned the strike.": it names a place, and its strike is Tripoli's.
    expect(p).toEqual([
      {
        kind: 'attack',
        actor: 'Militants',
        means: null,
        excerpt: 'Militants attacked a fuel depot overnight, the governor said.',
        excerptStart: ARTICLE.indexOf('Militants'),
        cue: [ARTICLE.indexOf('attacked'), ARTICLE.indexOf('attacked') + 8],
      },
    ]);
  });
});
