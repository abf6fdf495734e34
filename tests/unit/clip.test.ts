import { describe, expect, it } from 'vitest';
import { clip, quoted } from '../../src/lib/clip.ts';

describe('clip', () => {
  it('keeps short values, cuts long ones with an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('abc…');
    expect(clip('x'.repeat(500))).toBe('x'.repeat(60) + '…');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(clip('ab😀cd', 3)).toBe('ab…');
    expect(clip('ab😀cd', 4)).toBe('ab😀…');
  });

  it('quoted: JSON-quoted, after the cut', () => {
    expect(quoted('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(quoted('y'.repeat(100), 10)).toBe(`"${'y'.repeat(10)}…"`);
  });
});

describe('clip at its bounds', () => {
  it('cuts at exactly max characters, by default 60', () => {
    expect(clip('x'.repeat(60))).toBe('x'.repeat(60));
    expect(clip('x'.repeat(61))).toBe('x'.repeat(60) + '…');
    expect(clip('', 0)).toBe('');
  });

  it('keeps a whole pair when the cut falls after it, and a lone low surrogate is cut as any unit', () => {
    expect(clip('a😀', 3)).toBe('a😀');
    expect(clip('a😀bc', 3)).toBe('a😀…');
    // U+DBFF and U+D800 start a pair: not split; U+DC00 (a low half) and U+D7FF are not.
    expect(clip('a\udbff\udfffbc', 2)).toBe('a…');
    expect(clip('a\ud800\udc00bc', 2)).toBe('a…');
    expect(clip('a\ud7ffbc', 2)).toBe('a\ud7ff…');
    expect(clip('a\udc00bc', 2)).toBe('a\udc00…');
  });

  it('quoted clips to 60 by default', () => {
    expect(quoted('z'.repeat(61))).toBe(`"${'z'.repeat(60)}…"`);
  });
});
