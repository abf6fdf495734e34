// Small-map chrome (issue 13, part 3): the phone page at 390×844 and the
// embed at 320 px. The attribution is the compact ⓘ button (folded until the
// reader opens it), a map under 400 px wide has only zoom (and, in an embed,
// fullscreen) buttons, every target is at least 24×24 CSS px, and axe-core
// finds nothing, light and dark. Each test opens its own browser context.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, smallTargets } from './axe.ts';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');

async function chrome(page: Page) {
  return page.evaluate(() => {
    const attrib = document.querySelector('.maplibregl-ctrl-attrib')!;
    return {
      width: document.querySelector('.maplibregl-map')!.clientWidth,
      buttons: [...document.querySelectorAll('.maplibregl-ctrl-top-right button')]
        .filter((b) => (b as HTMLElement).offsetWidth > 0)
        .map((b) => b.className.replace(/^maplibregl-ctrl-(\S+).*$/, '$1')),
      compact: attrib.classList.contains('maplibregl-compact'),
      expanded: attrib.classList.contains('maplibregl-compact-show'),
      attribHeight: attrib.getBoundingClientRect().height,
    };
  });
}

describe('small-map chrome', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the phone page at 390×844 (${scheme}): compact attribution, zoom buttons only, big targets, axe clean`, async () => {
      const s = await launch({ width: 390, height: 844, colorScheme: scheme });
      try {
        await s.page.goto(baseUrl);
        await waitForIdle(s.page);
        const c = await chrome(s.page);
        expect(c.width).toBeLessThan(400);
        expect(c.buttons).toEqual(['zoom-in', 'zoom-out']);
        expect(c.compact).toBe(true);
        expect(c.expanded).toBe(false);
        expect(c.attribHeight).toBeLessThanOrEqual(24);
        expect(await smallTargets(s.page)).toEqual([]);
        expect(await axeViolations(s.page)).toEqual([]);
        // The ⓘ button opens it, and it stays open as the map moves.
        await s.page.locator('.maplibregl-ctrl-attrib-button').click();
        await expect.poll(async () => (await chrome(s.page)).expanded).toBe(true);
        expect(await s.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toMatch(
          /Natural Earth/,
        );
        // With a popup open.
        await s.page.locator('li[data-event-id] button').first().click();
        await s.page.locator('.maplibregl-popup').waitFor();
        await waitForIdle(s.page);
        expect(await smallTargets(s.page)).toEqual([]);
        expect(await axeViolations(s.page)).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it(`the embed at 320 px (${scheme}): zoom and fullscreen only, big targets, axe clean`, async () => {
      const s = await launch({ width: 320, height: 600, colorScheme: scheme });
      try {
        await s.page.goto(`${baseUrl}index.html?embed`);
        await waitForIdle(s.page);
        const c = await chrome(s.page);
        expect(c.buttons).toEqual(['zoom-in', 'zoom-out', 'fullscreen']);
        expect(c.compact).toBe(true);
        expect(c.expanded).toBe(false);
        expect(await smallTargets(s.page)).toEqual([]);
        expect(await axeViolations(s.page)).toEqual([]);
        await s.page.locator('li[data-event-id] button').first().click();
        await s.page.locator('.maplibregl-popup').waitFor();
        await waitForIdle(s.page);
        expect(await smallTargets(s.page)).toEqual([]);
        expect(await axeViolations(s.page)).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }

  for (const width of [1280, 1000]) {
    it(`a wide map keeps the compass and the full attribution, clear of the open legend (${width} px)`, async () => {
      const s = await launch({ width, height: 800 });
      try {
        await s.page.goto(baseUrl);
        await waitForIdle(s.page);
        const c = await chrome(s.page);
        expect(c.buttons).toEqual(['zoom-in', 'zoom-out', 'compass']);
        expect(c.compact).toBe(false);
        expect(await smallTargets(s.page)).toEqual([]);
        // At 1000 px the map is 660 px wide: the attribution wraps beside the legend.
        const box = (sel: string) => s.page.locator(sel).boundingBox();
        const [attrib, legend] = [(await box('.maplibregl-ctrl-attrib'))!, (await box('.legend'))!];
        const apart =
          attrib.x >= legend.x + legend.width ||
          attrib.y + attrib.height <= legend.y ||
          legend.y + legend.height <= attrib.y;
        expect(apart, JSON.stringify({ attrib, legend })).toBe(true);
      } finally {
        await s.close();
      }
    });
  }
});

describe('popups on the phone page', () => {
  it('at 390×844, each one opened from the list lies clear of the buttons, the legend and the attribution', async () => {
    const s = await launch({ width: 390, height: 844 });
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      const ids = await s.page
        .locator('li[data-event-id]')
        .evaluateAll((els) =>
          els
            .filter((e) => !e.className.includes('mention'))
            .map((e) => e.getAttribute('data-event-id')!),
        );
      expect(ids.length).toBeGreaterThan(2);
      for (const id of ids) {
        await s.page.locator(`li[data-event-id="${id}"] button`).click();
        await expect
          .poll(() =>
            s.page.locator('.maplibregl-popup .event-popup').getAttribute('data-popup-event-id'),
          )
          .toBe(id);
        await waitForIdle(s.page);
        const covered = await s.page.evaluate(() => {
          const box = (e: Element) => e.getBoundingClientRect();
          const p = box(document.querySelector('.maplibregl-popup')!);
          const over = (r: DOMRect) =>
            r.width > 0 &&
            p.left < r.right &&
            r.left < p.right &&
            p.top < r.bottom &&
            r.top < p.bottom;
          return [...document.querySelectorAll('.maplibregl-ctrl, .legend')]
            .filter((e) => over(box(e)))
            .map((e) => e.className);
        });
        expect(covered, id).toEqual([]);
      }
    } finally {
      await s.close();
    }
  });
});
