// The pure parts of embedding: the frame's preferred height, the outline
// projection of the no-WebGL map, and the share dialog's snippet.
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_MAX_HEIGHT,
  LIST_MAX_HEIGHT,
  MAP_MAX_HEIGHT,
  MAP_MIN_HEIGHT,
  mapHeightFor,
  preferredHeight,
} from '../../src/embed/height.ts';
import { fitOutline, pathData } from '../../src/embed/outline.ts';
import { embedSnippet, embedUrls, escapeAttribute } from '../../src/embed/snippet.ts';

describe('preferredHeight', () => {
  it('map from the width within limits, plus title, list bar and list up to its cap', () => {
    expect(mapHeightFor(700)).toBe(420);
    expect(mapHeightFor(200)).toBe(MAP_MIN_HEIGHT);
    expect(mapHeightFor(2000)).toBe(MAP_MAX_HEIGHT);
    const base = { width: 700, chrome: 30, listBar: 36, fallback: null };
    expect(preferredHeight({ ...base, listContent: 100 })).toBe(30 + 420 + 36 + 100);
    expect(preferredHeight({ ...base, listContent: 2000 })).toBe(30 + 420 + 36 + LIST_MAX_HEIGHT);
    expect(preferredHeight({ ...base, listContent: null })).toBe(30 + 420 + 36);
  });
  it('the no-WebGL view in full up to a cap', () => {
    const base = { width: 700, chrome: 0, listBar: 0, listContent: null };
    expect(preferredHeight({ ...base, fallback: 900.2 })).toBe(901);
    expect(preferredHeight({ ...base, fallback: 5000 })).toBe(FALLBACK_MAX_HEIGHT);
  });
});

describe('fitOutline', () => {
  const pts: [number, number][] = [
    [40, 30],
    [46, 36],
  ];
  it('keeps every point inside with a margin, north up and east right', () => {
    const v = fitOutline(pts, { width: 800 });
    expect(v.width).toBe(800);
    for (const p of pts) {
      const [x, y] = v.project(p);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(v.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(v.height);
    }
    const [x1, y1] = v.project(pts[0]!);
    const [x2, y2] = v.project(pts[1]!);
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1);
    // Same scale both ways after the cosine correction at 33°N.
    const dx = (x2 - x1) / (6 * Math.cos((33 * Math.PI) / 180));
    const dy = (y1 - y2) / 6;
    expect(dx).toBeCloseTo(dy, 6);
  });
  it('a single point is shown at a regional scale, centred', () => {
    const v = fitOutline([[44.4, 33.3]], { width: 800 });
    const [x, y] = v.project([44.4, 33.3]);
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(v.height / 2, 6);
    const [x2] = v.project([45.4, 33.3]);
    expect(x2 - x).toBeLessThan(200);
  });
  it('the whole world when there are no events', () => {
    const v = fitOutline([]);
    const [xw] = v.project([-180, 10]);
    const [xc, yc] = v.project([0, 10]);
    const [xe] = v.project([180, 10]);
    expect(xc).toBeCloseTo(v.width / 2, 6);
    expect(yc).toBeCloseTo(v.height / 2, 6);
    expect(xw).toBeGreaterThanOrEqual(0);
    expect(xe).toBeLessThanOrEqual(v.width);
  });
});

describe('pathData', () => {
  it('draws rings and lines, and leaves out those far outside the view', () => {
    const v = fitOutline([
      [0, 0],
      [10, 10],
    ]);
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 0],
    ] as [number, number][];
    const far = [
      [170, -80],
      [175, -80],
    ] as [number, number][];
    const d = pathData([square, far], v, true);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d).toMatch(/^M[-\d.]+ [-\d.]+(L[-\d.]+ [-\d.]+){3}Z$/);
    expect(pathData([square], v, false).endsWith('Z')).toBe(false);
  });
});

describe('the embed snippet', () => {
  it('absolute URLs from the base, the data parameter kept', () => {
    expect(embedUrls('https://ex.org/maps/iraq/', null)).toEqual({
      frame: 'https://ex.org/maps/iraq/index.html?embed',
      script: 'https://ex.org/maps/iraq/embed.js',
      page: 'https://ex.org/maps/iraq/index.html',
    });
    const u = embedUrls('https://ex.org/maps/iraq/index.html?x#y', 'data/a b.geojson');
    expect(u.frame).toBe('https://ex.org/maps/iraq/index.html?embed&data=data%2Fa+b.geojson');
    expect(u.page).toBe('https://ex.org/maps/iraq/index.html?data=data%2Fa+b.geojson');
    // Events carried in the URL win over a data file.
    const i = embedUrls('https://ex.org/m/', 'a.geojson', 'x_-1');
    expect(i.frame).toBe('https://ex.org/m/index.html?embed&inline=x_-1');
    expect(i.page).toBe('https://ex.org/m/index.html?inline=x_-1');
  });
  it('an iframe with title, lazy loading, fullscreen and a default height, then embed.js', () => {
    const s = embedSnippet(embedUrls('https://ex.org/m/', null), 'Map: "Strikes" <Iraq> & Syria');
    expect(s).toBe(
      '<iframe src="https://ex.org/m/index.html?embed" title="Map: &quot;Strikes&quot; &lt;Iraq&gt; &amp; Syria" loading="lazy" allowfullscreen style="width:100%;height:600px;border:0"></iframe>\n' +
        '<script src="https://ex.org/m/embed.js" async></script>',
    );
    expect(escapeAttribute('a&"<>')).toBe('a&amp;&quot;&lt;&gt;');
  });
});
