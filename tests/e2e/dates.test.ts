// The event's date in the list and in the popup ("12 Jan 2024", "week of …"), and
// nothing for an undated event (issue 15, part 1).
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { EventCollection, EventProperties } from '../../geo/types.ts';
import { launch, waitForIdle, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');

function event(id: string, lon: number, over: Partial<EventProperties>) {
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lon, 50] },
    properties: {
      id,
      kind: 'strike' as const,
      place: id,
      name: id,
      country: 'UA',
      precision: 'city' as const,
      gazetteer: `test:${id}`,
      actor: 'Russian forces',
      excerpt: `Missiles hit ${id}.`,
      excerptStart: 0,
      spans: [] as [number, number][],
      confidence: 0.9,
      ...over,
    },
  };
}

const fixture: EventCollection = {
  type: 'FeatureCollection',
  article: { title: 'Strikes', characters: 100, date: '2024-01-24', dateSource: 'given' },
  features: [
    event('Kharkiv', 36.2, { date: '2024-01-12', datePrecision: 'day' }),
    event('Kherson', 32.6, { date: '2024-01-15', datePrecision: 'week' }),
    event('Odesa', 30.7, { date: null, datePrecision: null }),
  ],
};

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('dates on events', () => {
  it('the list and the popup show the date; an undated event shows none', async () => {
    s = await launch();
    await s.page.route('**/generated/example.geojson', (route) => route.fulfill({ json: fixture }));
    await s.page.goto(baseUrl);
    await waitForIdle(s.page);
    const meta = (id: string) => s!.page.locator(`li[data-event-id="${id}"] .meta`).textContent();
    expect(await meta('Kharkiv')).toBe('12 Jan 2024 · Russian forces · town or city');
    expect(await meta('Kherson')).toBe('week of 15 Jan 2024 · Russian forces · town or city');
    expect(await meta('Odesa')).toBe('Russian forces · town or city');
    const facts = s.page.locator('.maplibregl-popup .event-popup-facts');
    await s.page.locator('li[data-event-id="Kharkiv"] button').click();
    await facts.waitFor();
    expect(await facts.innerText()).toMatch(/When\s+12 Jan 2024/);
    await s.page.locator('li[data-event-id="Odesa"] button').click();
    await expect
      .poll(() => s!.page.locator('.maplibregl-popup .event-popup-title').innerText())
      .toContain('Odesa');
    expect(await facts.innerText()).not.toContain('When');
    expect(s.errors).toEqual([]);
  });
});
