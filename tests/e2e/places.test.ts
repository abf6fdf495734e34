// The newsroom gazetteer in the workbench (issue 14, part 3), in headless Chromium
// against the production build: a place the gazetteer lacks, added by its coordinates
// and remembered, maps a later article at its point, after a reload too; exported, the
// file maps it in a new browser profile and in `npm run geocode -- --places`. Imports
// name their bad features; everything works from the keyboard; axe-clean, 24 px
// targets, light and dark. The places are the made-up ones of the test fixture.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { parseExtraPlaces } from '../../geo/gazetteer/extra-places.ts';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { launch, sourceEvents, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const TIMEOUT = 240_000;
const FIXTURE = readFileSync('tests/fixtures/newsroom-places.geojson', 'utf8');
const camp = parseExtraPlaces(JSON.parse(FIXTURE)).places[0]!;
const FIRST = 'Drones struck Camp Halvorsen on Tuesday, officials said. Nobody was hurt.';
const SECOND = 'Rockets hit Halvorsen Base overnight, a spokesman said.';
/** This feature's parts of the page: the section, the coordinates form, Remember this place. */
const MINE = '[data-testid="newsroom-places"], form.coords, section.remember';
const dir = mkdtempSync(join(tmpdir(), 'places-e2e-'));

const sessions: Session[] = [];
async function open(colorScheme: 'light' | 'dark' = 'light', noIndexedDb = false): Promise<Page> {
  const s = await launch({ colorScheme });
  sessions.push(s);
  // As in private browsing where IndexedDB is refused: opening a database throws.
  if (noIndexedDb)
    await s.context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is not available', 'InvalidStateError');
      };
    });
  await s.page.goto(new URL('workbench.html', baseUrl).href);
  await s.page.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
  return s.page;
}
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    expect(s.errors).toEqual([]);
    await s.close();
  }
});

/** The features in the map's events source, as MapLibre holds them. */
async function shown(p: Page): Promise<EventFeature[]> {
  return sourceEvents(p);
}

/** Maps `text` (confirming that it replaces hand corrections, if asked) and waits for the map. */
async function mapText(p: Page, text: string): Promise<void> {
  await p.getByLabel('Article text', { exact: true }).fill(text);
  await p.getByRole('button', { name: 'Map it' }).click();
  const replace = p.getByRole('button', { name: 'Replace them and map' });
  if (await replace.isVisible()) await replace.click();
  await p.locator('[data-events="loaded"]').waitFor();
  await waitForIdle(p);
}

/** Where the map shows the newsroom's Camp Halvorsen, if it does. */
async function campOnMap(p: Page): Promise<number[] | undefined> {
  const f = (await shown(p)).find((e) => e.properties.gazetteer === 'newsroom:camp-halvorsen');
  return f?.geometry.coordinates;
}

const section = (p: Page) => p.getByTestId('newsroom-places');
const summary = (p: Page) => section(p).locator('summary');

/** Opens the "Newsroom places" section from the keyboard, if closed. */
async function openSection(p: Page): Promise<void> {
  if (await section(p).evaluate((d) => (d as HTMLDetailsElement).open)) return;
  await summary(p).focus();
  await p.keyboard.press('Enter');
  await expect.poll(() => section(p).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
}

/** Imports a file from the keyboard: Space on the file input opens the chooser. */
async function importFile(p: Page, name: string, body: string): Promise<void> {
  await openSection(p);
  const input = p.getByLabel('Import places');
  await input.focus();
  // Chromium now and then drops the key's chooser on this loaded machine: press again.
  let chooser: FileChooser | null = null;
  for (let i = 0; i < 3 && !chooser; i++)
    [chooser] = await Promise.all([
      p.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null),
      p.keyboard.press('Space'),
    ]);
  if (!chooser) throw new Error('Space on “Import places” opened no file chooser');
  await chooser.setFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(body) });
  // Done when the live region names the file and the input takes another.
  await section(p).getByRole('status').filter({ hasText: name }).waitFor({ state: 'attached' });
  await expect.poll(() => input.isEnabled()).toBe(true);
}

