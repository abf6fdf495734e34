// A map that moves continuously: its URL hash is written once per settled move.
import { describe, expect, inject, it } from 'vitest';
import { idleAfter, jumpTo, launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
type Counted = Window & { __map: import('maplibre-gl').Map; __replaced: string[] };

/** Counts the page's history.replaceState calls (their URLs) from now on. */
const countReplaces = () => {
  const w = window as unknown as Counted;
  w.__replaced = [];
  const replace = history.replaceState.bind(history);
  history.replaceState = (data, unused, url) => {
    w.__replaced.push(String(url));
    replace(data, unused, url);
  };
};
const replaced = () => (window as unknown as Counted).__replaced;

describe('the URL hash', () => {
  it('is written once after a flyTo and once after a pan of 40 frames', async () => {
    const s = await launch();
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.evaluate(countReplaces);
      await idleAfter(s.page, () =>
        s.page.evaluate(() =>
          (window as unknown as Counted).__map.flyTo({
            center: [44.4, 33.3],
            zoom: 8,
            duration: 1000,
          }),
        ),
      );
      // Written once the map has stayed still for a moment after it.
      await expect.poll(() => s.page.evaluate(replaced)).toHaveLength(1);
      const afterFly = await s.page.evaluate(replaced);
      expect(afterFly[0]).toMatch(/#map=8\.00\/33\.3\d*\/44\.4\d*$/);
      // A pan by script in every frame: 40 moves, each with its own moveend.
      await idleAfter(s.page, () =>
        s.page.evaluate(
          () =>
            new Promise<number>((done) => {
              const map = (window as unknown as Counted).__map;
              let n = 0;
              let ends = 0;
              map.on('moveend', () => ends++);
              const tick = () => {
                map.panBy([10, 0], { duration: 0 });
                if (++n < 40) requestAnimationFrame(tick);
                else done(ends);
              };
              requestAnimationFrame(tick);
            }),
        ),
      );
      await expect.poll(() => s.page.evaluate(replaced)).toHaveLength(2);
      const panned = (await s.page.evaluate(replaced))[1]!;
      expect(new URL(s.page.url()).hash).toBe(new URL(panned, baseUrl).hash);
      // One more move: its write is the third, none came between.
      await jumpTo(s.page, 44, 33, 6);
      await expect.poll(() => s.page.evaluate(replaced)).toHaveLength(3);
      expect((await s.page.evaluate(replaced))[2]).toMatch(/#map=6\.00\/33\.0+\/44\.0+$/);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
