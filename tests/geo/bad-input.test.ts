import { describe, expect, it } from 'vitest';
import { geoparse, GeoparseError } from '../../geo/geoparse.ts';
import { fakeGazetteer } from './fake-gazetteer.ts';

const gaz = fakeGazetteer();

describe('bad input', () => {
  it('empty input throws a GeoparseError with a precise message', () => {
    expect(() => geoparse('', gaz)).toThrow(GeoparseError);
    expect(() => geoparse('', gaz)).toThrow('the article is empty');
  });

  it('binary bytes throw', () => {
    const bin = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256));
    expect(() => geoparse(bin, gaz)).toThrow(/binary/);
  });

  it('non-string input throws', () => {
    expect(() => geoparse(42 as unknown as string, gaz)).toThrow(/expected a string/);
  });

  it('a bad date throws', () => {
    expect(() => geoparse('Strikes hit Baghdad.', gaz, { date: 'yesterday' })).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('HTML: scripts are ignored, text is parsed, excerpts carry no markup', () => {
    const html =
      '<html><head><title>Strikes</title><script>window.Baghdad = "Strikes hit Beirut";</script></head>' +
      '<body><nav>Home | Paris</nav><p>A drone strike in <a href="/x">Baghdad</a> killed two.</p></body></html>';
    const fc = geoparse(html, gaz);
    expect(fc.features.map((f) => [f.properties.place, f.properties.kind])).toEqual([
      ['Baghdad', 'strike'],
    ]);
    const f = fc.features[0]!;
    expect(f.properties.excerpt).toBe('A drone strike in Baghdad killed two.');
    for (const [s, e] of f.properties.spans) expect(html.slice(s, e)).toBe('Baghdad');
  });

  it('a 5 MB article completes in reasonable time', () => {
    const para =
      'Russian missile strikes hit Odesa and Kyiv overnight, Ukrainian officials said. Mr. Austin spoke in Paris.\n\n';
    const big = para.repeat(Math.ceil(5_000_000 / para.length));
    const t0 = performance.now();
    const fc = geoparse(big, gaz, { date: '2024-01-01' });
    const ms = performance.now() - t0;
    expect(fc.features.find((f) => f.properties.place === 'Odesa')?.properties.kind).toBe('strike');
    expect(fc.article?.characters).toBe(big.length);
    expect(ms).toBeLessThan(60_000);
  }, 90_000);
});
