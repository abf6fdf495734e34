// The workbench's pure logic: candidates from the resolver, hand corrections,
// input limits, saved work and the embed snippet.
import { describe, expect, it } from 'vitest';
import { analyse, collectionOf } from '../../geo/geoparse.ts';
import { nameKey } from '../../geo/normalise.ts';
import { parseEventCollection } from '../../src/map/data.ts';
import { MAX_INLINE_CHARS } from '../../src/map/inline-data.ts';
import { candidateOf, candidateTable } from '../../src/workbench/candidates.ts';
import {
  addPlace,
  chooseCandidate,
  moveTo,
  normaliseLngLat,
  removeEvent,
  sentenceAbout,
  setKind,
} from '../../src/workbench/edits.ts';
import { embedPlan } from '../../src/workbench/embed.ts';
import { settingsOf } from '../../src/workbench/publish.ts';
import type { Candidate } from '../../src/workbench/protocol.ts';
import { inputProblem, isTextFile, MAX_ARTICLE_CHARS } from '../../src/workbench/input.ts';
import { loadWork, saveWork, STORAGE_KEY } from '../../src/workbench/storage.ts';
import { fakeGazetteer } from '../geo/fake-gazetteer.ts';

const ARTICLE =
  'Strikes near Tripoli\n\nAn air strike hit Tripoli on Monday, officials in Lebanon said. Paris condemned the strike.';

function mapped() {
  const g = fakeGazetteer();
  const a = analyse(ARTICLE, g);
  const c = collectionOf(a);
  return { g, c, table: candidateTable(c, a.mentions) };
}

describe('candidateTable', () => {
  it("lists each event's candidates best first, its own place first, with shares summing to at most 1", () => {
    const { c, table } = mapped();
    const tripoli = c.features.find((f) => f.properties.place === 'Tripoli')!;
    const list = table[tripoli.properties.id]!;
    expect(list.length).toBe(2);
    expect(list[0]!.gazetteer).toBe(tripoli.properties.gazetteer);
    expect(list[0]!.country).toBe('LB');
    expect(list[1]!.country).toBe('LY');
    expect(list[0]!.share).toBe(tripoli.properties.confidence);
    expect(list[0]!.share!).toBeGreaterThan(list[1]!.share!);
    expect(list[0]!.share! + list[1]!.share!).toBeLessThanOrEqual(1.001);
    // Likelihoods against each other, by the resolver's scores: they sum to 1.
    expect(list[0]!.likelihood!).toBeGreaterThan(list[1]!.likelihood!);
    expect(list[0]!.likelihood! + list[1]!.likelihood!).toBeCloseTo(1, 2);
    for (const f of c.features) {
      const l = table[f.properties.id]!;
      if (l.length) expect(l.reduce((a, x) => a + x.likelihood!, 0)).toBeCloseTo(1, 2);
    }
    for (const f of c.features) expect(table[f.properties.id]).toBeDefined();
  });
});

