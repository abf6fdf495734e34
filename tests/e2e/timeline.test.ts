// The timeline of a collection over several days (issue 15, part 3): a
// histogram with a range that the keyboard and the pointer move, filtering the
// markers (counted in the map's source) and the list (in the DOM) together; the
// range kept in the URL hash and in the postMessage API, both ways.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { EventCollection, EventProperties } from '../../geo/types.ts';
import { eventFeature } from '../event-feature.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { launch, sourceEvents, waitForIdle, type Session } from './browser.ts';
import { hostPageHtml, startHostPage } from './host-page.ts';
import type { Served } from './server.ts';

const baseUrl = inject('baseUrl');
type Hooked = Window & { __map: import('maplibre-gl').Map };

const event = (id: string, lon: number, over: Partial<EventProperties>) =>
  eventFeature(id, [lon, 48 + (lon % 3)], {
    country: 'UA',
    actor: 'Russian forces',
    excerpt: `Missiles hit ${id}.`,
    source: {
      id: `${id}.txt`,
      title: `Report from ${id}`,
      url: `https://news.example/${id}`,
      date: null,
    },
    ...over,
  });

const day = (date: string) => ({ date, datePrecision: 'day' as const });
// Five days, 10 to 14 January: six strikes and attacks, a mention, a background event.
const fixture: EventCollection = {
  type: 'FeatureCollection',
  articles: 4,
  features: [
    event('Kharkiv', 36.2, day('2024-01-10')),
    event('Sumy', 34.8, { ...day('2024-01-10'), kind: 'attack', actor: null }),
    event('Kherson', 32.6, day('2024-01-11')),
    event('Odesa', 30.7, day('2024-01-12')),
    event('Dnipro', 35.0, day('2024-01-14')),
    event('Zaporizhzhia', 35.1, day('2024-01-14')),
    event('Lviv', 24.0, { kind: 'mention', actor: null, source: undefined }),
    event('Mariupol', 37.5, { date: '2022-01-01', datePrecision: 'year' }),
  ],
};
const ALL = fixture.features.map((f) => f.properties.id);

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** The ids in the map's events source and in the list. */
async function shown(target: Page | Frame): Promise<{ map: string[]; list: string[] }> {
  const map = (await sourceEvents(target)).map((f) => String(f.properties.id));
  const list = await target
    .locator('li[data-event-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
  return { map: map.sort(), list: list.sort() };
}

const ids = (...names: string[]) => ({ map: [...names].sort(), list: [...names].sort() });

async function open(hash = ''): Promise<Page> {
  s = await launch({ width: 1000, height: 700 });
  await s.context.route('**/generated/example.geojson', (route) =>
    route.fulfill({ json: fixture }),
  );
  await s.page.goto(`${baseUrl}${hash}`);
  await waitForIdle(s.page);
  return s.page;
}

describe('the timeline', () => {
  it('shows the days of the collection; the keyboard narrows the range, the map and the list follow, and so does the hash', async () => {
    const page = await open();
    const summary = page.getByTestId('timeline-summary');
    expect(await summary.textContent()).toBe('All dates: 7 strikes and attacks');
    expect(await page.locator('.timeline rect.strike').count()).toBe(4);
    expect(await page.locator('.timeline rect.attack').count()).toBe(1);
    expect(await shown(page)).toEqual(ids(...ALL));

    const from = page.getByRole('slider', { name: 'From' });
    const to = page.getByRole('slider', { name: 'To' });
    expect(await from.getAttribute('aria-valuetext')).toBe('10 Jan 2024');
    expect(await to.getAttribute('aria-valuetext')).toBe('14 Jan 2024');
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => summary.textContent())
      .toBe('11–14 Jan 2024: 4 of 7 strikes and attacks');
    await expect
      .poll(() => shown(page))
      .toEqual(ids('Kherson', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Lviv'));
    expect(await from.getAttribute('aria-valuetext')).toBe('11 Jan 2024');
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown(page)).toEqual(ids('Kherson', 'Odesa', 'Lviv'));
    expect(new URL(page.url()).hash).toBe('#from=2024-01-11&to=2024-01-12');
    // The To end never passes the From end.
    await page.keyboard.press('Home');
    expect(await to.getAttribute('aria-valuetext')).toBe('11 Jan 2024');
    await expect.poll(() => shown(page)).toEqual(ids('Kherson', 'Lviv'));

    await page.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => shown(page)).toEqual(ids(...ALL));
    expect(new URL(page.url()).hash).toBe('');
    expect(s!.errors).toEqual([]);
  });

  it('a drag of the pointer moves the nearer end', async () => {
    const page = await open();
    const track = (await page.locator('.timeline .track').boundingBox())!;
    const dayX = (i: number) => track.x + ((i + 0.5) / 5) * track.width;
    const y = track.y + track.height / 2;
    // From the last day's end to the third day: the To end moves.
    await page.mouse.move(dayX(4), y);
    await page.mouse.down();
    await page.mouse.move(dayX(3), y, { steps: 4 });
    await page.mouse.move(dayX(2), y, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(() => shown(page))
      .toEqual(ids('Kharkiv', 'Sumy', 'Kherson', 'Odesa', 'Lviv'));
    expect(await page.getByRole('slider', { name: 'To' }).getAttribute('aria-valuetext')).toBe(
      '12 Jan 2024',
    );
    expect(s!.errors).toEqual([]);
  });

  it('#from and #to in the URL open the map with that range; a selected event left out closes', async () => {
    const page = await open('#event=Dnipro&from=2024-01-12&to=2024-01-14');
    expect(await shown(page)).toEqual(ids('Odesa', 'Dnipro', 'Zaporizhzhia', 'Lviv'));
    expect(await page.getByTestId('timeline-summary').textContent()).toBe(
      '12–14 Jan 2024: 3 of 7 strikes and attacks',
    );
    const popup = page.locator('.maplibregl-popup .event-popup-title');
    await expect.poll(() => popup.textContent()).toContain('Dnipro');
    // The popup links to the event's article.
    const link = page.locator('.maplibregl-popup .event-popup-sources a');
    expect(await link.getAttribute('href')).toBe('https://news.example/Dnipro');
    expect(await link.textContent()).toBe('Report from Dnipro');
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => popup.count()).toBe(0);
    // The event is no longer selected; the map keeps where the selection moved it.
    await expect
      .poll(() => new URL(page.url()).hash)
      .toMatch(/^#map=[^&]+&from=2024-01-12&to=2024-01-12$/);
    expect(s!.errors).toEqual([]);
  });

  it('a collection on one day has no timeline', async () => {
    s = await launch({ width: 1000, height: 700 });
    const oneDay = { ...fixture, features: fixture.features.slice(0, 2) };
    await s.context.route('**/generated/example.geojson', (route) =>
      route.fulfill({ json: oneDay }),
    );
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    expect(await s.page.locator('li[data-event-id]').count()).toBe(2);
    expect(await s.page.locator('.timeline').count()).toBe(0);
  });
});

describe('the timeline in an embed', () => {
  let host: Served;
  beforeAll(async () => {
    host = await startHostPage(
      hostPageHtml(
        `<iframe src="${baseUrl}index.html?embed&list=shown" title="Map" style="width:600px;height:560px;border:0"></iframe>`,
      ),
    );
  });
  afterAll(() => host.close());

  it('the host sets the range with a range message, and hears of the reader’s', async () => {
    s = await launch({ width: 800, height: 800 });
    await s.context.route('**/generated/example.geojson', (route) =>
      route.fulfill({ json: fixture }),
    );
    await s.page.goto(host.url);
    const frame = (await (await s.page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => !!(window as unknown as Partial<Hooked>).__map);
    await waitForIdle(frame);
    expect(await shown(frame)).toEqual(ids(...ALL));

    await s.page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage(
          { source: 'conflict-map', type: 'range', from: '2024-01-14', to: null },
          '*',
        ),
    );
    await expect.poll(() => shown(frame)).toEqual(ids('Dnipro', 'Zaporizhzhia', 'Lviv'));
    // The host's own change is not echoed back.
    const ranges = () =>
      s!.page.evaluate(() =>
        (window as unknown as { received: { data: { type?: string } }[] }).received
          .map((m) => m.data)
          .filter((d) => d.type === 'range'),
      );
    expect(await ranges()).toEqual([]);

    const from = frame.getByRole('slider', { name: 'From' });
    await from.focus();
    await from.press('ArrowLeft');
    await expect
      .poll(ranges)
      .toEqual([{ source: 'conflict-map', type: 'range', from: '2024-01-13', to: '2024-01-14' }]);
    await expect.poll(() => shown(frame)).toEqual(ids('Dnipro', 'Zaporizhzhia', 'Lviv'));
    await from.press('Home');
    await expect.poll(() => shown(frame)).toEqual(ids(...ALL));
    expect((await ranges()).at(-1)).toEqual({
      source: 'conflict-map',
      type: 'range',
      from: null,
      to: null,
    });
    expect(s.errors).toEqual([]);
  });
});

describe('the timeline for every reader', () => {
  for (const [width, height, query, colorScheme] of [
    [390, 844, '', 'light'],
    [390, 844, '', 'dark'],
    [320, 480, '?embed', 'light'],
    [320, 480, '?embed', 'dark'],
  ] as const) {
    it(`axe-core finds nothing and every target is 24×24 px at ${width}×${height}${query}, ${colorScheme}`, async () => {
      s = await launch({ width, height, colorScheme });
      await s.context.route('**/generated/example.geojson', (route) =>
        route.fulfill({ json: fixture }),
      );
      await s.page.goto(`${baseUrl}${query}#from=2024-01-11&to=2024-01-13`);
      await waitForIdle(s.page);
      await s.page.locator('.timeline').waitFor();
      expect(await axeViolations(s.page)).toEqual([]);
      expect(await smallTargets(s.page)).toEqual([]);
      for (const name of ['From', 'To']) {
        const box = (await s.page.getByRole('slider', { name }).boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      }
    });
  }
});
