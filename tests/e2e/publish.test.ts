// The workbench's Publish form and live preview (issue 14, part 4), in
// headless Chromium against the production build. The work is the example
// article's events, saved in the browser as the workbench saves them, so no
// test waits for the gazetteer: the form is filled by keyboard, the snippet,
// its link and the two preview frames (375 and 800 px, read inside the frames)
// follow it; the 375 px frame passes the small-frame checks; the form is axe
// clean light and dark, at 1280 px and on a phone; the downloads carry the
// settings; the settings survive a reload and damaged ones fall back with a
// message. Each test opens its own browser context.
import { describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { EventCollection } from '../../geo/types.ts';
import { parseParams } from '../../src/embed/params.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { launch, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const STORAGE_KEY = 'conflict-map:workbench:v1';
const TIMEOUT = 120_000;

let example: EventCollection | null = null;
async function exampleEvents(): Promise<EventCollection> {
  example ??= (await (
    await fetch(new URL('generated/example.geojson', baseUrl))
  ).json()) as EventCollection;
  return example;
}

/** Opens the workbench with the example's events saved as its work (and `publish` settings, if any). */
async function openWork(s: Session, publish?: unknown): Promise<Page> {
  const c = await exampleEvents();
  const p = s.page;
  await p.goto(new URL('workbench.html', baseUrl).href);
  await p.evaluate(([key, work]) => localStorage.setItem(key, JSON.stringify(work)), [
    STORAGE_KEY,
    { revision: 1, text: c.article!.text, collection: c, candidates: {}, publish },
  ] as const);
  await p.reload();
  await p.locator('#embed-snippet').waitFor();
  return p;
}

/** The iframe's src in the embed snippet. */
async function snippetUrl(p: Page): Promise<string> {
  const html = await p.locator('#embed-snippet').inputValue();
  const m = /<iframe src="([^"]+)"/.exec(html);
  expect(m, html).not.toBeNull();
  return m![1]!.replace(/&amp;/g, '&');
}

/** The preview frame of that width, once it shows `url` and its map (or outline map) is loaded. */
async function previewFrame(p: Page, width: 375 | 800, url: string): Promise<Frame> {
  const iframe = p.locator(`iframe[data-preview-width="${width}"]`);
  await expect.poll(() => iframe.getAttribute('src'), { timeout: 10_000 }).toBe(url);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await expect.poll(() => frame.url(), { timeout: 10_000 }).toBe(url);
  await frame.locator('[data-events="loaded"]').waitFor({ timeout: 30_000 });
  return frame;
}

const SETTINGS = {
  title: 'US strikes in Iraq & Syria',
  subtitle: 'Sites hit on 2 February 2024',
  source: 'Source: Reuters, 12 Jan 2024',
};

