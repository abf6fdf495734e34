// Several articles into one map (issue 15): article A mapped, then article B
// with "Add to this map", against the production build. The two wire stories of
// our own (tests/e2e/fixtures/many-article-{a,b}.txt) report the same missile
// strike on Kharkiv (same place, kind and day) and one event each of their own
// (Belgorod, Kherson): the map source and the list hold the union, the shared
// strike once with both sources; B's event quotes B's sentences; Ctrl+Z takes
// B's events away and Ctrl+Shift+Z brings them back; a paste over the map does
// not replace it; a reload keeps it all. Two more (unplaced-article-{a,b}.txt),
// each with a sentence that speaks of a strike but names no place the geoparser
// reads: both articles' possible events are listed, each under its article's
// title; the second's "Add its place" adds an event quoting the second's
// sentence; undoing the append takes its entries away.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import type { EventFeature } from '../../geo/types.ts';
import { launch, waitForIdle, sourceEvents, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const A = readFileSync('tests/e2e/fixtures/many-article-a.txt', 'utf8');
const B = readFileSync('tests/e2e/fixtures/many-article-b.txt', 'utf8');
const C = readFileSync('tests/e2e/fixtures/unplaced-article-a.txt', 'utf8');
const D = readFileSync('tests/e2e/fixtures/unplaced-article-b.txt', 'utf8');
const TIMEOUT = 240_000;

let s: Session;

beforeEach(async () => {
  s = await launch({ width: 1280, height: 800 });
});
afterEach(async () => {
  await s.close();
});

/** The features in the map's events source, as MapLibre holds them. */
async function shown(): Promise<EventFeature[]> {
  return sourceEvents(s.page);
}

/** Each event shown: its place and the articles (source ids) it comes from, sorted. */
async function union(): Promise<string[]> {
  return (await shown())
    .map((f) => {
      const p = f.properties;
      const from = p.sources?.map((x) => x.id) ?? (p.source ? [p.source.id] : []);
      return `${p.name} ${p.kind} ${from.join('+')}`;
    })
    .sort();
}

async function listed(): Promise<string[]> {
  return s.page
    .locator('li[data-event-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!).sort());
}

it(
  'adds article B to the map of article A: the union, the shared strike once, undo, redo and a reload',
  async () => {
    const p = s.page;
    await p.goto(new URL('workbench.html', baseUrl).href);
    await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
    const field = p.getByLabel('Article text', { exact: true });
    await field.fill(A);
    await p.getByRole('button', { name: 'Map it' }).click();
    await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
    await waitForIdle(p);
    const first = await shown();
    // Article A alone: Kharkiv and Belgorod, without sources.
    expect((await union()).map((x) => x.split(' ')[0])).toEqual(['Belgorod', 'Kharkiv']);
    expect(first.every((f) => f.properties.source === undefined)).toBe(true);

    await field.fill(B);
    await p.getByRole('button', { name: 'Add to this map' }).click();
    const together = [
      'Belgorod strike article-1',
      'Kharkiv strike article-1+article-2',
      'Kherson strike article-2',
    ];
    await expect.poll(union, { timeout: 30_000 }).toEqual(together);
    await waitForIdle(p);
    const all = await shown();
    expect(await listed()).toEqual(all.map((f) => f.properties.id).sort());
    expect(await p.locator('#results-title').textContent()).toMatch(/^3 /);
    // The shared strike keeps A's id, with both articles' sentences.
    const kharkiv = all.find((f) => f.properties.name === 'Kharkiv')!.properties;
    expect(kharkiv.id).toBe(first.find((f) => f.properties.name === 'Kharkiv')!.properties.id);
    expect(kharkiv.sources!.map((x) => [x.title, x.excerpt.includes('Kharkiv')])).toEqual([
      ['Missiles hit Kharkiv as drones target Belgorod', true],
      ['Kharkiv counts the damage after missile strike', true],
    ]);

    // B's own event quotes B's sentences (its text is kept with the work).
    const kherson = all.find((f) => f.properties.name === 'Kherson')!.properties.id;
    const quoteChoices = async () => {
      await p.locator(`li[data-event-id="${kherson}"] button`).click();
      await p.locator(`[data-review-event-id="${kherson}"]`).waitFor();
      return p.getByLabel('Quoted sentence', { exact: true }).locator('option').allTextContents();
    };
    const choices = await quoteChoices();
    expect(choices).toContain("The city's mayor said repairs would take weeks.");
    expect(choices.join(' ')).not.toContain('Rescue workers');
    await p.keyboard.press('Escape');

    // Ctrl+Z outside the text fields: B's events go, A's are as they were.
    await p.locator('#results-title').focus();
    await expect
      .poll(() => p.getByRole('button', { name: /^Undo: add the article “Kharkiv counts/ }).count())
      .toBe(1);
    await p.keyboard.press('Control+z');
    await expect.poll(async () => (await shown()).length).toBe(2);
    expect(await shown()).toEqual(first);
    expect((await listed()).length).toBe(2);
    await p.keyboard.press('Control+Shift+z');
    await expect.poll(union).toEqual(together);

    // A paste over the map is not mapped by itself (it may be one more article).
    await field.focus();
    await p.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'KYIV, Jan 24 (Reuters) - Drones struck Lviv on Tuesday.');
      document
        .querySelector('textarea#article-text')!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
        );
    });
    await expect
      .poll(() => p.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/Not mapped by itself: a map is on screen/));
    expect(await union()).toEqual(together);

    // A reload keeps the work: the union, B's sentences, and the undo.
    await waitForIdle(p);
    await p.waitForTimeout(500); // the save (250 ms after the change)
    await p.reload();
    await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
    await waitForIdle(p);
    expect(await shown()).toEqual(all);
    expect(await quoteChoices()).toEqual(choices);
    await p.keyboard.press('Escape');
    await p.locator('#results-title').focus();
    await p.keyboard.press('Control+z');
    await expect.poll(async () => (await shown()).length).toBe(2);
    expect(s.errors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'lists every article\'s possible events under its title; the added article\'s "Add its place" quotes its sentence; undo takes them away',
  async () => {
    const p = s.page;
    await p.goto(new URL('workbench.html', baseUrl).href);
    await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
    const field = p.getByLabel('Article text', { exact: true });
    await field.fill(C);
    await p.getByRole('button', { name: 'Map it' }).click();
    await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
    const possible = p.getByTestId('possible');
    const entries = () => possible.locator('li').allTextContents();
    const headings = () => possible.locator('h4').allTextContents();
    // One article: its possible event, with no article named.
    await expect
      .poll(entries)
      .toEqual([expect.stringMatching(/^Possible strike.*Hrebenivka-Lisova/)]);
    expect(await headings()).toEqual([]);

    // The second article's possible event is listed too, each under its article's title.
    await field.fill(D);
    await p.getByRole('button', { name: 'Add to this map' }).click();
    const SABOTEURS = 'Saboteurs also attacked a rail depot before dawn, police said.';
    await expect
      .poll(entries, { timeout: 30_000 })
      .toEqual([expect.stringMatching(/Hrebenivka-Lisova/), expect.stringContaining(SABOTEURS)]);
    expect(await headings()).toEqual([
      'From “Shelling hits Kharkiv and a border village”',
      'From “Drones strike Sumy; saboteurs hit a depot”',
    ]);

    // Its "Add its place": the event added quotes the second article's sentence, as its own.
    await possible
      .locator('li', { hasText: 'Saboteurs' })
      .getByRole('button', { name: 'Add its place' })
      .click();
    await expect.poll(() => p.getByTestId('add-for-sentence').textContent()).toContain(SABOTEURS);
    await p.locator('#add-query').fill('Konotop');
    await p.locator('#add-query').press('Enter');
    await p.locator('[data-add-place]').first().click();
    const addedEvent = async () =>
      (await shown()).find((f) => f.properties.edited?.includes('added'));
    await expect.poll(async () => (await addedEvent())?.properties.excerpt).toBe(SABOTEURS);
    const added = (await addedEvent())!.properties;
    expect(added.source?.id).toBe('article-2');
    expect(D.slice(added.excerptStart, added.excerptStart + SABOTEURS.length)).toBe(SABOTEURS);
    await p.locator(`[data-review-event-id="${added.id}"]`).waitFor();
    const choices = await p
      .getByLabel('Quoted sentence', { exact: true })
      .locator('option')
      .allTextContents();
    expect(choices).toContain(SABOTEURS);
    expect(choices.join(' ')).not.toContain('Hrebenivka');

    // A reload keeps them (the added article's in its saved command).
    await p.waitForTimeout(500); // the save (250 ms after the change)
    await p.reload();
    await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
    expect(await entries()).toEqual([
      expect.stringMatching(/Hrebenivka-Lisova/),
      expect.stringContaining(SABOTEURS),
    ]);

    // Ctrl+Z takes the event back, then the second article with its entries.
    await p.locator('#results-title').focus();
    await p.keyboard.press('Control+z');
    await expect.poll(async () => (await addedEvent()) === undefined).toBe(true);
    await p.keyboard.press('Control+z');
    await expect.poll(entries).toEqual([expect.stringMatching(/Hrebenivka-Lisova/)]);
    expect(await headings()).toEqual([]);
    // Redo brings them back.
    await p.keyboard.press('Control+Shift+z');
    await expect
      .poll(entries)
      .toEqual([expect.stringMatching(/Hrebenivka-Lisova/), expect.stringContaining(SABOTEURS)]);
    expect(s.errors).toEqual([]);
  },
  TIMEOUT,
);
