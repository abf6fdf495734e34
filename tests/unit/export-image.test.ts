// The still image's layout (src/map/export-image.ts): where each part goes for
// both sizes, the title in at most two lines with an ellipsis, the file name,
// and the zoom that shows the reader's view.
import { describe, expect, it } from 'vitest';
import {
  EXPORT_SIZES,
  exportFileName,
  exportLayout,
  slug,
  wrapText,
  zoomToShow,
  type ExportLayout,
  type FontSpec,
  type Measure,
  type Rect,
} from '../../src/map/export-image.ts';

/** A monospace-like font: every character 0.55 of the font size wide. */
const measure: Measure = (text, font) => text.length * font.size * 0.55;
const font: FontSpec = { size: 20, weight: 400 }; // 11 px a character

const TEXTS = {
  title: 'Strikes in Iraq',
  source: 'Source: Strikes in Iraq · https://example.org/maps/iraq/',
  attribution: 'Made with Natural Earth (public domain) · Places: GeoNames (CC BY 4.0) · MapLibre',
};

const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x &&
  r.y >= outer.y &&
  r.x + r.width <= outer.x + outer.width &&
  r.y + r.height <= outer.y + outer.height;

function blockRect(b: ExportLayout['title']): Rect {
  const width = Math.max(...b.lines.map((l) => measure(l, b.font)));
  return { x: b.x, y: b.y, width, height: b.lines.length * b.lineHeight };
}

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('Strikes in Iraq', 400, 2, font, measure)).toEqual(['Strikes in Iraq']);
  });

  it('breaks at spaces, each line within the width', () => {
    const lines = wrapText('one two three four five six', 111, 3, font, measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    for (const l of lines) expect(measure(l, font)).toBeLessThanOrEqual(111);
  });

  it('ends the last line with an ellipsis when the text needs more lines', () => {
    const lines = wrapText('one two three four five six seven eight', 111, 2, font, measure);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1]).toMatch(/…$/);
    expect(measure(lines[1]!, font)).toBeLessThanOrEqual(111);
  });

  it('breaks a word wider than the line anywhere, and a 100,000-character title quickly', () => {
    const long = 'x'.repeat(100_000);
    const t0 = performance.now();
    const lines = wrapText(long, 221, 2, font, measure);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(lines).toEqual(['x'.repeat(20), 'x'.repeat(19) + '…']);
  });

  it('collapses white space and ignores an empty text', () => {
    expect(wrapText('  a \n\n b  ', 400, 2, font, measure)).toEqual(['a b']);
    expect(wrapText('   ', 400, 2, font, measure)).toEqual([]);
  });
});

describe('exportLayout', () => {
  for (const name of ['web', 'social'] as const) {
    const { width, height } = EXPORT_SIZES[name];
    const page: Rect = { x: 0, y: 0, width, height };

    it(`${name} ${width}×${height}: title above the map, legend on it, source and attribution below`, () => {
      const l = exportLayout(name, TEXTS, measure);
      expect([l.width, l.height]).toEqual([width, height]);
      expect(l.title.lines).toEqual(['Strikes in Iraq']);
      const title = blockRect(l.title);
      const source = blockRect(l.source!);
      const attribution = blockRect(l.attribution);
      for (const r of [title, l.map, l.legend.box, source, attribution])
        expect(inside(r, page), JSON.stringify(r)).toBe(true);
      // In this order from the top, none overlapping.
      expect(title.y + title.height).toBeLessThanOrEqual(l.map.y);
      expect(l.map.y + l.map.height).toBeLessThanOrEqual(source.y);
      expect(source.y + source.height).toBeLessThanOrEqual(attribution.y);
      expect(inside(l.legend.box, l.map)).toBe(true);
      // The map is most of the image, the whole width.
      expect(l.map.width).toBe(width);
      expect(l.map.height).toBeGreaterThan(height * 0.7);
      // Strike then attack, each marker and label in the legend's box.
      expect(l.legend.items.map((i) => i.kind)).toEqual(['strike', 'attack']);
      for (const item of l.legend.items) {
        const { x, y, size } = item.marker;
        const marker = { x: x - size / 2, y: y - size / 2, width: size, height: size };
        expect(inside(marker, l.legend.box)).toBe(true);
        expect(inside(blockRect(item.text), l.legend.box)).toBe(true);
      }
      // The fit keeps the events off the legend.
      expect(l.map.y + l.map.height - l.fitPadding.bottom).toBeLessThan(l.legend.box.y);
    });

    it(`${name}: a long title takes two lines with an ellipsis, and the map gives way`, () => {
      const short = exportLayout(name, TEXTS, measure);
      const l = exportLayout(name, { ...TEXTS, title: 'Strikes and attacks '.repeat(40) }, measure);
      expect(l.title.lines).toHaveLength(2);
      expect(l.title.lines[1]).toMatch(/…$/);
      for (const line of l.title.lines)
        expect(l.title.x + measure(line, l.title.font)).toBeLessThanOrEqual(width - l.title.x);
      expect(l.map.y).toBe(short.map.y + l.title.lineHeight);
      expect(blockRect(l.title).y + blockRect(l.title).height).toBeLessThanOrEqual(l.map.y);
    });

    it(`${name}: without a source line the map reaches further down`, () => {
      const l = exportLayout(name, { ...TEXTS, source: null }, measure);
      expect(l.source).toBeNull();
      expect(l.map.height).toBeGreaterThan(exportLayout(name, TEXTS, measure).map.height);
      expect(l.map.y + l.map.height).toBeLessThanOrEqual(l.attribution.y);
    });
  }

  it('has the larger text in the square image, shown smaller in feeds', () => {
    const web = exportLayout('web', TEXTS, measure);
    const social = exportLayout('social', TEXTS, measure);
    expect(social.title.font.size).toBeGreaterThan(web.title.font.size);
    expect(social.attribution.font.size).toBeGreaterThan(web.attribution.font.size);
  });
});

describe('file names', () => {
  it('are the title’s slug and the size', () => {
    expect(exportFileName('Strikes in Iraq', 'web')).toBe('strikes-in-iraq-1200x800.png');
    expect(exportFileName('Strikes in Iraq', 'social')).toBe('strikes-in-iraq-1080x1080.png');
    expect(exportFileName(null, 'web', 'svg')).toBe('map-1200x800.svg');
  });

  it('slugs accents, quotes and punctuation, and stay short', () => {
    expect(slug('Iraq Denounces the ‘irresponsible’ US Airstrikes')).toBe(
      'iraq-denounces-the-irresponsible-us-airstrikes',
    );
    expect(slug('Frappes à Alep : « bilan »')).toBe('frappes-a-alep-bilan');
    expect(slug('غارات')).toBe('map');
    const long = slug('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^word(-word)*$/);
  });
});

describe('zoomToShow', () => {
  it('zooms out by the side that would be cut, in by what the image adds', () => {
    expect(zoomToShow(5, { width: 600, height: 400 }, { width: 1200, height: 800 })).toBe(6);
    // A phone's tall view in a wide image: its whole height is shown.
    expect(zoomToShow(5, { width: 390, height: 500 }, { width: 1200, height: 250 })).toBeCloseTo(
      5 + Math.log2(0.5),
    );
    expect(zoomToShow(5, { width: 0, height: 0 }, { width: 1200, height: 800 })).toBe(5);
  });
});