describe('hand corrections', () => {
  it('choosing another candidate moves the point and marks the event', () => {
    const { c, table } = mapped();
    const f = c.features.find((x) => x.properties.place === 'Tripoli')!;
    const libya = table[f.properties.id]![1]!;
    const next = chooseCandidate(c, f.properties.id, libya);
    const g = next.features.find((x) => x.properties.id === f.properties.id)!;
    expect(g.geometry.coordinates).toEqual([libya.lon, libya.lat]);
    expect(g.properties).toMatchObject({
      gazetteer: libya.gazetteer,
      country: 'LY',
      edited: ['place'],
      place: 'Tripoli',
    });
    expect(c.features.find((x) => x.properties.id === f.properties.id)!.properties.edited).toBe(
      undefined,
    );
    expect(parseEventCollection(next).features).toEqual(next.features.map(({ id: _, ...x }) => x));
  });

  it("choosing the geoparser's own place again undoes the correction; the current one is a no-op", () => {
    const { c, table } = mapped();
    const f = c.features.find((x) => x.properties.place === 'Tripoli')!;
    const id = f.properties.id;
    const [own, libya] = table[id]! as [Candidate, Candidate];
    expect(chooseCandidate(c, id, own, own)).toBe(c);
    let n = chooseCandidate(c, id, libya, own);
    n = setKind(n, id, 'attack');
    n = chooseCandidate(n, id, own, own);
    const g = n.features.find((x) => x.properties.id === id)!;
    expect(g.properties.edited).toEqual(['kind']);
    expect(g.properties.confidence).toBe(f.properties.confidence);
    expect(g.geometry.coordinates).toEqual(f.geometry.coordinates);
    // A moved marker: choosing its own place again puts it back, without the marks.
    const moved = moveTo(c, id, 36.1, 34.5);
    const back = chooseCandidate(moved, id, own, own).features.find((x) => x.properties.id === id)!;
    expect(back.properties.edited).toBeUndefined();
    expect(back.geometry.coordinates).toEqual(f.geometry.coordinates);
  });

  it('changes the kind, moves, removes, and marks each change once', () => {
    const { c } = mapped();
    const id = c.features[0]!.properties.id;
    let n = setKind(c, id, 'attack');
    n = setKind(n, id, 'mention');
    n = moveTo(n, id, 36.1, 34.5);
    n = moveTo(n, id, 396.1, 95);
    const f = n.features.find((x) => x.properties.id === id)!;
    expect(f.properties.kind).toBe('mention');
    expect(f.properties.edited).toEqual(['kind', 'position']);
    expect(f.geometry.coordinates).toEqual([36.1, 85]);
    expect(setKind(n, id, 'mention')).toBe(n);
    expect(removeEvent(n, id).features.map((x) => x.properties.id)).not.toContain(id);
    expect(removeEvent(n, id).features.length).toBe(n.features.length - 1);
  });

  it('drops the bbox of an area when its marker is dragged out of it', () => {
    const { c } = mapped();
    const lb = c.features.find((x) => x.properties.country === 'LB' && x.bbox);
    if (!lb)
      return expect(c.features.some((x) => x.properties.precision === 'country')).toBe(false);
    const inside = moveTo(c, lb.properties.id, 35.5, 33.5).features.find(
      (x) => x.properties.id === lb.properties.id,
    )!;
    expect(inside.bbox).toEqual(lb.bbox);
    const out = moveTo(c, lb.properties.id, 10, 10).features.find(
      (x) => x.properties.id === lb.properties.id,
    )!;
    expect(out.bbox).toBeUndefined();
  });

  it('adds a missed place with its sentence, a unique id and the added mark', () => {
    const { g, c } = mapped();
    const beirut = candidateOf(g.lookup(nameKey('Beirut'))[0]!, null);
    const first = addPlace(c, beirut, 'strike', 'Lebanon');
    const f = first.collection.features.at(-1)!;
    expect(f.properties).toMatchObject({
      id: first.id,
      kind: 'strike',
      name: 'Beirut',
      place: 'Lebanon',
      edited: ['added'],
      excerpt: 'An air strike hit Tripoli on Monday, officials in Lebanon said.',
    });
    expect(ARTICLE.slice(...f.properties.spans[0]!)).toBe('Lebanon');
    expect(ARTICLE.slice(f.properties.excerptStart).startsWith(f.properties.excerpt)).toBe(true);
    const second = addPlace(first.collection, beirut, 'strike');
    expect(second.id).not.toBe(first.id);
    expect(second.collection.features.at(-1)!.properties.excerpt).toBe('');
    expect(() => parseEventCollection(second.collection)).not.toThrow();
  });

  it('finds the sentence around a name', () => {
    expect(sentenceAbout('One. Two Tyre three! Four', 'tyre')).toEqual({
      excerpt: 'Two Tyre three!',
      start: 5,
      span: [9, 13],
    });
    expect(sentenceAbout('nothing', 'Tyre')).toBeNull();
  });

  it('wraps longitudes and clamps latitudes', () => {
    expect(normaliseLngLat(190, 10)).toEqual([-170, 10]);
    expect(normaliseLngLat(-190, -90)).toEqual([170, -85]);
  });
});

describe('input limits', () => {
  it('refuses too long, binary and empty input with precise messages', () => {
    expect(MAX_ARTICLE_CHARS).toBe(200_000);
    expect(inputProblem('x'.repeat(MAX_ARTICLE_CHARS))).toBeNull();
    expect(inputProblem('x'.repeat(MAX_ARTICLE_CHARS + 1))).toMatch(
      /200,001 characters; the limit is 200,000\. Remove at least 1 character .*nothing you entered was removed/,
    );
    expect(inputProblem('x'.repeat(MAX_ARTICLE_CHARS + 2500))).toMatch(/at least 2,500 characters/);
    expect(inputProblem('PK\u0003\u0004\u0000 zip')).toMatch(/looks binary/);
    expect(inputProblem('   ')).toMatch(/only whitespace/);
    expect(inputProblem('')).toMatch(/empty/);
    expect(inputProblem(ARTICLE)).toBeNull();
  });
  it('takes text and HTML files only', () => {
    expect(isTextFile({ name: 'a.txt', type: 'text/plain' })).toBe(true);
    expect(isTextFile({ name: 'a.html', type: '' })).toBe(true);
    expect(isTextFile({ name: 'a.png', type: 'image/png' })).toBe(false);
    expect(isTextFile({ name: 'a.pdf', type: 'application/pdf' })).toBe(false);
  });
});

