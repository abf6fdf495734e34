// The article workbench (workbench.html) in headless Chromium against the
// production build: paste an article of our own → its events on the map and in
// the list; choose another candidate → the marker moves; drag, add, remove;
// the exported GeoJSON equals what the map shows; a reload keeps the work;
// oversize and binary input get a message and keep the text. Each test opens
// its own browser context (no saved work, no other test's page).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { longArticle } from '../../scripts/bench/workbench.ts';
import { isLocal, launch, waitForIdle, sourceEvents, type Session } from './browser.ts';
import type { Locator } from 'playwright-core';

const baseUrl = inject('baseUrl');
const ARTICLE = readFileSync('tests/e2e/fixtures/workbench-article.txt', 'utf8');
const TIMEOUT = 240_000;

let s: Session;

/** The features in the map's events source, as MapLibre holds them. */
async function shown(): Promise<EventFeature[]> {
  return sourceEvents(s.page);
}

async function listIds(): Promise<string[]> {
  return s.page
    .locator('li[data-event-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
}

async function coordsOf(id: string): Promise<number[] | undefined> {
  return (await shown()).find((f) => f.properties.id === id)?.geometry.coordinates;
}

async function idOf(place: string): Promise<string> {
  const li = s.page.locator('li[data-event-id]', { hasText: place }).first();
  return (await li.getAttribute('data-event-id'))!;
}

async function download(button: string): Promise<string> {
  const [d] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Pastes `html` into the Article text field as a copied web page would. */
async function pasteHtml(page: import('playwright-core').Page, html: string): Promise<void> {
  await page.getByLabel('Article text', { exact: true }).focus();
  await page.evaluate((h) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    document
      .querySelector('textarea#article-text')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
      );
  }, html);
}

const asHtml = (text: string) =>
  text
    .split('\n\n')
    .map((para) => `<p>${para}</p>`)
    .join('\n');

beforeEach(async () => {
  s = await launch({ width: 1280, height: 800 });
});
afterEach(async () => s?.close());

/**
 * Puts a long text in a field at once, as a paste does (Playwright's fill of
 * 200,000 characters takes tens of seconds on this machine, and typing speed is
 * not what these tests are about).
 */
