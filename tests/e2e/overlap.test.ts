// Events at the same point do not hide each other: a click on the marker lists
// them all, and choosing one opens its popup. "Read in article" shows the full
// article with the event's excerpt marked, in a modal dialog that Escape closes.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { EventCollection, EventFeature, EventKind } from '../../geo/types.ts';
import { jumpTo, launch, pixelOf, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');

const TITLE = 'Strikes and attacks in Iraq';
const SENTENCES = [
  'US aircraft struck targets in Iraq on Friday.',
  'Militants attacked a convoy in Iraq the same night.',
];
const TEXT = `${TITLE}\n\n${SENTENCES.join(' ')}\n`;

function event(id: string, kind: EventKind, sentence: string): EventFeature {
  const excerptStart = TEXT.indexOf(sentence);
  const at = excerptStart + sentence.indexOf('Iraq');
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [43.7436, 33.0396] },
    properties: {
      id,
      kind,
      place: 'Iraq',
      name: 'Iraq',
      country: 'IQ',
      precision: 'country',
      gazetteer: 'test:iq',
      actor: null,
      excerpt: sentence,
      excerptStart,
      spans: [[at, at + 4]],
      confidence: 1,
    },
  };
}

function fixture(): EventCollection {
  return {
    type: 'FeatureCollection',
    article: { title: TITLE, characters: TEXT.length, text: TEXT },
    features: [
      event('iraq-strike', 'strike', SENTENCES[0]!),
      event('iraq-attack', 'attack', SENTENCES[1]!),
    ],
  };
}

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

async function open(): Promise<Session> {
  const session = await launch();
  await session.page.route('**/generated/example.geojson', (route) =>
    route.fulfill({ json: fixture() }),
  );
  await session.page.goto(baseUrl);
  await waitForIdle(session.page);
  return session;
}

describe('overlapping events', () => {
  it('are listed by a click on their marker; choosing one opens its popup', async () => {
    s = await open();
    const [strike, attack] = fixture().features as [EventFeature, EventFeature];
    const lngLat = strike.geometry.coordinates as [number, number];
    await jumpTo(s.page, lngLat[0], lngLat[1], 5);
    const p = await pixelOf(s.page, lngLat);
    await s.page.mouse.click(p.x, p.y);
    const chooser = s.page.locator('.maplibregl-popup .event-chooser');
    await chooser.waitFor();
    expect(await chooser.locator('h2').textContent()).toBe('2 events here');
    const items = chooser.locator('button.event-chooser-item');
    expect(await items.allTextContents()).toEqual(
      expect.arrayContaining(['Strike · Iraq', 'Attack · Iraq']),
    );
    expect(await items.count()).toBe(2);
    const second = (await items.nth(1).getAttribute('data-choose-event-id'))!;
    const chosen = second === attack.properties.id ? attack : strike;
    await items.nth(1).click();
    const popup = s.page.locator('.maplibregl-popup .event-popup');
    expect(await popup.getAttribute('data-popup-event-id')).toBe(chosen.properties.id);
    expect(await s.page.locator('.maplibregl-popup .event-popup-excerpt').textContent()).toBe(
      chosen.properties.excerpt,
    );
    expect(await s.page.locator('.event-chooser').count()).toBe(0);
    await expect
      .poll(() =>
        s!.page.locator(`li[data-event-id="${chosen.properties.id}"]`).getAttribute('class'),
      )
      .toMatch(/selected/);
    expect(s.errors).toEqual([]);
  });
});

describe('Read in article', () => {
  it('shows the full article with the excerpt marked; Escape closes it', async () => {
    s = await open();
    const attack = fixture().features[1]!;
    await s.page.locator(`li[data-event-id="${attack.properties.id}"] button`).click();
    const read = s.page.locator('.maplibregl-popup button.event-popup-read');
    await read.click();
    const dialog = s.page.locator('dialog.article-dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe(TITLE);
    const body = (await dialog.locator('.article-dialog-text').textContent())!;
    expect(body).toBe(TEXT);
    expect(body.split('\n')[0]).toBe(TITLE);
    expect(await dialog.locator('mark').count()).toBe(1);
    expect(await dialog.locator('mark').textContent()).toBe(attack.properties.excerpt);
    expect(await dialog.locator('mark strong').textContent()).toBe('Iraq');
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await s.page.evaluate(() => document.activeElement?.classList.contains('event-popup-read')),
    ).toBe(true);
    // The popup stays open: Escape closed only the dialog.
    expect(await s.page.locator('.maplibregl-popup .event-popup').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('is not offered without the article text', async () => {
    s = await launch();
    const data = fixture();
    delete data.article!.text;
    await s.page.route('**/generated/example.geojson', (route) => route.fulfill({ json: data }));
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    await s.page.locator('li[data-event-id="iraq-attack"] button').click();
    await s.page.locator('.maplibregl-popup .event-popup').waitFor();
    expect(await s.page.locator('.event-popup-read').count()).toBe(0);
  });
});
