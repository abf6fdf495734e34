// Every article's places not on the map and possible events (src/workbench/unplaced.ts):
// the first article's from the collection, each added one's from its append command
// (gone when it is undone), and the sentence an event added for one of them quotes:
// an added article's in its own words, with that article as the event's source.
import { describe, expect, it } from 'vitest';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { possibleEvents } from '../../geo/possible.ts';
import type { EventCollection, EventSource } from '../../geo/types.ts';
import { nameKey } from '../../geo/normalise.ts';
import { parseEventCollection } from '../../src/map/data.ts';
import { candidateOf, candidateTable } from '../../src/workbench/candidates.ts';
import { apply, isCommand, type Command } from '../../src/workbench/commands.ts';
import { record, startHistory, undo } from '../../src/workbench/history.ts';
import { sentenceFor, unplacedByArticle } from '../../src/workbench/unplaced.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';

const A =
  'Morning report\n\nKYIV, Jan 24, 2024 (Reuters) - Russian drones struck Odesa on Tuesday, the governor said.\n\nGunmen ambushed a patrol overnight, police said.';
const B =
  'Evening report\n\nKYIV, Jan 24, 2024 (Reuters) - An air strike hit Baghdad on Monday, officials said.\n\nSaboteurs attacked a depot before dawn, police said.';
const SOURCE_B: EventSource = { id: 'article-2', title: 'Evening report', url: null, date: null };

/** An article as the worker maps it: its events, its possible events and their candidates. */
function mapped(text: string) {
  const g = fakeGazetteer();
  const a = analyse(text, g);
  const c: EventCollection = collectionOf(a);
  const possible = possibleEvents(a.text, a.sentences, a.events, a.mentions);
  if (possible.length) c.possible = possible;
  return { g, c: parseEventCollection(c), table: candidateTable(c, a.mentions) };
}

function twoArticles() {
  const a = mapped(A);
  const b = mapped(B);
  const { text: _t, ...article } = b.c.article!;
  void _t;
  const cmd: Command = {
    type: 'append',
    collection: { ...b.c, article },
    candidates: b.table,
    source: SOURCE_B,
  };
  const base = { collection: a.c, candidates: a.table };
  const r = apply(base, cmd);
  const history = record(startHistory(base), cmd);
  return { a, b, base, history, after: r.collection };
}

describe('unplacedByArticle', () => {
  it("lists the first article's entries, then each added article's, named by title", () => {
    const { a, history, after } = twoArticles();
    expect(a.c.possible?.map((u) => u.excerpt)).toEqual([
      'Gunmen ambushed a patrol overnight, police said.',
    ]);
    const lists = unplacedByArticle(after, history);
    expect(lists.map((l) => [l.source?.id ?? null, l.name])).toEqual([
      [null, '“Morning report”'],
      ['article-2', '“Evening report”'],
    ]);
    expect(lists[1]!.possible.map((u) => u.excerpt)).toEqual([
      'Saboteurs attacked a depot before dawn, police said.',
    ]);
    // The merged collection keeps the first article's lists as they were.
    expect(after!.possible).toEqual(a.c.possible);
  });

  it('names an untitled article by its place in the map, and forgets an undone one', () => {
    const { history } = twoArticles();
    const untitled = {
      ...history,
      done: history.done.map((c) =>
        c.type === 'append' ? { ...c, source: { ...c.source, title: null } } : c,
      ),
    };
    const base = history.base.collection!;
    const noTitle = { ...base, article: { ...base.article!, title: null } };
    expect(unplacedByArticle(noTitle, untitled).map((l) => l.name)).toEqual([
      'Article 1',
      'Article 2',
    ]);
    const back = undo(history)!;
    expect(unplacedByArticle(back.work.collection, back.history)).toHaveLength(1);
    expect(unplacedByArticle(null, history)).toEqual([]);
  });
});

describe('sentenceFor and an added article', () => {
  it("quotes the first article's sentence as before: no `from`", () => {
    const { a } = twoArticles();
    const u = a.c.possible![0]!;
    const s = sentenceFor(u, null, A);
    expect(s).toEqual({
      start: u.excerptStart,
      end: u.excerptStart + u.excerpt.length,
      excerpt: u.excerpt,
    });
  });

  it("quotes an added article's sentence in its own words, and the event is that article's", () => {
    const { b, history, after } = twoArticles();
    const u = unplacedByArticle(after, history)[1]!.possible[0]!;
    const sentence = sentenceFor(u, SOURCE_B, B);
    expect(sentence.from).toEqual({ source: SOURCE_B, words: u.excerpt });
    expect(B.slice(sentence.start, sentence.end)).toBe(u.excerpt);
    const baghdad = candidateOf(b.g.lookup(nameKey('Baghdad'))[0]!, null);
    const cmd: Command = {
      type: 'add',
      candidate: baghdad,
      kind: 'attack',
      written: 'depot',
      sentence,
    };
    expect(isCommand(JSON.parse(JSON.stringify(cmd)))).toBe(true);
    const r = apply({ collection: after, candidates: {} }, cmd);
    const f = r.collection!.features.find((x) => x.properties.id === r.id)!;
    expect(f.properties).toMatchObject({
      excerpt: 'Saboteurs attacked a depot before dawn, police said.',
      excerptStart: u.excerptStart,
      place: 'depot',
      source: SOURCE_B,
      edited: ['added'],
    });
    expect(B.slice(...f.properties.spans[0]!)).toBe('depot');
    expect(() => parseEventCollection(r.collection)).not.toThrow();
    // Without the article's text, the excerpt stands for its words.
    expect(sentenceFor(u, SOURCE_B, null).from).toEqual({ source: SOURCE_B, words: u.excerpt });
  });

  it('isCommand refuses a damaged `from`', () => {
    const base = {
      type: 'add',
      candidate: candidateOf(fakeGazetteer().lookup(nameKey('Baghdad'))[0]!, null),
      kind: 'strike',
      written: 'Baghdad',
    };
    const sentence = { start: 1, end: 5, excerpt: 'x' };
    expect(isCommand({ ...base, sentence })).toBe(true);
    expect(isCommand({ ...base, sentence: { ...sentence, from: { source: SOURCE_B } } })).toBe(
      false,
    );
    expect(
      isCommand({ ...base, sentence: { ...sentence, from: { source: { id: 2 }, words: 'x' } } }),
    ).toBe(false);
  });
});