async function setText(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, t) => {
    (el as HTMLTextAreaElement).value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

describe('the map page', () => {
  it('links to the workbench and does not fetch the gazetteer', async () => {
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    const link = s.page.getByRole('link', { name: 'Map a new article' });
    expect(await link.getAttribute('href')).toBe('./workbench.html');
    expect(s.requests.some((r) => r.url().includes('gazetteer'))).toBe(false);
  });
});

describe('the workbench', () => {
  it(
    'maps a pasted article, lets the user review and correct it, exports what it shows, keeps the work',
    async () => {
      const p = s.page;
      await p.goto(new URL('workbench.html', baseUrl).href);
      const field = p.getByLabel('Article text', { exact: true });
      await expect.poll(() => field.count()).toBe(1);
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      expect(
        s.requests.some((r) => r.url().endsWith('/generated/gazetteer/gazetteer.json.gz')),
      ).toBe(true);

      // Paste the article as HTML (paragraphs, markup, a script that must not run).
      const html =
        '<script>window.__pwned = 1</script>' +
        ARTICLE.split('\n\n')
          .map((para) => `<p>${para.replace('Rafah', '<b>Rafah</b>')}</p>`)
          .join('\n') +
        '<img src="x" onerror="window.__pwned = 2">';
      await pasteHtml(p, html);
      const pasted = await field.inputValue();
      expect(pasted).not.toMatch(/[<>]/);
      expect(pasted).toContain('Israeli air strikes hit homes in Rafah and Khan Younis');
      expect(pasted.split('\n\n').length).toBe(ARTICLE.trim().split('\n\n').length);
      expect(await p.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

      // The paste maps the article by itself.
      await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
      await waitForIdle(p);
      const ids = await listIds();
      const places = await p.locator('li[data-event-id] .title').allTextContents();
      for (const place of ['Rafah', 'Khan Younis', 'Tyre', 'Metula'])
        expect(places.join('|')).toContain(place);
      expect((await shown()).map((f) => f.properties.id).sort()).toEqual([...ids].sort());

      // Tyre is ambiguous: choose another candidate, its marker moves.
      const tyre = await idOf('Tyre');
      const before = (await coordsOf(tyre))!;
      await p.locator(`li[data-event-id="${tyre}"] button`).click();
      const review = p.locator(`[data-review-event-id="${tyre}"]`);
      await review.waitFor();
      const radios = review.getByRole('radio');
      expect(await radios.count()).toBeGreaterThan(1);
      expect(await radios.first().isChecked()).toBe(true);
      // Each candidate's likelihood against the others, in whole percentages summing to 100.
      const likely = (await review.locator('label.candidate .meta').allTextContents()).map((t) =>
        Number(/(\d+)% likely/.exec(t)?.[1]),
      );
      expect(likely.length).toBe(await radios.count());
      expect(likely.reduce((a, b) => a + b, 0)).toBe(100);
      expect(likely[0]).toBeGreaterThan(likely[1]!);
      const other = review.locator('label.candidate').nth(1);
      const otherId = await other.getAttribute('data-candidate');
      await other.getByRole('radio').check();
      // Selecting a radio does not yet change the map: "Use this place" does.
      expect(await coordsOf(tyre)).toEqual(before);
      await review.getByRole('button', { name: 'Use this place' }).click();
      await expect.poll(() => coordsOf(tyre)).not.toEqual(before);
      let f = (await shown()).find((x) => x.properties.id === tyre)!;
      expect(f.properties.gazetteer).toBe(otherId);
      expect(f.properties.edited).toEqual(['place']);
      const afterChoice = f.geometry.coordinates;

      // Drag its marker a little: the point changes again and is marked as moved.
      await waitForIdle(p);
      const handle = p.locator(`.drag-handle[data-handle-event-id="${tyre}"]`);
      const box = (await handle.boundingBox())!;
      await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await p.mouse.down();
      await p.mouse.move(box.x + 60, box.y + 40, { steps: 8 });
      await p.mouse.up();
      await expect.poll(() => coordsOf(tyre)).not.toEqual(afterChoice);
      f = (await shown()).find((x) => x.properties.id === tyre)!;
      expect(f.properties.edited).toEqual(['place', 'position']);

      // Change a kind.
      const metula = await idOf('Metula');
      await p.locator(`li[data-event-id="${metula}"] button`).click();
      await p.getByLabel('Kind', { exact: true }).selectOption('strike');
      await expect
        .poll(async () => (await shown()).find((x) => x.properties.id === metula)?.properties.kind)
        .toBe('strike');

      // Remove a place.
      const qatar = await idOf('Qatar');
      await p.locator(`li[data-event-id="${qatar}"] button`).click();
      await p.getByRole('button', { name: 'Remove this place' }).click();
      await expect.poll(() => p.locator(`li[data-event-id="${qatar}"]`).count()).toBe(0);

      // Add a missed place from the gazetteer.
      await p.getByLabel('Place name').fill('Sidon');
      await p.getByRole('button', { name: 'Search the gazetteer' }).click();
      const add = p.locator('button[data-add-place]').first();
      await add.waitFor();
      const added = await add.getAttribute('data-add-place');
      await add.click();
      await expect
        .poll(async () =>
          (await shown()).filter((x) => x.properties.gazetteer === added).map((x) => x.properties),
        )
        .toMatchObject([{ kind: 'strike', edited: ['added'] }]);

      // Export: the GeoJSON is exactly what the map shows, in the list's order.
      await waitForIdle(p);
      const exported = JSON.parse(await download('Download GeoJSON')) as EventCollection;
      expect(exported.type).toBe('FeatureCollection');
      expect(exported.features).toEqual(await shown());
      expect(exported.features.map((x) => x.properties.id)).toEqual(await listIds());
      expect(exported.article?.text).toBe(pasted);
      const csv = await download('Download CSV');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'id,kind,date,date_precision,actor,means,place,name,country,lat,lon,precision,excerpt,source_url,source_title',
      );
      expect(lines.length).toBe(exported.features.length + 1);

      // A reload keeps the text and the corrections.
      await p.reload();
      await p.locator('li[data-event-id]').first().waitFor();
      await waitForIdle(p);
      expect(await field.inputValue()).toBe(pasted);
      expect(await shown()).toEqual(exported.features);

      // The embed snippet is an embed (?embed and the embed.js line) carrying the edited
      // events in the URL: the embedded map shows them.
      const snippet = p.locator('#embed-snippet');
      await expect.poll(() => snippet.getAttribute('data-embed-mode')).toBe('inline');
      const code = await snippet.inputValue();
      const src = /<iframe src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
      const frameUrl = new URL(src);
      expect(frameUrl.searchParams.has('embed')).toBe(true);
      expect(frameUrl.searchParams.get('inline')).toBeTruthy();
      expect(code).toContain(`<script src="${new URL('embed.js', baseUrl).href}" async></script>`);
      expect(code).toMatch(/title="Map: [^"]+" loading="lazy" allowfullscreen/);
      await p.goto(src);
      await p.locator('[data-embed]').waitFor();
      await waitForIdle(p);
      expect(await p.locator('.embed-list').count()).toBe(1);
      expect(await listIds()).toEqual(exported.features.map((x) => x.properties.id));
      const { text: _t, ...meta } = exported.article!;
      void _t;
      expect(await shown()).toEqual(exported.features);
      expect(meta.title).toBeTruthy();

      expect(s.requests.map((r) => r.url()).filter((u) => !isLocal(u, baseUrl))).toEqual([]);
      expect(s.errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a paste does not replace hand corrections: "Map it" asks first, then maps the new text',
    async () => {
      const p = s.page;
      // The work to protect: an article mapped and two places corrected by hand
      // (their kind), kept over a reload like any work (the test above checks that).
      await p.goto(new URL('workbench.html', baseUrl).href);
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      await pasteHtml(p, asHtml(ARTICLE));
      await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
      for (const [i, place] of ['Metula', 'Rafah'].entries()) {
        const id = await idOf(place);
        const kind = (await shown()).find((x) => x.properties.id === id)!.properties.kind;
        await p.locator(`li[data-event-id="${id}"] button`).click();
        await p
          .getByLabel('Kind', { exact: true })
          .selectOption(kind === 'strike' ? 'attack' : 'strike');
        await expect
          .poll(async () => (await shown()).filter((f) => f.properties.edited?.length).length)
          .toBe(i + 1);
      }
      await p.reload();
      await p.locator('li[data-event-id]').first().waitFor();
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      await waitForIdle(p);
      const corrected = await shown();
      const edits = corrected.filter((f) => f.properties.edited?.length).length;
      expect(edits).toBe(2);

      const field = p.getByLabel('Article text', { exact: true });
      await field.fill('');
      const second = ARTICLE.replace(/Tyre/g, 'Sidon');
      await pasteHtml(p, asHtml(second));
      await expect
        .poll(() => p.getByRole('status').allTextContents())
        .toContainEqual(
          expect.stringMatching(
            new RegExp(`Not mapped by itself: the map has ${edits} hand-corrected places`),
          ),
        );
      // The notice is what the paste's handler says instead of mapping: it ran, and
      // mapped nothing (no geoparse since the reload), the corrections are still shown.
      expect(await p.evaluate(() => (window as { __workbench?: object }).__workbench)).toEqual({
        gazetteer: expect.anything(),
      });
      expect(await shown()).toEqual(corrected);

      // "Map it" asks first; "Keep them" keeps them.
      await p.getByRole('button', { name: 'Map it' }).click();
      const confirm = p.getByTestId('confirm-replace');
      expect(await confirm.textContent()).toContain(
        `Map it replaces your ${edits} hand-corrected places`,
      );
      await confirm.getByRole('button', { name: 'Keep them' }).click();
      expect(await confirm.count()).toBe(0);
      expect(await shown()).toEqual(corrected);
      // Confirmed: the new text is mapped, without any correction.
      await p.getByRole('button', { name: 'Map it' }).click();
      await confirm.getByRole('button', { name: 'Replace them and map' }).click();
      await expect
        .poll(async () => (await shown()).map((f) => f.properties.place).join('|'))
        .not.toContain('Tyre');
      const now = await shown();
      expect(now.some((f) => f.properties.place === 'Sidon')).toBe(true);
      expect(now.filter((f) => f.properties.edited?.length)).toEqual([]);
      expect(await p.locator('[data-events]').getAttribute('data-events')).toBe('loaded');
      expect(s.errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'reviews an event with the keyboard only: select, commit, undo, nudge, remove',
    async () => {
      const p = s.page;
      await p.goto(new URL('workbench.html', baseUrl).href);
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      await p.getByRole('button', { name: 'Start afresh' }).click();
      await pasteHtml(p, asHtml(ARTICLE));
      await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
      await waitForIdle(p);
      const ids = await listIds();
      const tyre = await idOf('Tyre');
      const original = (await shown()).find((f) => f.properties.id === tyre)!;
      const focused = () =>
        p.evaluate(() => {
          const a = document.activeElement;
          return {
            item: a?.closest('li[data-event-id]')?.getAttribute('data-event-id') ?? null,
            candidate: a?.closest('[data-candidate]')?.getAttribute('data-candidate') ?? null,
            label: a?.getAttribute('aria-label') ?? a?.textContent?.trim() ?? '',
            tag: a?.tagName ?? '',
          };
        });
      // Tab from the field into the list, arrow down to Tyre, Enter.
      await p.getByLabel('Article text', { exact: true }).focus();
      for (let i = 0; i < 8 && !(await focused()).item; i++) await p.keyboard.press('Tab');
      expect((await focused()).item).toBe(ids[0]);
      for (let i = 0; i < ids.indexOf(tyre); i++) await p.keyboard.press('ArrowDown');
      expect((await focused()).item).toBe(tyre);
      await p.keyboard.press('Enter');
      const review = p.locator(`[data-review-event-id="${tyre}"]`);
      await review.waitFor();
      const candidates = await review
        .locator('label.candidate')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-candidate')!));
      expect(candidates.length).toBeGreaterThan(1);
      expect(candidates[0]).toBe(original.properties.gazetteer);

      // Into the candidates: the arrow key only selects; Enter commits.
      await p.keyboard.press('Tab');
      expect((await focused()).candidate).toBe(candidates[0]);
      await p.keyboard.press('ArrowDown');
      expect((await focused()).candidate).toBe(candidates[1]);
      expect(await review.getByRole('radio').nth(1).isChecked()).toBe(true);
      let f = (await shown()).find((x) => x.properties.id === tyre)!;
      expect(f.geometry.coordinates).toEqual(original.geometry.coordinates);
      expect(f.properties.edited).toBeUndefined();
      await p.keyboard.press('Enter');
      await expect
        .poll(async () => (await shown()).find((x) => x.properties.id === tyre)!.properties.edited)
        .toEqual(['place']);
      // Back to the geoparser's place: no longer a correction, its confidence back.
      await p.keyboard.press('ArrowUp');
      await p.keyboard.press('Enter');
      await expect
        .poll(async () => (await shown()).find((x) => x.properties.id === tyre)!.properties)
        .toEqual(original.properties);

      // Tab on to the latitude field: ArrowUp nudges the marker north by 0.01°.
      const lat = review.getByLabel('Latitude');
      for (let i = 0; i < 8 && !(await lat.evaluate((e) => e === document.activeElement)); i++)
        await p.keyboard.press('Tab');
      await p.keyboard.press('ArrowUp');
      await expect
        .poll(async () => (await shown()).find((x) => x.properties.id === tyre)!.properties.edited)
        .toEqual(['position']);
      f = (await shown()).find((x) => x.properties.id === tyre)!;
      expect(f.geometry.coordinates[1]).toBeCloseTo(original.geometry.coordinates[1]! + 0.01, 4);
      expect(f.geometry.coordinates[0]).toBe(original.geometry.coordinates[0]);

      // Back to "Remove this place": Enter removes it and focus goes to the next item.
      for (let i = 0; i < 6 && (await focused()).label !== 'Remove this place'; i++)
        await p.keyboard.press('Shift+Tab');
      expect((await focused()).label).toBe('Remove this place');
      await p.keyboard.press('Enter');
      await expect.poll(() => p.locator(`li[data-event-id="${tyre}"]`).count()).toBe(0);
      expect((await focused()).item).toBe(ids[ids.indexOf(tyre) + 1]);
      expect(s.errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'refuses oversize, binary and non-text dropped input with a precise message and keeps the text; reads a dropped .txt',
    async () => {
      const p = s.page;
      await p.goto(new URL('workbench.html', baseUrl).href);
      const field = p.getByLabel('Article text', { exact: true });
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      await p.getByRole('button', { name: 'Start afresh' }).click();
      const big = 'Strikes hit Rafah. '.repeat(10_527).slice(0, 200_001);
      await setText(field, big);
      await p.getByRole('button', { name: 'Map it' }).click();
      const alert = p.getByTestId('input-problem');
      await expect
        .poll(() => alert.textContent())
        .toMatch(/200,001 characters; the limit is 200,000\. Remove at least 1 character/);
      expect((await field.inputValue()).length).toBe(200_001);

      await field.fill('PK\u0003\u0004\u0000\u0000binary');
      await p.getByRole('button', { name: 'Map it' }).click();
      await expect.poll(() => alert.textContent()).toMatch(/looks binary/);
      expect(await field.inputValue()).toBe('PK\u0003\u0004\u0000\u0000binary');

      // Dropped files: an image is refused and changes nothing; a .txt file is read and mapped.
      const drop = (name: string, type: string, body: string) =>
        p.evaluate(
          ([n, t, b]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([b!], n!, { type: t! }));
            document
              .querySelector('textarea#article-text')!
              .dispatchEvent(
                new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
              );
          },
          [name, type, body],
        );
      await drop('photo.png', 'image/png', '\u0089PNG');
      await expect.poll(() => alert.textContent()).toMatch(/“photo.png” is not a text file/);
      expect(await field.inputValue()).toBe('PK\u0003\u0004\u0000\u0000binary');
      await drop('article.txt', 'text/plain', ARTICLE);
      await expect.poll(() => field.inputValue()).toBe(ARTICLE);
      await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
      expect(await alert.count()).toBe(0);
      expect(s.errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'maps a 200,000-character article in the worker',
    async () => {
      const p = s.page;
      await p.goto(new URL('workbench.html', baseUrl).href);
      await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
      await p.getByRole('button', { name: 'Start afresh' }).click();
      const long = longArticle(200_000);
      expect(long.length).toBe(200_000);
      await setText(p.getByLabel('Article text', { exact: true }), long);
      await p.getByRole('button', { name: 'Map it' }).click();
      await p.waitForFunction(
        () =>
          typeof (window as { __workbench?: { mapMs?: number } }).__workbench?.mapMs === 'number',
        undefined,
        { timeout: 60_000 },
      );
      const { geoparseMs, characters } = (await p.evaluate(
        () => (window as unknown as { __workbench: Record<string, number> }).__workbench,
      )) as Record<string, number>;
      expect(characters).toBe(200_000);
      // Its speed is a benchmark figure (`npm run bench`), not a timed assertion.
      expect(geoparseMs).toBeGreaterThan(0);
      console.log(`200,000 characters geoparsed in the worker in ${geoparseMs} ms`);
      expect(await p.locator('li[data-event-id]').count()).toBeGreaterThan(10);
      expect(await p.getByTestId('input-problem').count()).toBe(0);
      expect(s.errors).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('the workbench without WebGL', () => {
  it(
    "shows the outline map, the reason and the pasted article's events, and reviews them",
    async () => {
      const nw = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
      try {
        const p = nw.page;
        await p.goto(new URL('workbench.html', baseUrl).href);
        await p.locator('[data-gazetteer="ready"]').waitFor({ timeout: 60_000 });
        await p.locator('[data-testid="static-map"]').waitFor();
        expect(await p.locator('[data-testid="no-webgl"]').textContent()).toMatch(
          /cannot draw the interactive map \(WebGL is unavailable\)/,
        );
        expect(await p.locator('canvas.maplibregl-canvas').count()).toBe(0);
        await pasteHtml(p, asHtml(ARTICLE));
        await p.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
        const listed = await p
          .locator('li[data-event-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
        const places = await p.locator('li[data-event-id] .title').allTextContents();
        for (const place of ['Rafah', 'Khan Younis', 'Tyre', 'Metula'])
          expect(places.join('|')).toContain(place);
        expect(
          (
            await p
              .locator('svg .event-point')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))
          ).sort(),
        ).toEqual([...listed].sort());
        // The review works on the list: move the marker by its latitude.
        const rafah = listed[places.findIndex((t) => t.includes('Rafah'))]!;
        await p.locator(`li[data-event-id="${rafah}"] button`).click();
        const review = p.locator(`[data-review-event-id="${rafah}"]`);
        await review.waitFor();
        const point = p.locator(`svg .event-point[data-event-id="${rafah}"]`);
        const before = await point.getAttribute('transform');
        await review.getByLabel('Latitude').fill('31');
        await review.getByLabel('Latitude').press('Tab');
        await expect.poll(() => point.getAttribute('transform')).not.toBe(before);
        expect(nw.requests.map((r) => r.url()).filter((u) => !isLocal(u, baseUrl))).toEqual([]);
        expect(nw.errors).toEqual([]);
      } finally {
        await nw.close();
      }
    },
    TIMEOUT,
  );
});