describe('saved work', () => {
  function memory() {
    const m = new Map<string, string>();
    return {
      m,
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  }
  it('round-trips text, collection and candidates', () => {
    const { c, table } = mapped();
    const s = memory();
    expect(saveWork({ text: ARTICLE, collection: c, candidates: table }, s)).toBeNull();
    const { work, problem } = loadWork(s);
    expect(problem).toBeNull();
    expect(work!.text).toBe(ARTICLE);
    expect(work!.collection!.features).toEqual(c.features.map(({ id: _, ...f }) => f));
    expect(work!.collection!.article!.text).toBe(ARTICLE);
    expect(work!.candidates).toEqual(table);
  });

  it('stores the article text once', () => {
    const { c, table } = mapped();
    const s = memory();
    saveWork({ text: ARTICLE, collection: c, candidates: table }, s);
    const raw = s.m.get(STORAGE_KEY)!;
    expect(raw.split(JSON.stringify(ARTICLE)).length - 1).toBe(1);
    expect(raw.length).toBeLessThan(JSON.stringify({ text: ARTICLE, c, table }).length);
  });

  it('drops damaged candidates with the saved-work message, keeping the events', () => {
    const { c, table } = mapped();
    const s = memory();
    const id = c.features[0]!.properties.id;
    for (const bad of [{ [id]: 'Tripoli' }, { [id]: [{ name: 'x' }] }, [1, 2]]) {
      saveWork({ text: ARTICLE, collection: c, candidates: table }, s);
      const w = JSON.parse(s.m.get(STORAGE_KEY)!) as Record<string, unknown>;
      s.m.set(STORAGE_KEY, JSON.stringify({ ...w, candidates: bad }));
      const r = loadWork(s);
      expect(r.work!.collection!.features).toHaveLength(c.features.length);
      expect(r.problem).toMatch(/could not be restored: the other candidate places of/);
    }
  });
  it('reports full or missing storage instead of throwing', () => {
    const full = {
      ...memory(),
      setItem: () => {
        throw new DOMException('exceeded the quota', 'QuotaExceededError');
      },
    };
    expect(saveWork({ text: 'x', collection: null, candidates: {} }, full)).toMatch(
      /storage is full/,
    );
    expect(saveWork({ text: 'x', collection: null, candidates: {} }, null)).toMatch(
      /blocks local storage/,
    );
    expect(loadWork(null)).toEqual({ work: null, problem: null });
  });
  it('drops unreadable saved data with a message', () => {
    const s = memory();
    s.m.set(STORAGE_KEY, '{"text": "x", "collection": {"type": "Nope"}}');
    expect(loadWork(s).problem).toMatch(/could not be restored: .*FeatureCollection/);
    s.m.set(STORAGE_KEY, 'not json');
    expect(loadWork(s).work).toBeNull();
  });
});

describe('embed snippet', () => {
  it('an embed (?embed and embed.js) carrying small collections in the URL, larger ones pointing at a hosted file', () => {
    const inline = 'abc_-';
    const small = embedPlan(
      'https://example.org/maps/index.html?x=1#event=a',
      inline,
      settingsOf(null, { articleTitle: 'T "q"' }),
    );
    expect(small.mode).toBe('inline');
    expect(small.urls.frame).toBe('https://example.org/maps/index.html?embed&inline=abc_-');
    expect(small.urls.page).toBe('https://example.org/maps/index.html?inline=abc_-');
    expect(small.html).toContain(
      'src="https://example.org/maps/index.html?embed&amp;inline=abc_-"',
    );
    expect(small.html).toContain('title="Map: T &quot;q&quot;"');
    expect(small.html).toContain('<script src="https://example.org/maps/embed.js" async></script>');
    const big = embedPlan(
      'https://example.org/maps/index.html',
      'a'.repeat(MAX_INLINE_CHARS + 1),
      settingsOf(null, null),
    );
    expect(big.mode).toBe('hosted');
    expect(big.urls.frame).toBe('https://example.org/maps/index.html?embed&data=events.geojson');
    expect(embedPlan('https://example.org/index.html', null, settingsOf(null, null)).mode).toBe(
      'hosted',
    );
  });
});
