// The Publish form's settings (src/workbench/publish.ts): defaults from the
// article, the embed URL and snippet they make (src/workbench/embed.ts), the
// collection the downloads carry, and the settings saved with the work.
import { describe, expect, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';
import { parseParams } from '../../src/embed/params.ts';
import { embedUrls } from '../../src/embed/snippet.ts';
import { parseEvents } from '../../src/map/data.ts';
import { MAX_INLINE_CHARS } from '../../src/map/inline-data.ts';
import { embedPlan } from '../../src/workbench/embed.ts';
import {
  articleKey,
  changesFor,
  defaultSettings,
  exportTexts,
  frameTitle,
  parseChanges,
  publishedCollection,
  settingsOf,
  urlProblem,
  type PublishSettings,
} from '../../src/workbench/publish.ts';
import { loadWork, saveWork, STORAGE_KEY } from '../../src/workbench/storage.ts';

function memory() {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const BASE = 'https://example.org/maps/workbench.html?x=1#y';
const collection = (article?: EventCollection['article']): EventCollection => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [44.4, 33.3] },
      properties: {
        id: 'e1',
        kind: 'strike',
        place: 'Baghdad',
        name: 'Baghdad',
        country: 'IQ',
        precision: 'city',
        gazetteer: 'geonames:98182',
        actor: null,
        excerpt: 'A strike hit Baghdad.',
        excerptStart: 0,
        spans: [[13, 20]],
        confidence: 0.9,
      },
    },
  ],
  ...(article ? { article } : {}),
});
const settings = (over: Partial<PublishSettings> = {}) =>
  settingsOf(collection({ title: 'US strikes in Iraq', characters: 10 }), over);

