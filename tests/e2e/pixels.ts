// What a screenshot shows, read from its pixels: the PNG is decoded by the
// page's own image decoder (no PNG library in node_modules) and drawn into a 2D
// canvas, whose pixels are counted. For the screenshot tests.
import type { Page } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelCount {
  /** Pixels counted: those of `region` outside every `exclude` rectangle. */
  pixels: number;
  /** Distinct RGB colours among them (a blank or one-colour image has 1). */
  distinct: number;
  /** Per named colour, the pixels within `tolerance` of it on each channel. */
  near: Record<string, number>;
}

/**
 * Counts the colours of `png` (a screenshot of `page`'s viewport) inside
 * `region`, leaving out `exclude` (e.g. a popup over the map).
 */
export async function countColours(
  page: Page,
  png: Buffer,
  colours: Record<string, string>,
  region: Rect,
  exclude: Rect[] = [],
  tolerance = 12,
): Promise<PixelCount> {
  return page.evaluate(
    async ({ b64, colours, region, exclude, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const x0 = Math.max(0, Math.floor(region.x));
      const y0 = Math.max(0, Math.floor(region.y));
      const x1 = Math.min(img.naturalWidth, Math.ceil(region.x + region.width));
      const y1 = Math.min(img.naturalHeight, Math.ceil(region.y + region.height));
      const w = x1 - x0;
      const h = y1 - y0;
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, -x0, -y0);
      const data = ctx.getImageData(0, 0, w, h).data;
      const targets = Object.entries(colours).map(([name, hex]) => {
        const n = parseInt(hex.slice(1), 16);
        return { name, r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
      });
      const near: Record<string, number> = Object.fromEntries(targets.map((t) => [t.name, 0]));
      const seen = new Set<number>();
      let pixels = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const px = x + x0;
          const py = y + y0;
          if (
            exclude.some((e) => px >= e.x && px < e.x + e.width && py >= e.y && py < e.y + e.height)
          )
            continue;
          const i = (y * w + x) * 4;
          const r = data[i]!;
          const g = data[i + 1]!;
          const b = data[i + 2]!;
          pixels++;
          seen.add((r << 16) | (g << 8) | b);
          for (const t of targets) {
            if (
              Math.abs(r - t.r) <= tolerance &&
              Math.abs(g - t.g) <= tolerance &&
              Math.abs(b - t.b) <= tolerance
            )
              near[t.name]!++;
          }
        }
      }
      return { pixels, distinct: seen.size, near };
    },
    { b64: png.toString('base64'), colours, region, exclude, tolerance },
  );
}
