import { describe, expect, it } from 'vitest';
import { normaliseText, titleOf, GeoparseError } from '../../geo/text.ts';
import { splitSentences } from '../../geo/sentences.ts';

describe('normaliseText', () => {
  it('keeps plain text identical and the same length', () => {
    const s = 'Strikes hit Baghdad.\n\nMore text here.';
    const t = normaliseText(s);
    expect(t.text).toBe(s);
    expect(t.html).toBe(false);
  });

  it('blanks boilerplate lines but keeps offsets', () => {
    const s =
      'Title\n\nFirst paragraph.\n\nSee also  Something unrelated\n\nRead more: x\n\nShare this article\n\nLast paragraph.\n\nAbout The Author';
    const t = normaliseText(s);
    expect(t.text.length).toBe(s.length);
    expect(t.text).not.toContain('See also');
    expect(t.text).not.toContain('Read more');
    expect(t.text).not.toContain('Share this');
    expect(t.text).not.toContain('About The Author');
    const i = s.indexOf('Last paragraph');
    expect(t.text.slice(i, i + 14)).toBe('Last paragraph');
  });

  it('masks HTML tags, scripts and entities with same-length padding', () => {
    const s =
      '<html><head><script>var Baghdad = 1;</script></head><body><p>Strikes in Mosul &amp; Erbil.</p></body></html>';
    const t = normaliseText(s);
    expect(t.html).toBe(true);
    expect(t.text.length).toBe(s.length);
    expect(t.text).not.toContain('var Baghdad');
    const i = s.indexOf('Mosul');
    expect(t.text.slice(i, i + 5)).toBe('Mosul');
    expect(t.text).toContain('& ');
  });

  it('rejects empty, whitespace-only, binary and wordless input', () => {
    expect(() => normaliseText('')).toThrow(GeoparseError);
    expect(() => normaliseText('   \n\t ')).toThrow(/whitespace/);
    expect(() => normaliseText('abc\u0000def ghi')).toThrow(/binary/);
    expect(() => normaliseText('1234 5678 !!!')).toThrow(/no words/);
    expect(() => normaliseText(undefined as unknown as string)).toThrow(GeoparseError);
  });

  it('finds binary anywhere in the input, not only in its first 65,536 characters', () => {
    const text = 'Strikes hit Baghdad overnight, officials said.\n'.repeat(2000); // 96,000
    expect(text.length).toBeGreaterThan(65_536);
    expect(() => normaliseText(text + '\u0000'.repeat(5000) + text)).toThrow(/NUL bytes/);
    expect(() => normaliseText(text + '\u0000')).toThrow(/NUL bytes/);
    // A binary run without NULs: control and replacement characters.
    const junk = Array.from({ length: 5000 }, (_, i) =>
      String.fromCharCode([1, 2, 0xfffd, 0x85][i % 4]!),
    );
    expect(() => normaliseText(text + junk.join('') + text)).toThrow(/control or undecodable/);
  });

  it('takes a few stray control characters in a long text as text', () => {
    const text = 'Strikes hit Baghdad overnight, officials said.\n'.repeat(2000);
    expect(normaliseText(text + '\u0001'.repeat(600) + text).text.length).toBe(
      2 * text.length + 600,
    );
  });

  it('looks for words in the whole input', () => {
    expect(normaliseText('1 '.repeat(40_000) + 'Strikes hit Baghdad.').html).toBe(false);
  });

  it('takes the first line as title', () => {
    expect(titleOf(normaliseText('\n\nHeadline here\n\nBody.'))).toBe('Headline here');
  });
});

describe('splitSentences', () => {
  it('splits on sentence punctuation and lines, not after abbreviations', () => {
    const text =
      'Headline Of The Day\n\nMr. Austin spoke in Washington. The U.S. Army said strikes hit Baghdad. "We will respond," he said.';
    const ss = splitSentences(text);
    const got = ss.map((s) => text.slice(s.start, s.end));
    expect(got[0]).toBe('Headline Of The Day');
    expect(ss[0]!.headline).toBe(true);
    expect(got[1]).toBe('Mr. Austin spoke in Washington.');
    expect(got[2]).toBe('The U.S. Army said strikes hit Baghdad.');
    expect(got[3]).toBe('"We will respond," he said.');
  });
});
