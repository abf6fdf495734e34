// The editor's desk (issue 14's acceptance), by keyboard alone, against the
// production build. A wire story of our own (tests/e2e/fixtures/desk-article.txt)
// whose geoparsed output has real faults: Nabatieh's strike stands at the
// governorate, not the city; Naqoura's drone is Hezbollah's (an attack), not the
// Israeli warplanes' of the sentence before (a strike); Sidon's blasts are read as
// no event (Sidon only a mention). The test checks those faults first, fixes them
// counting the interactions (a key that commits a change or selects an event, or a
// typed value; moving the focus with Tab or the arrow keys is not counted, and is
// reported), then undoes each step, also after a reload, and redoes one.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import type { EventFeature } from '../../geo/types.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { launch, sourceEvents, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const ARTICLE = readFileSync('tests/e2e/fixtures/desk-article.txt', 'utf8');
const TIMEOUT = 240_000;

type Hooked = Window & { __map: import('maplibre-gl').Map };
let s: Session;

beforeEach(async () => {
  s = await launch({ width: 1280, height: 800 });
});
afterEach(async () => {
  await s.close();
});

/** The events source as MapLibre holds it: id → the properties that matter here, and the point. */
async function shown(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await sourceEvents(s.page)) {
    const p = f.properties;
    out[p.id] = [p.kind, p.name, p.actor, ...f.geometry.coordinates].join(' | ');
  }
  return out;
}

/** Opens the workbench and maps the article (pasted into the field, then "Map it"). */
async function mapArticle(p: Session['page']): Promise<void> {
  await p.goto(new URL('workbench.html', baseUrl).href);
  await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
  await p.getByLabel('Article text', { exact: true }).fill(ARTICLE);
  await p.getByRole('button', { name: 'Map it' }).click();
  await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
}

const byPlace = (events: Record<string, string>, name: RegExp) =>
  Object.entries(events).find(([, v]) => name.test(v.split(' | ')[1]!));

