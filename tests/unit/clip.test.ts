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