describe('publish settings', () => {
  it("start from the embed's defaults and the article's title and URL", () => {
    expect(
      defaultSettings(collection({ title: 'T', characters: 1, url: 'https://news.example/t' })),
    ).toEqual({
      title: '',
      subtitle: '',
      source: '',
      theme: 'auto',
      list: 'shown',
      labels: 'hidden',
      height: 600,
      articleUrl: 'https://news.example/t',
      articleTitle: 'T',
    });
    expect(defaultSettings(null)).toMatchObject({ articleUrl: '', articleTitle: '' });
    expect(settingsOf(null, { theme: 'dark', height: 480 })).toMatchObject({
      theme: 'dark',
      height: 480,
      list: 'shown',
    });
  });

  it('an article URL must be an http(s) address; empty is none', () => {
    expect(urlProblem('')).toBeNull();
    expect(urlProblem(' https://news.example/a ')).toBeNull();
    expect(urlProblem('javascript:alert(1)')).toMatch(/https:\/\//);
    expect(urlProblem('news.example/a')).toMatch(/https:\/\//);
    expect(urlProblem(`https://a.example/${'x'.repeat(2000)}`)).toMatch(/longer than 2000/);
  });
});

describe('the embed URL and snippet follow the settings', () => {
  it('default settings add nothing to the URL; the title attribute names the article', () => {
    const plan = embedPlan(BASE, 'abc_-', settings());
    expect(plan.mode).toBe('inline');
    expect(plan.urls.frame).toBe('https://example.org/maps/index.html?embed&inline=abc_-');
    expect(plan.html).toContain('title="Map: US strikes in Iraq"');
    expect(plan.html).toContain('height:600px');
  });

  it('carries theme, list, labels, title, subtitle and source, which the map page reads back', () => {
    const s = settings({
      title: ' Strikes  in Iraq & Syria ',
      subtitle: 'Five sites, 2 February',
      source: 'Source: Reuters, 12 Jan 2024',
      theme: 'dark',
      list: 'hidden',
      labels: 'shown',
      height: 720,
    });
    const plan = embedPlan(BASE, 'abc_-', s);
    const url = new URL(plan.urls.frame);
    expect(url.origin + url.pathname).toBe('https://example.org/maps/index.html');
    // The settings before the (long) events, so that a reader of the snippet sees them.
    expect(url.search).toMatch(
      /^\?embed&theme=dark&list=hidden&labels=shown&title=.*&inline=abc_-$/,
    );
    const p = parseParams(url.search, url.href);
    expect(p).toMatchObject({
      embed: true,
      theme: 'dark',
      list: 'hidden',
      labels: 'shown',
      title: 'Strikes in Iraq & Syria',
      subtitle: 'Five sites, 2 February',
      source: 'Source: Reuters, 12 Jan 2024',
      errors: [],
    });
    expect(plan.html).toContain('title="Strikes in Iraq &amp; Syria"');
    expect(plan.html).toContain('height:720px');
    expect(plan.html).toContain(`src="${plan.urls.frame.replace(/&/g, '&amp;')}"`);
    // The full page's link carries only the events.
    expect(plan.urls.page).toBe('https://example.org/maps/index.html?inline=abc_-');
  });

  it('a hosted file keeps the settings too', () => {
    const plan = embedPlan(BASE, 'a'.repeat(MAX_INLINE_CHARS + 1), settings({ list: 'hidden' }));
    expect(plan.mode).toBe('hosted');
    expect(plan.urls.frame).toBe(
      'https://example.org/maps/index.html?embed&list=hidden&data=events.geojson',
    );
  });

  it('cuts texts to what the map shows, and leaves out blank ones and defaults', () => {
    const plan = embedPlan(BASE, 'x', settings({ title: 't'.repeat(300), subtitle: '   ' }));
    const p = parseParams(new URL(plan.urls.frame).search, plan.urls.frame);
    expect(p.title).toBe('t'.repeat(200));
    expect(p.subtitle).toBeNull();
    expect(p.errors).toEqual([]);
    expect(embedUrls('https://e.org/', null, 'x', { theme: 'auto', labels: 'hidden' }).frame).toBe(
      'https://e.org/index.html?embed&inline=x',
    );
  });

  it("the iframe's title: the Title, else the article's, else a generic one", () => {
    expect(frameTitle(settings({ title: 'My map' }))).toBe('My map');
    expect(frameTitle(settings())).toBe('Map: US strikes in Iraq');
    expect(frameTitle(settings({ articleTitle: ' ' }))).toBe('Map: strikes and attacks');
  });
});

describe('the downloads and the image follow the settings', () => {
  it("the collection's source is the form's article URL and title; the map's texts in `map`", () => {
    const c = collection({ title: 'Old', characters: 10, text: 'A strike hit Baghdad.' });
    const out = publishedCollection(
      c,
      settingsOf(c, {
        articleTitle: 'US strikes in Iraq',
        articleUrl: 'https://news.example/iraq',
        title: 'Strikes',
        source: 'Source: Reuters',
      }),
    );
    expect(out.article).toEqual({
      title: 'US strikes in Iraq',
      characters: 10,
      text: 'A strike hit Baghdad.',
      url: 'https://news.example/iraq',
    });
    expect(out.map).toEqual({ title: 'Strikes', source: 'Source: Reuters' });
    expect(out.features).toBe(c.features);
    expect(c.article!.title).toBe('Old');
    // The map page reads it back: the URL kept, `map` left out.
    const back = parseEvents(JSON.parse(JSON.stringify(out))).collection;
    expect(back.article!.url).toBe('https://news.example/iraq');
    expect(back.map).toBeUndefined();
  });

  it('a bad article URL and empty texts are left out', () => {
    const c = collection({ title: 'T', characters: 1, url: 'https://old.example/' });
    const out = publishedCollection(c, settingsOf(c, { articleUrl: 'javascript:x', title: ' ' }));
    expect(out.article).toEqual({ title: 'T', characters: 1 });
    expect('map' in out).toBe(false);
    expect(publishedCollection(collection(), settingsOf(null, {})).article).toEqual({
      title: null,
      characters: 0,
    });
  });

  it("the image's title and source line: the form's, else the article's", () => {
    expect(exportTexts(settings({ title: 'Strikes', source: 'Source: AP' }))).toEqual({
      title: 'Strikes',
      source: 'Source: AP',
    });
    expect(exportTexts(settings({ articleUrl: 'https://news.example/a' }))).toEqual({
      title: 'US strikes in Iraq',
      source: 'Source: US strikes in Iraq · https://news.example/a',
    });
    expect(exportTexts(settingsOf(null, {}))).toEqual({
      title: 'Strikes and attacks',
      source: null,
    });
  });
});

describe('saved settings', () => {
  it('are kept with the work and restored', () => {
    const s = memory();
    const publish = { title: 'Strikes', theme: 'dark' as const, height: 480 };
    saveWork({ text: 'x', collection: null, candidates: {}, publish }, s);
    expect(loadWork(s)).toEqual({
      work: { text: 'x', collection: null, candidates: {}, publish },
      problem: null,
    });
  });

  it('a damaged setting goes back to its default, with a message naming it; the others stay', () => {
    const s = memory();
    s.m.set(
      STORAGE_KEY,
      JSON.stringify({
        text: 'x',
        collection: null,
        candidates: {},
        publish: {
          title: 'Kept',
          theme: 'purple',
          height: 99999,
          articleUrl: 'javascript:alert(1)',
          subtitle: 5,
          other: 1,
        },
      }),
    );
    const { work, problem } = loadWork(s);
    expect(work!.publish).toEqual({ title: 'Kept' });
    expect(problem).toBe(
      "Part of the work saved in this browser could not be restored: the publish settings' subtitle, theme, height, article URL (back to the defaults).",
    );
  });

  it('settings that are not a table are left out with a message', () => {
    expect(parseChanges(undefined)).toEqual({ changes: null, dropped: [] });
    expect(parseChanges(null)).toEqual({ changes: null, dropped: [] });
    expect(parseChanges(['x'])).toEqual({
      changes: null,
      dropped: ['the publish settings are not a table'],
    });
    expect(parseChanges({ height: 600.5, list: 'hidden' })).toEqual({
      changes: { list: 'hidden' },
      dropped: ["the publish settings' height (back to the default)"],
    });
    expect(parseChanges({ source: 's'.repeat(201) }).dropped).toHaveLength(1);
    expect(parseChanges({ source: 's'.repeat(200) }).dropped).toEqual([]);
  });
});

describe('another article in the same work', () => {
  it('keeps the display settings but not the texts made for the first article', () => {
    const a = collection({ title: 'A', characters: 10 });
    const b = collection({ title: 'B', characters: 20 });
    const changes = {
      article: articleKey(a),
      title: 'Strikes in A',
      source: 'Source: AP',
      articleUrl: 'https://news.example/a',
      theme: 'dark' as const,
      height: 480,
    };
    expect(settingsOf(a, changes)).toMatchObject({
      title: 'Strikes in A',
      articleUrl: 'https://news.example/a',
      theme: 'dark',
    });
    expect(settingsOf(b, changes)).toEqual({
      ...defaultSettings(b),
      theme: 'dark',
      height: 480,
    });
    expect(changesFor(b, changes)).toEqual({ theme: 'dark', height: 480 });
    // Changes that name no article hold for any.
    expect(settingsOf(b, { title: 'T' }).title).toBe('T');
    // The article they were made for is saved with them.
    expect(parseChanges(changes)).toEqual({ changes, dropped: [] });
    expect(parseChanges({ article: 5 }).changes).toEqual({});
  });
});
