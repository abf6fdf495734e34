import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION,
  FONT_SUBSETS,
  basemapStyle,
  firstLabelLayerId,
  labelLayerIds,
} from '../../src/map/style.ts';
import { FONT_FILES } from '../../scripts/basemap/build.ts';

const tilesUrl = 'pmtiles://http://localhost:5173/generated/basemap.pmtiles';
const fontsUrl = '/generated/fonts';

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      [`${path}.${k}#key`, k] as [string, string],
      ...strings(v, `${path}.${k}`),
    ]);
  return [];
}

describe.each(['light', 'dark'] as const)('basemapStyle(%s)', (theme) => {
  const style = basemapStyle({ theme, tilesUrl, fontsUrl });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyphs key, and font-faces pointing at our own font files', () => {
    expect('glyphs' in style).toBe(false);
    expect('sprite' in style).toBe(false);
    const faces = style['font-faces'] as Record<
      string,
      { url: string; 'unicode-range': string[] }[]
    >;
    const copied = new Set(FONT_FILES.map((f) => f.file));
    const used = new Set<string>();
    for (const layer of style.layers) {
      const font = (layer.layout as Record<string, unknown> | undefined)?.['text-font'];
      for (const [, s] of strings(font)) if (s.startsWith('Noto')) used.add(s);
    }
    expect(used.size).toBeGreaterThan(1);
    for (const name of used) {
      expect(faces[name], name).toBeDefined();
      for (const face of faces[name]!) {
        expect(face.url.startsWith(`${fontsUrl}/`)).toBe(true);
        expect(copied.has(face.url.slice(fontsUrl.length + 1)), face.url).toBe(true);
        expect(face['unicode-range'].length).toBeGreaterThan(0);
      }
    }
    // Arabic script is covered for regular text.
    expect(
      faces['Noto Sans Regular']!.some((f) => f['unicode-range'].includes('U+0600-06FF')),
    ).toBe(true);
  });

  it('references no URL but the given tiles and fonts', () => {
    const urls = strings(style).filter(
      ([p, s]) => /:\/\/|^\/|^www\.|\.(com|org|net|io)\b/i.test(s) && !p.endsWith('#key'),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const [path, s] of urls) {
      const ok = s === tilesUrl || s.startsWith(`${fontsUrl}/`) || path.endsWith('.attribution');
      expect(ok, `${path}: ${s}`).toBe(true);
    }
    expect(style.sources.basemap).toMatchObject({ type: 'vector', url: tilesUrl });
  });

  it('puts event layers below every label layer', () => {
    const ids = style.layers.map((l) => l.id);
    const first = ids.indexOf(firstLabelLayerId);
    expect(first).toBeGreaterThan(0);
    for (const id of labelLayerIds) expect(ids.indexOf(id)).toBeGreaterThanOrEqual(first);
    for (const l of style.layers.slice(0, first)) expect(l.type).not.toBe('symbol');
    // Coastline is its own line layer, not a polygon outline.
    const coast = style.layers.find((l) => l.id === 'coastline');
    expect(coast?.type).toBe('line');
    expect(
      style.layers.some((l) => l.type === 'fill' && l.paint && 'fill-outline-color' in l.paint),
    ).toBe(false);
  });
});

describe('basemap style', () => {
  it('uses the same layers for both themes and different colours', () => {
    const light = basemapStyle({ theme: 'light', tilesUrl, fontsUrl });
    const dark = basemapStyle({ theme: 'dark', tilesUrl, fontsUrl });
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
    expect(JSON.stringify(dark.layers[0])).not.toEqual(JSON.stringify(light.layers[0]));
  });

  it('credits Natural Earth and GeoNames', () => {
    expect(ATTRIBUTION).toMatch(/Natural Earth/);
    expect(ATTRIBUTION).toMatch(/GeoNames.*CC BY 4\.0/);
  });

  it('font unicode ranges match the installed @fontsource CSS', () => {
    const css =
      readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8') +
      readFileSync('node_modules/@fontsource/noto-sans-arabic/400.css', 'utf8');
    for (const [subset, ranges] of Object.entries(FONT_SUBSETS)) {
      const m = new RegExp(`files/${subset}-400-normal\\.woff2[^}]*unicode-range: ([^;]+);`).exec(
        css,
      );
      expect(m, subset).not.toBeNull();
      const cssRanges = m![1]!.split(',').map((s) => s.trim());
      // The Arabic face keeps only the Arabic-script part of its subset's range.
      for (const r of ranges) expect(cssRanges, `${subset} ${r}`).toContain(r);
    }
  });
});