/** What the frame's embed shows. */
async function shownIn(frame: Frame) {
  return frame.evaluate(() => {
    const text = (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? null;
    const app = document.querySelector('.app')!;
    return {
      width: window.innerWidth,
      title: text('.embed-title'),
      subtitle: text('.embed-subtitle'),
      source: text('.embed-source'),
      theme: app.classList.contains('theme-dark') ? 'dark' : 'light',
      background: getComputedStyle(app).backgroundColor,
      listOpen: document.querySelector('.list-toggle')?.getAttribute('aria-expanded') ?? null,
      errors: text('[data-testid="param-error"]'),
    };
  });
}

describe('the Publish form', () => {
  it(
    'filled by keyboard: the snippet, its link and both preview frames follow it; the frames load only when the preview is opened',
    async () => {
      const s = await launch({ width: 1280, height: 900 });
      try {
        const p = await openWork(s);
        const before = await snippetUrl(p);
        expect(new URL(before).search).toMatch(/^\?embed&inline=/);

        // Title, subtitle and source line, typed; then each radio group by Tab and arrows.
        await p.getByLabel('Title', { exact: true }).focus();
        await p.keyboard.type(SETTINGS.title);
        await p.keyboard.press('Tab');
        await p.keyboard.type(SETTINGS.subtitle);
        await p.keyboard.press('Tab');
        await p.keyboard.type(SETTINGS.source);
        await p.keyboard.press('Tab'); // Theme: Automatic
        await p.keyboard.press('ArrowRight'); // Light
        await p.keyboard.press('ArrowRight'); // Dark
        await p.keyboard.press('Tab'); // List: Shown
        await p.keyboard.press('ArrowRight'); // Hidden
        await p.keyboard.press('Tab'); // Labels: Hidden
        await p.keyboard.press('ArrowRight'); // Shown
        await p.keyboard.press('Tab'); // Height
        await p.keyboard.press('ControlOrMeta+A');
        await p.keyboard.type('520');
        expect(await p.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
        expect(
          await p.getByRole('group', { name: 'List of events' }).getByLabel('Hidden').isChecked(),
        ).toBe(true);

        // The snippet: the URL carries every setting, the title attribute and the height follow.
        await expect.poll(() => snippetUrl(p)).toMatch(/&source=/);
        const url = await snippetUrl(p);
        const q = parseParams(new URL(url).search, url);
        expect(q).toMatchObject({
          embed: true,
          theme: 'dark',
          list: 'hidden',
          labels: 'shown',
          ...SETTINGS,
          errors: [],
        });
        expect(new URL(url).searchParams.get('inline')).toBe(
          new URL(before).searchParams.get('inline'),
        );
        const html = await p.locator('#embed-snippet').inputValue();
        expect(html).toContain('title="US strikes in Iraq &amp; Syria"');
        expect(html).toContain('height:520px');
        expect(
          await p.getByRole('link', { name: 'Open the embedded map' }).getAttribute('href'),
        ).toBe(url);

        // No frame until the preview is opened (each is a MapLibre map).
        expect(p.frames()).toHaveLength(1);
        expect(s.requests.some((r) => r.url().includes('index.html?embed'))).toBe(false);
        await p.getByRole('button', { name: 'Show the preview' }).focus();
        await p.keyboard.press('Enter');
        expect(
          await p.getByRole('button', { name: 'Hide the preview' }).getAttribute('aria-expanded'),
        ).toBe('true');
        for (const width of [375, 800] as const) {
          const frame = await previewFrame(p, width, url);
          await expect.poll(async () => (await shownIn(frame)).title).toBe(SETTINGS.title);
          expect(await shownIn(frame)).toEqual({
            width,
            ...SETTINGS,
            theme: 'dark',
            background: 'rgb(22, 27, 32)',
            listOpen: 'false',
            errors: null,
          });
          // Scaled to fit the panel, at the snippet's height.
          const box = (await p.locator(`iframe[data-preview-width="${width}"]`).boundingBox())!;
          const panel = (await p.locator('.publish').boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
          expect(box.height / box.width).toBeCloseTo(520 / width, 2);
        }

        // A change reaches the frames once typing rests: back to the light theme, a new title.
        await p.getByRole('radio', { name: 'Light' }).check();
        await p.getByLabel('Title', { exact: true }).fill('Strikes in Iraq');
        await expect.poll(() => snippetUrl(p)).toMatch(/title=Strikes\+in\+Iraq&/);
        const next = await snippetUrl(p);
        expect(next).toMatch(/theme=light&/);
        const frame = await previewFrame(p, 375, next);
        await expect.poll(async () => (await shownIn(frame)).title).toBe('Strikes in Iraq');
        expect((await shownIn(frame)).theme).toBe('light');
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    },
    TIMEOUT,
  );

  it(
    'the 375 px preview passes the small-frame checks: no sideways overflow, 24 px targets, axe clean',
    async () => {
      const long = 'Strikes on Iran-backed groups across western Iraq and eastern Syria';
      const s = await launch({ width: 1280, height: 900 });
      try {
        const p = await openWork(s, {
          title: long,
          subtitle: `${long}, after the drone attack on Tower 22`,
          source: 'Source: Reuters, AP and the US Central Command, 2–3 February 2024',
          theme: 'dark',
        });
        await p.getByRole('button', { name: 'Show the preview' }).click();
        const frame = await previewFrame(p, 375, await snippetUrl(p));
        await waitForIdle(frame);
        const shown = await shownIn(frame);
        expect(shown).toMatchObject({ width: 375, title: long, theme: 'dark' });
        const wide = await frame.evaluate(() =>
          [
            document.documentElement,
            ...document.querySelectorAll(
              '.app, .embed-chrome, .embed-title, .embed-subtitle, .embed-source, .embed-list, li[data-event-id]',
            ),
          ]
            .filter((e) => e.scrollWidth > e.clientWidth + 1)
            .map((e) => `${e.tagName}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
        );
        expect(wide).toEqual([]);
        // The source line is in the frame, under the map and the list, not cut off.
        const geo = await frame.evaluate(() => {
          const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
          return {
            source: r('.embed-source'),
            map: r('.map-area'),
            list: r('.embed-list'),
            height: innerHeight,
          };
        });
        expect(geo.source.top).toBeGreaterThanOrEqual(geo.list.bottom - 0.5);
        expect(geo.source.bottom).toBeLessThanOrEqual(geo.height + 0.5);
        expect(geo.map.height).toBeGreaterThanOrEqual(150);
        expect(await smallTargets(frame)).toEqual([]);
        expect(await axeViolations(frame)).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    },
    TIMEOUT,
  );

  for (const [scheme, width, height] of [
    ['light', 1280, 800],
    ['dark', 390, 844],
  ] as const) {
    it(
      `is axe clean with 24 px targets and no sideways overflow (${scheme}, ${width}×${height}), also with an invalid height`,
      async () => {
        const s = await launch({ width, height, colorScheme: scheme });
        try {
          const p = await openWork(s);
          const check = async () => {
            expect(await axeViolations(p)).toEqual([]);
            expect(await smallTargets(p, '.publish')).toEqual([]);
            const wide = await p.evaluate(() =>
              [...document.querySelectorAll('.panel, .publish, .publish *')]
                // A field's own text scrolls inside it; the hidden live regions are 1 px wide on purpose.
                .filter((e) => !e.matches('input, textarea, .visually-hidden'))
                .filter((e) => e.scrollWidth > e.clientWidth + 1)
                .map((e) => `${e.tagName}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
            );
            expect(wide).toEqual([]);
          };
          await check();
          // Each radio group is a fieldset with its legend; each field has its label.
          for (const name of ['Theme', 'List of events', 'Place labels'])
            expect(await p.getByRole('group', { name }).getByRole('radio').count()).toBeGreaterThan(
              1,
            );
          const h = p.getByLabel('Height (pixels)');
          await h.fill('99999');
          expect(await h.getAttribute('aria-invalid')).toBe('true');
          await expect
            .poll(() => p.locator('#publish-height-hint').textContent())
            .toMatch(/from 200 to 2000.*keeps 600/);
          expect(await p.locator('#embed-snippet').inputValue()).toContain('height:600px');
          await check();
          expect(s.errors).toEqual([]);
        } finally {
          await s.close();
        }
      },
      TIMEOUT,
    );
  }

  it(
    'the downloads carry the article URL and title as the source, and the map texts; the image and the SVG the Title',
    async () => {
      const s = await launch({ width: 1280, height: 900 });
      try {
        const p = await openWork(s);
        const articleTitle = (await exampleEvents()).article!.title!;
        expect(await p.getByLabel('Article title').inputValue()).toBe(articleTitle);
        await p.getByLabel('Article URL').fill('news.example/iraq');
        await expect
          .poll(() => p.locator('#publish-article-url-hint').textContent())
          .toMatch(/https:\/\//);
        await p.getByLabel('Article URL').fill('https://news.example/iraq');
        await p.getByLabel('Article title').fill('US strikes in Iraq');
        await p.getByLabel('Title', { exact: true }).fill('Strikes in Iraq');
        await p.getByLabel('Source line').fill('Source: Reuters');
        const file = async (name: string) => {
          const [d] = await Promise.all([
            p.waitForEvent('download'),
            p.getByRole('button', { name, exact: true }).click(),
          ]);
          const chunks: Buffer[] = [];
          for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
          return { name: d.suggestedFilename(), body: Buffer.concat(chunks).toString('utf8') };
        };
        const geo = JSON.parse((await file('Download GeoJSON')).body) as EventCollection;
        expect(geo.article).toMatchObject({
          title: 'US strikes in Iraq',
          url: 'https://news.example/iraq',
        });
        expect(geo.map).toEqual({ title: 'Strikes in Iraq', source: 'Source: Reuters' });
        expect(geo.features).toHaveLength((await exampleEvents()).features.length);
        const csv = (await file('Download CSV')).body.split('\r\n');
        expect(csv[0]).toMatch(/,source_url,source_title$/);
        expect(csv[1]).toMatch(/,https:\/\/news\.example\/iraq,US strikes in Iraq$/);
        const svg = await file('Download SVG');
        expect(svg.name).toBe('strikes-in-iraq-outline.svg');
        expect(/<title[^>]*>Strikes in Iraq<\/title>/.test(svg.body)).toBe(true);
        const png = await file('Download image, Web 1200×800');
        expect(png.name).toBe('strikes-in-iraq-1200x800.png');
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    },
    TIMEOUT,
  );

  it(
    'the settings survive a reload; damaged saved settings fall back to their defaults with a message',
    async () => {
      const s = await launch({ width: 1280, height: 900 });
      try {
        const p = await openWork(s);
        await p.getByLabel('Subtitle').fill('Five sites');
        await p.getByRole('group', { name: 'Place labels' }).getByLabel('Shown').check();
        await p.getByLabel('Height (pixels)').fill('480');
        await expect
          .poll(() =>
            p.evaluate(
              (k) => JSON.parse(localStorage.getItem(k) ?? '{}').publish ?? null,
              STORAGE_KEY,
            ),
          )
          .toMatchObject({ subtitle: 'Five sites', labels: 'shown', height: 480 });
        await p.reload();
        await p.locator('#embed-snippet').waitFor();
        expect(await p.getByLabel('Subtitle').inputValue()).toBe('Five sites');
        expect(
          await p.getByRole('group', { name: 'Place labels' }).getByLabel('Shown').isChecked(),
        ).toBe(true);
        expect(await p.getByLabel('Height (pixels)').inputValue()).toBe('480');
        const url = await snippetUrl(p);
        expect(parseParams(new URL(url).search, url)).toMatchObject({
          subtitle: 'Five sites',
          labels: 'shown',
        });
        expect(await p.locator('#embed-snippet').inputValue()).toContain('height:480px');
        await expect(p.locator('[data-testid="storage-problem"]').count()).resolves.toBe(0);

        // Damaged: the bad ones back to their defaults, the good one kept, a message.
        const q = await openWork(s, { subtitle: 'Kept', height: 'tall', theme: 'purple' });
        expect(await q.getByLabel('Subtitle').inputValue()).toBe('Kept');
        expect(await q.getByLabel('Height (pixels)').inputValue()).toBe('600');
        expect(await q.getByRole('radio', { name: 'Automatic' }).isChecked()).toBe(true);
        expect(await q.locator('[data-testid="storage-problem"]').textContent()).toMatch(
          /the publish settings' theme, height \(back to the defaults\)/,
        );
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    },
    TIMEOUT,
  );
});
