// The first view's two marks, set by MapView: `map-idle` (the first idle with the
// events drawn) and `map-shown` (the frame after it, the settled map on screen).
import type { Page } from 'playwright-core';
import { waitForIdle } from '../../tests/e2e/browser.ts';

// Strings, not functions: tsx would wrap functions in a `__name` helper the page lacks.
const MARK = (name: string) => `performance.getEntriesByName('${name}')[0]?.startTime ?? null`;

/** Loads `url` and returns the two marks, in ms since navigation. */
export async function firstView(
  page: Page,
  url: string,
): Promise<{ idle: number | null; shown: number }> {
  await page.goto(url);
  await waitForIdle(page, 60_000);
  const idle = (await page.evaluate(MARK('map-idle'))) as number | null;
  await page.waitForFunction(`(${MARK('map-shown')}) !== null`, undefined, { timeout: 10_000 });
  const shown = (await page.evaluate(MARK('map-shown'))) as number;
  return { idle, shown };
}
