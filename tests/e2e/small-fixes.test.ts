// The small fixes of issue 13 (part 7): the article dialog's Close button stays
// in view on a phone, its text has no boilerplate lines, and the list's count is
// said in the singular for one event. Each test opens its own browser context.
import { describe, expect, inject, it } from 'vitest';
import type { EventCollection } from '../../geo/types.ts';
import { launch, waitForIdle } from './browser.ts';
import { encodeInline } from '../../src/map/inline-data.ts';

const baseUrl = inject('baseUrl');

describe('the article dialog on a phone', () => {
  it('keeps its Close button in view while the text scrolls', async () => {
    const s = await launch({ width: 390, height: 844 });
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.locator('li[data-event-id] button').last().click();
      await s.page.getByRole('button', { name: 'Read in article' }).click();
      const dialog = s.page.locator('dialog.article-dialog');
      await dialog.waitFor();
      const close = dialog.getByRole('button', { name: 'Close' });
      const inView = () =>
        close.evaluate((b) => {
          const r = b.getBoundingClientRect();
          const d = b.closest('dialog')!.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.top >= d.top && r.bottom <= d.bottom && r.bottom <= innerHeight && hit === b;
        });
      // Opened at the event's sentence (far down the text), then at both ends of the text.
      expect(await inView()).toBe(true);
      for (const top of [0, 1e9]) {
        await dialog.locator('.article-dialog-text').evaluate((el, y) => el.scrollTo(0, y), top);
        expect(await inView()).toBe(true);
      }
      expect(
        await dialog
          .locator('.article-dialog-text')
          .evaluate((el) => el.scrollHeight > el.clientHeight),
      ).toBe(true);
      await close.click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('the reader’s text', () => {
  it('leaves out boilerplate lines, as the geoparser does', async () => {
    const text =
      'Drones hit Odesa\n\nRussian drones struck Odesa overnight, officials said.\nSee also: Kharkiv under fire\nRead more: our live page\n\nRepairs began in the morning.\n';
    const excerpt = 'Russian drones struck Odesa overnight, officials said.';
    const start = text.indexOf(excerpt);
    const data: EventCollection = {
      type: 'FeatureCollection',
      article: { title: 'Drones hit Odesa', characters: text.length, text },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30.7, 46.5] },
          properties: {
            id: 'odesa',
            kind: 'strike',
            place: 'Odesa',
            name: 'Odesa',
            country: 'UA',
            precision: 'city',
            gazetteer: 'test:odesa',
            actor: 'Russian forces',
            excerpt,
            excerptStart: start,
            spans: [[start + 22, start + 27]],
            confidence: 0.9,
          },
        },
      ],
    };
    const s = await launch();
    try {
      await s.page.route('**/generated/example.geojson', (route) => route.fulfill({ json: data }));
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.locator('li[data-event-id="odesa"] button').click();
      await s.page.getByRole('button', { name: 'Read in article' }).click();
      const body = s.page.locator('dialog.article-dialog .article-dialog-text');
      await body.waitFor();
      expect(await body.textContent()).toBe(
        'Drones hit Odesa\n\nRussian drones struck Odesa overnight, officials said.\n\nRepairs began in the morning.\n',
      );
      expect(await s.page.locator('dialog mark').textContent()).toBe(excerpt);
      expect(await s.page.locator('dialog mark strong').textContent()).toBe('Odesa');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('the count of events', () => {
  it('is singular for one strike or attack and one other place', async () => {
    const events = (await (
      await fetch(new URL('generated/example.geojson', baseUrl))
    ).json()) as EventCollection;
    const one = [
      events.features.find((f) => f.properties.kind !== 'mention')!,
      events.features.find((f) => f.properties.kind === 'mention')!,
    ];
    const inline = await encodeInline({ type: 'FeatureCollection', features: one });
    const s = await launch();
    try {
      await s.page.goto(`${baseUrl}index.html?inline=${inline}`);
      await waitForIdle(s.page);
      expect(await s.page.locator('aside.panel .count').textContent()).toBe(
        '1 strike or attack, 1 other place',
      );
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
