// axe-core on the embed (light and dark, with a parameter message), the open
// share dialog, and the no-WebGL outline view.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launch, waitForIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await a.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

describe('accessibility of embedding (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the embed (${theme}) with a title and a parameter message`, async () => {
      const s = await launch({ width: 700, height: 800 });
      try {
        await s.page.goto(`${baseUrl}index.html?embed&theme=${theme}&title=Strikes&list=bad`);
        await waitForIdle(s.page);
        expect(await axe(s.page)).toEqual([]);
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
      expect(await axe(s.page)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the no-WebGL view', async () => {
    const s = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      await s.page.goto(`${baseUrl}index.html?embed`);
      await s.page.locator('svg path.land[d^="M"]').waitFor();
      expect(await axe(s.page)).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