/** Adds Camp Halvorsen by its coordinates (AddPlace) and remembers it, all from the keyboard. */
async function addAndRemember(p: Page): Promise<void> {
  await p.getByLabel('Place name').fill('Camp Halvorsen');
  await p.getByLabel('Place name').press('Enter');
  await p.getByText('No place named “Camp Halvorsen” in the gazetteer').waitFor();
  const coords = p.getByRole('form', { name: 'Add “Camp Halvorsen” by its coordinates' });
  await coords.getByLabel('Latitude').fill(String(camp.lat));
  await coords.getByLabel('Longitude').fill(String(camp.lon));
  await coords.getByLabel('Longitude').press('Enter');
  await p.locator('[data-review-event-id]').waitFor();
  expect(await p.getByLabel('Name', { exact: true }).inputValue()).toBe('Camp Halvorsen');
  await p.getByLabel(/^Other names/).fill('Halvorsen base');
  await p.getByLabel(/^Country code/).fill('iq');
  await p.getByLabel(/^Note/).fill('Made up for the tests');
  await p.getByRole('button', { name: 'Remember this place' }).focus();
  await p.keyboard.press('Enter');
  await expect.poll(() => summary(p).textContent()).toBe('Newsroom places (1)');
}

describe('newsroom places', () => {
  it(
    'a place added by its coordinates and remembered maps a later article there; exported, it maps in a new profile and in the CLI',
    async () => {
      const p = await open();
      await mapText(p, FIRST);
      expect(await campOnMap(p)).toBeUndefined(); // the gazetteer lacks it
      await addAndRemember(p);

      // A second article naming it by the alias: mapped at the remembered point.
      await mapText(p, SECOND);
      expect(await campOnMap(p)).toEqual([camp.lon, camp.lat]);

      // Kept in the browser: after a reload the list has it and the first mapping uses it.
      await p.reload();
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      expect(await summary(p).textContent()).toBe('Newsroom places (1)');
      await mapText(p, SECOND);
      expect(await campOnMap(p)).toEqual([camp.lon, camp.lat]);

      // Export: the file holds the place as remembered.
      await openSection(p);
      await expect
        .poll(() => section(p).getByRole('listitem').first().textContent())
        .toMatch(/Camp Halvorsen, Iraq.*also Halvorsen base · Made up for the tests/);
      const exportButton = section(p).getByRole('button', { name: 'Export places' });
      await exportButton.focus();
      const [download] = await Promise.all([p.waitForEvent('download'), p.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('newsroom-places.geojson');
      const file = join(dir, 'newsroom-places.geojson');
      await download.saveAs(file);
      const exported = readFileSync(file, 'utf8');
      const parsed = parseExtraPlaces(JSON.parse(exported));
      expect(parsed.problems).toEqual([]);
      expect(parsed.places).toEqual([
        expect.objectContaining({
          name: 'Camp Halvorsen',
          aliases: ['Halvorsen base'],
          country: 'IQ',
          note: 'Made up for the tests',
          lon: camp.lon,
          lat: camp.lat,
        }),
      ]);

      // A new browser profile: nothing kept; the imported file is used.
      const q = await open();
      expect(await summary(q).textContent()).toBe('Newsroom places (0)');
      await mapText(q, SECOND);
      expect(await campOnMap(q)).toBeUndefined();
      await importFile(q, 'newsroom-places.geojson', exported);
      await expect.poll(() => summary(q).textContent()).toBe('Newsroom places (1)');
      await mapText(q, SECOND);
      expect(await campOnMap(q)).toEqual([camp.lon, camp.lat]);

      // The CLI maps it with the exported file.
      const article = join(dir, 'second.txt');
      writeFileSync(article, SECOND + '\n');
      const tsx = join('node_modules', '.bin', 'tsx');
      const r = spawnSync(tsx, ['geo/cli.ts', article, '--places', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const fc = JSON.parse(r.stdout) as EventCollection;
      expect(
        fc.features
          .filter((f) => f.properties.gazetteer === 'newsroom:camp-halvorsen')
          .map((f) => f.geometry.coordinates),
      ).toEqual([[camp.lon, camp.lat]]);
    },
    TIMEOUT,
  );

  it(
    'an import names its bad features and keeps the good ones, merges by name and point, and a place is removed from the keyboard',
    async () => {
      const p = await open();
      const fixture = JSON.parse(FIXTURE) as { features: Record<string, unknown>[] };
      const bad = { ...fixture.features[0], properties: { name: 'Camp X', country: 'Iraq' } };
      const withBad = JSON.stringify({ ...fixture, features: [...fixture.features, bad] });
      await importFile(p, 'colleague.geojson', withBad);
      await expect.poll(() => summary(p).textContent()).toBe('Newsroom places (2)');
      expect(await p.getByTestId('import-problems').textContent()).toContain(
        'Feature 3 (“Camp X”): `country` must be an ISO alpha-2 code or null',
      );
      // One of them again, re-noted: merged (updated where it stands), the other kept.
      const renoted = {
        ...fixture.features[0],
        properties: { ...(fixture.features[0]!.properties as object), note: 'Re-noted' },
      };
      await importFile(p, 'again.geojson', JSON.stringify({ ...fixture, features: [renoted] }));
      await expect.poll(() => p.getByTestId('import-problems').count()).toBe(0);
      expect(await summary(p).textContent()).toBe('Newsroom places (2)');
      const items = section(p).getByRole('list', { name: 'Newsroom places' }).getByRole('listitem');
      expect(await items.allTextContents()).toEqual([
        expect.stringMatching(/^Camp Halvorsen, Iraq.*Re-noted/),
        expect.stringMatching(/^Haditha, Iraq/),
      ]);
      // Haditha, which GeoNames holds too, maps at the newsroom's point.
      await mapText(p, 'Militants attacked Haditha in western Iraq on Monday, police said.');
      const haditha = (await shown(p)).find((f) => f.properties.place === 'Haditha');
      expect(haditha?.properties.gazetteer).toBe('newsroom:haditha');
      // Remove it by the keyboard: the next article finds GeoNames' Haditha again.
      await openSection(p);
      await section(p).getByRole('button', { name: 'Remove Haditha' }).focus();
      await p.keyboard.press('Enter');
      await expect.poll(() => summary(p).textContent()).toBe('Newsroom places (1)');
      await mapText(p, 'Gunmen attacked Haditha in western Iraq on Friday, police said.');
      const again = (await shown(p)).find((f) => f.properties.place === 'Haditha');
      expect(again?.properties.gazetteer).toMatch(/^geonames:/);
      // The section closes from the keyboard too.
      await summary(p).focus();
      await p.keyboard.press('Enter');
      expect(await section(p).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'without IndexedDB (private browsing) the places last for the session, and the section says so',
    async () => {
      const p = await open('light', true);
      await openSection(p);
      await expect
        .poll(() => section(p).getByRole('status').first().textContent())
        .toMatch(/kept for this session only\. Export them to keep them\./);
      await mapText(p, FIRST);
      await addAndRemember(p);
      await mapText(p, SECOND);
      expect(await campOnMap(p)).toEqual([camp.lon, camp.lat]);
      await p.reload();
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      expect(await summary(p).textContent()).toBe('Newsroom places (0)');
    },
    TIMEOUT,
  );

  for (const scheme of ['light', 'dark'] as const) {
    it(
      `axe-clean, 24 px targets (${scheme}): the section with places and problems, the coordinates form, Remember this place`,
      async () => {
        const p = await open(scheme);
        await mapText(p, FIRST);
        const fixture = JSON.parse(FIXTURE) as { features: unknown[] };
        await importFile(p, 'x.geojson', JSON.stringify({ ...fixture, features: [{}] }));
        await p.getByTestId('import-problems').waitFor();
        await p.getByLabel('Place name').fill('Camp Halvorsen');
        await p.getByLabel('Place name').press('Enter');
        await p.getByRole('button', { name: 'Add at these coordinates' }).waitFor();
        expect(await p.locator(MINE).count()).toBe(2); // the section (open) and the form
        expect(await axeViolations(p)).toEqual([]);
        expect(await smallTargets(p, MINE)).toEqual([]);
        const coords = p.getByRole('form', { name: 'Add “Camp Halvorsen” by its coordinates' });
        await coords.getByLabel('Latitude').fill(String(camp.lat));
        await coords.getByLabel('Longitude').fill('200');
        await coords.getByLabel('Longitude').press('Enter');
        await coords.getByRole('alert').waitFor();
        await coords.getByLabel('Longitude').fill(String(camp.lon));
        await coords.getByLabel('Longitude').press('Enter');
        await p.getByRole('button', { name: 'Remember this place' }).waitFor();
        await waitForIdle(p);
        expect(await p.locator(MINE).count()).toBe(2); // the section and Remember this place
        expect(await axeViolations(p)).toEqual([]);
        expect(await smallTargets(p, MINE)).toEqual([]);
        // Moving the marker keeps what was typed for the place.
        await p.getByLabel(/^Other names/).fill('Halvorsen base');
        await p.locator('[data-review-event-id]').getByLabel('Latitude').focus();
        await p.keyboard.press('ArrowUp');
        await expect
          .poll(async () => (await shown(p))[0]?.properties.edited)
          .toEqual(['added', 'position']);
        expect(await p.getByLabel(/^Other names/).inputValue()).toBe('Halvorsen base');
      },
      TIMEOUT,
    );
  }
});