it(
  'fixes a wrong place, a wrong kind, a missed place and a wrong actor in at most 8 interactions, and undoes each, also after a reload',
  async () => {
    const p = s.page;
    await mapArticle(p);
    await waitForIdle(p);

    // The geoparser's faults, as this test expects to fix them.
    const first = await shown();
    const nabatieh = byPlace(first, /Nabatieh Governorate/)!;
    const naqoura = byPlace(first, /Nâqoûra/)!;
    const sidon = byPlace(first, /^Sidon$/)!;
    expect(nabatieh[1]).toMatch(/^strike \| /);
    expect(naqoura[1]).toMatch(/^strike \| En Nâqoûra \| Israeli warplanes/);
    expect(sidon[1]).toMatch(/^mention \| /);

    let interactions = 0;
    let moves = 0;
    const states = [first];
    /** One interaction: a key that commits or selects, or a typed value. */
    const act = async (key: string, typed?: string) => {
      if (typed) await p.keyboard.type(typed);
      await p.keyboard.press(key);
      interactions++;
    };
    /** After a change: the map source has it (and the state is kept for the undo checks). */
    const changed = async () => {
      const before = states[states.length - 1]!;
      await expect.poll(async () => JSON.stringify(await shown())).not.toBe(JSON.stringify(before));
      states.push(await shown());
    };
    const active = () =>
      p.evaluate(() => {
        const a = document.activeElement;
        return {
          item: a?.closest('li[data-event-id]')?.getAttribute('data-event-id') ?? null,
          candidate: a?.closest('[data-candidate]')?.getAttribute('data-candidate') ?? null,
          label: a?.id ? (document.querySelector(`label[for="${a.id}"]`)?.textContent ?? '') : '',
        };
      });
    /** Moves the focus with Tab (Shift+Tab back) until `ok`; counted as focus moves. */
    const tabUntil = async (
      ok: (a: Awaited<ReturnType<typeof active>>) => boolean,
      back = false,
    ) => {
      for (let i = 0; i < 25 && !ok(await active()); i++) {
        await p.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        moves++;
      }
      expect(ok(await active())).toBe(true);
    };
    /** In the list (focused): the arrow keys to the event with `id`, then Enter selects it. */
    const selectInList = async (id: string) => {
      const ids = await p
        .locator('li[data-event-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
      const from = ids.indexOf((await active()).item!);
      const to = ids.indexOf(id);
      for (let i = 0; i < Math.abs(to - from); i++, moves++)
        await p.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
      expect((await active()).item).toBe(id);
      await act('Enter');
      await p.locator(`[data-review-event-id="${id}"]`).waitFor();
    };
    const candidates = () =>
      p
        .locator('label.candidate')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-candidate')!));

    // 1–2. Nabatieh: the city, not the governorate.
    await p.getByLabel('Article text', { exact: true }).focus();
    await tabUntil((a) => !!a.item);
    await selectInList(nabatieh[0]);
    await tabUntil((a) => !!a.candidate);
    const cands = await candidates();
    const city = cands.find((c) => c.startsWith('geonames:'))!;
    expect(city).toBeDefined();
    for (let i = 0; i < cands.indexOf(city); i++, moves++) await p.keyboard.press('ArrowDown');
    await act('Enter');
    await changed();
    expect(byPlace(states.at(-1)!, /Nabat[iî]y[ée] et Tahta/)?.[1]).toMatch(/^strike/);

    // 3–5. Naqoura: an attack, by Hezbollah.
    await tabUntil((a) => !!a.item, true);
    await selectInList(naqoura[0]);
    await tabUntil((a) => a.label === 'Kind');
    await act('a'); // the select's type-ahead: Attack
    await changed();
    await tabUntil((a) => a.label === 'Actor');
    await act('Enter', 'Hezbollah');
    await changed();
    expect(states.at(-1)![naqoura[0]]).toMatch(/^attack \| En Nâqoûra \| Hezbollah \| /);

    // 6–7. Sidon: the blasts were a strike there.
    await tabUntil((a) => !!a.item, true);
    await selectInList(sidon[0]);
    await tabUntil((a) => a.label === 'Kind');
    await act('s');
    await changed();
    expect(states.at(-1)![sidon[0]]).toMatch(/^strike \| Sidon \| /);

    console.log(`desk: ${interactions} interactions, ${moves} focus moves`);
    expect(interactions).toBeLessThanOrEqual(8);
    expect(states.length).toBe(5); // four changes, each seen on the map

    // Undo each step with Ctrl+Z, and the map goes back through every state.
    await p.keyboard.press('Control+z');
    await expect.poll(shown).toEqual(states[3]);
    await p.keyboard.press('Control+z');
    await expect.poll(shown).toEqual(states[2]);

    // After a reload the history is still there: undo goes on, redo comes back.
    await p.waitForTimeout(400); // the work is saved 250 ms after a change
    await p.reload();
    await p.locator('[data-events="loaded"]').waitFor({ timeout: 30_000 });
    await waitForIdle(p);
    expect(await shown()).toEqual(states[2]);
    await p.getByRole('button', { name: /^Undo: make it an attack$/ }).waitFor();
    await p.locator('body').focus();
    await p.keyboard.press('Control+z');
    await expect.poll(shown).toEqual(states[1]);
    await p.keyboard.press('Control+z');
    await expect.poll(shown).toEqual(states[0]);
    expect(await p.getByRole('button', { name: /^Undo/ }).isDisabled()).toBe(true);
    await p.keyboard.press('Control+Shift+z');
    await expect.poll(shown).toEqual(states[1]);
    await p.getByRole('button', { name: /^Redo: make it an attack$/ }).click();
    await expect.poll(shown).toEqual(states[2]);
    expect(s.errors).toEqual([]);
  },
  TIMEOUT,
);

for (const scheme of ['light', 'dark'] as const)
  it(
    `the desk's new parts are axe-clean with 24 px targets (${scheme}): undo and redo, the event's facts, possible events`,
    async () => {
      await s.close();
      s = await launch({ width: 1280, height: 800, colorScheme: scheme });
      const p = s.page;
      await mapArticle(p);
      // The ambush names no place: a possible event, whose "Add its place" starts the search for it.
      const possible = p.getByTestId('possible');
      await expect
        .poll(() => possible.locator('li').allTextContents())
        .toEqual([expect.stringMatching(/^Possible attack.*Gunmen also ambushed an army patrol/)]);
      await possible.getByRole('button', { name: 'Add its place' }).click();
      await expect
        .poll(() => p.getByTestId('add-for-sentence').textContent())
        .toMatch(/Gunmen also ambushed/);
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('add-query');
      // An event under review, changed once (so Undo names the change).
      await p.locator('li[data-event-id]', { hasText: 'Naqoura' }).first().click();
      await p.getByLabel('Actor').fill('Hezbollah');
      await p.getByLabel('Actor').press('Enter');
      await p.getByRole('button', { name: 'Undo: actor Hezbollah' }).waitFor();
      const scope = '.history, .review, [data-testid="possible"], .add';
      expect(await axeViolations(p)).toEqual([]);
      expect(await smallTargets(p, scope)).toEqual([]);
    },
    TIMEOUT,
  );

it(
  '"Click the map to place it": the next click on the map moves the marker there; Escape cancels',
  async () => {
    const p = s.page;
    await mapArticle(p);
    await waitForIdle(p);
    const metula = byPlace(await shown(), /^Metulla$/)![0];
    await p.locator(`li[data-event-id="${metula}"]`).click();
    const review = p.locator(`[data-review-event-id="${metula}"]`);
    await review.waitFor();
    const before = (await shown())[metula];
    const canvas = p.locator('.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    const at = { x: Math.round(box.width / 2) + 120, y: Math.round(box.height / 2) + 90 };

    // Escape cancels: a later click does not move it (it is a plain click: the review closes).
    await review.getByRole('button', { name: 'Click the map to place it' }).click();
    await p.keyboard.press('Escape');
    await canvas.click({ position: at });
    await p.waitForTimeout(300);
    expect((await shown())[metula]).toBe(before);
    await p.locator(`li[data-event-id="${metula}"]`).click();
    await review.waitFor();

    await review.getByRole('button', { name: 'Click the map to place it' }).click();
    expect(
      await review.getByRole('button', { name: /Click the map…/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    await waitForIdle(p);
    const there = await p.evaluate(
      ({ x, y }) => (window as unknown as Hooked).__map.unproject([x, y]).toArray(),
      at,
    );
    await canvas.click({ position: at });
    await expect.poll(async () => (await shown())[metula]).not.toBe(before);
    const [lng, lat] = (await shown())[metula]!.split(' | ').slice(3).map(Number);
    expect(lng).toBeCloseTo(there[0]!, 3);
    expect(lat).toBeCloseTo(there[1]!, 3);
    // Still the event under review, the move one step to undo.
    expect(await review.isVisible()).toBe(true);
    await p.getByRole('button', { name: 'Undo: move the marker' }).click();
    await expect.poll(async () => (await shown())[metula]).toBe(before);
    expect(s.errors).toEqual([]);
  },
  TIMEOUT,
);
