// The workbench when things go wrong: a gazetteer download that stalls or a
// gazetteer file that is cut short says what failed and offers "Try again",
// keeping the text; two tabs never overwrite each other's saved work silently.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, type Session } from './browser.ts';
import { startPreview, type Served } from './server.ts';

const ARTICLE = readFileSync('tests/e2e/fixtures/workbench-article.txt', 'utf8');
const GAZETTEER = 'dist/generated/gazetteer/gazetteer.json.gz';

let s: Session | undefined;
let server: Served | undefined;
const hanging: ServerResponse[] = [];
afterEach(async () => {
  await s?.close();
  s = undefined;
  for (const res of hanging.splice(0)) res.destroy();
  await server?.close();
  server = undefined;
});

/** How the gazetteer is served: stalled (200, 100 KB, then nothing), cut short, or as it is. */
let mode: 'stall' | 'truncated' | 'normal' = 'normal';

async function serve(): Promise<string> {
  const file = readFileSync(GAZETTEER);
  server = await startPreview(undefined, undefined, (req, res, next) => {
    if (!req.url?.includes('/gazetteer.json.gz') || mode === 'normal') return next();
    const part = file.subarray(0, 100 * 1024);
    if (mode === 'truncated') {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': part.length });
      res.end(part);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': file.length });
    res.write(part);
    hanging.push(res);
  });
  return server.url;
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
