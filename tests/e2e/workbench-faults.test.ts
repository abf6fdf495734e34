// The workbench when things go wrong: a gazetteer download that stalls or a
// gazetteer file that is cut short says what failed and offers "Try again",
// keeping the text; two tabs never overwrite each other's saved work silently.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from './browser.ts';
import { stallingPreview } from './server.ts';

const ARTICLE = readFileSync('tests/e2e/fixtures/workbench-article.txt', 'utf8');
const GAZETTEER = 'dist/generated/gazetteer/gazetteer.json.gz';

let s: Session | undefined;
const server = stallingPreview();
afterEach(async () => {
  await s?.close();
  s = undefined;
  await server.close();
});

/** How the gazetteer is served: stalled (200, 100 KB, then nothing), cut short, or as it is. */
let mode: 'stall' | 'truncated' | 'normal' = 'normal';

async function serve(): Promise<string> {
  const file = readFileSync(GAZETTEER);
  return server.start((req, res, next) => {
    if (!req.url?.includes('/gazetteer.json.gz') || mode === 'normal') return next();
    const part = file.subarray(0, 100 * 1024);
    if (mode === 'truncated') {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': part.length });
      res.end(part);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': file.length });
    res.write(part);
    server.hang(res);
  });
}

describe('a gazetteer download that stalls', () => {
  it('says what failed, offers Try again and keeps the text', async () => {
    mode = 'stall';
    const url = await serve();
    s = await launch();
    const { page } = s;
    await page.goto(`${url}workbench.html?test-stall-ms=1500`);
    const field = page.getByLabel('Article text', { exact: true });
    await field.fill(ARTICLE);
    await page.getByRole('button', { name: 'Map it' }).click();
    const message = page.getByTestId('gazetteer-status').getByRole('alert');
    await message
      .filter({ hasText: 'your text and your work are kept' })
      .waitFor({ timeout: 20_000 });
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await message.textContent()).toContain(
      'the download of the gazetteer stalled (no data for 1.5 s)',
    );
    // Nothing is stuck: Map it and Start afresh work, the text is there.
    const mapIt = page.getByRole('button', { name: 'Map it' });
    expect(await mapIt.isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start afresh' }).isEnabled()).toBe(true);
    expect(await field.inputValue()).toBe(ARTICLE);
    const again = message.getByRole('button', { name: 'Try again' });
    const box = (await again.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    // The server recovers: Try again loads the gazetteer and maps the text.
    mode = 'normal';
    await again.click();
    await page.locator('li[data-event-id]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-gazetteer]').getAttribute('data-gazetteer')).toBe('ready');
    expect(await field.inputValue()).toBe(ARTICLE);
  });
});

describe('a gazetteer file cut short', () => {
  it('is named as corrupt or truncated, with Try again', async () => {
    mode = 'truncated';
    const url = await serve();
    s = await launch();
    await s.page.goto(`${url}workbench.html`);
    const message = s.page.getByTestId('gazetteer-status').getByRole('alert');
    await message.waitFor({ timeout: 20_000 });
    const text = (await message.textContent())!;
    expect(text).toContain('the gazetteer file is corrupt or truncated');
    expect(text).not.toContain('Failed to fetch');
    expect(await message.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  });
});

describe('two workbench tabs', () => {
  const KEY = 'conflict-map:workbench:v1';
  /** The saved texts: the main work's, and the copies'. */
  const saved = (page: Page) =>
    page.evaluate((key) => {
      const text = (k: string) => (JSON.parse(localStorage.getItem(k)!) as { text: string }).text;
      const copies = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:copy:`));
      return { main: localStorage.getItem(key) ? text(key) : null, copies: copies.map(text) };
    }, KEY);
  /** Types `text` into the field and saves at once (as on leaving the page), not after the pause. */
  async function edit(page: Page, text: string): Promise<void> {
    await page.getByLabel('Article text', { exact: true }).fill(text);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  }

  it('never overwrite each other silently: the older tab asks, reload it or keep yours', async () => {
    s = await launch();
    const a = s.page;
    const url = `${inject('baseUrl')}workbench.html`;
    await a.goto(url);
    await edit(a, 'Version one');
    await expect.poll(() => saved(a)).toEqual({ main: 'Version one', copies: [] });

    const b = await s.context.newPage();
    await b.goto(url);
    expect(await b.getByLabel('Article text', { exact: true }).inputValue()).toBe('Version one');
    await edit(b, 'Version two, by B');
    const conflict = a.getByTestId('tab-conflict');
    await conflict.waitFor({ timeout: 10_000 });
    expect(await conflict.getAttribute('role')).toBe('alert');
    expect(await conflict.textContent()).toContain(
      'This article was changed in another tab: reload it, or keep yours as a copy.',
    );
    expect(await b.getByTestId('tab-conflict').count()).toBe(0);
    // The older tab's edits do not overwrite the newer one's.
    await edit(a, 'Version one, edited on in A');
    expect(await saved(a)).toEqual({ main: 'Version two, by B', copies: [] });

    // Reload it: A now shows B's version.
    await conflict.getByRole('button', { name: 'Reload it' }).click();
    expect(await a.getByLabel('Article text', { exact: true }).inputValue()).toBe(
      'Version two, by B',
    );
    expect(await conflict.count()).toBe(0);

    // Keep yours as a copy: both versions are kept.
    await edit(b, 'Version three, by B');
    await conflict.waitFor({ timeout: 10_000 });
    await edit(a, 'A keeps this');
    await conflict.getByRole('button', { name: 'Keep yours as a copy' }).click();
    expect(await saved(a)).toEqual({ main: 'Version three, by B', copies: ['A keeps this'] });
    await edit(a, 'A keeps this, and more');
    expect(await saved(a)).toEqual({
      main: 'Version three, by B',
      copies: ['A keeps this, and more'],
    });
    expect(await b.getByTestId('tab-conflict').count()).toBe(0);
    expect(await a.getByTestId('tab-conflict').count()).toBe(0);
    // After a reload the copy is offered.
    await b.reload();
    await b.getByTestId('copies').getByRole('button', { name: 'Open it' }).click();
    expect(await b.getByLabel('Article text', { exact: true }).inputValue()).toBe(
      'A keeps this, and more',
    );
  });
});
