// axe-core on the embed (light and dark, with a parameter message), the open
// share dialog, and the no-WebGL outline view.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
describe('accessibility of embedding (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the embed (${theme}) with a title and a parameter message`, async () => {
      const s = await launch({ width: 700, height: 800 });
      try {
        await s.page.goto(`${baseUrl}index.html?embed&theme=${theme}&title=Strikes&list=bad`);
        await waitForIdle(s.page);
        expect(await axeViolations(s.page)).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }

  it('the open share dialog', async () => {
    const s = await launch();
    try {
      await s.page.goto(baseUrl);
      await waitForIdle(s.page);
      await s.page.getByRole('button', { name: 'Embed' }).click();
      await s.page.locator('[data-testid="embed-dialog"]').waitFor();
      expect(await axeViolations(s.page)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the no-WebGL view', async () => {
    const s = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      await s.page.goto(`${baseUrl}index.html?embed`);
      await s.page.locator('svg path.land[d^="M"]').waitFor();
      expect(await axeViolations(s.page)).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
