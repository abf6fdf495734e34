// The reader's text in "Read in article" (issue 13, part 7): markup and
// boilerplate lines blanked as for the geoparser, offsets kept; blanks shown
// squeezed, in one pass.
import { describe, expect, it } from 'vitest';
import { readerText } from '../../geo/text.ts';
import { squeeze } from '../../src/map/article-dialog.ts';

describe('readerText', () => {
  it('blanks boilerplate lines and markup, keeping every offset', () => {
    const text =
      'Strikes hit Aleppo\n\nJets struck Aleppo on Monday.\nSee also: more strikes\n© 2024 Wire\n';
    const r = readerText(text);
    expect(r).toHaveLength(text.length);
    expect(r).not.toContain('See also');
    expect(r).not.toContain('© 2024');
    expect(r.indexOf('Jets struck Aleppo')).toBe(text.indexOf('Jets struck Aleppo'));
    const html = '<p>Jets struck <b>Aleppo</b>.</p><script>x()</script>';
    const h = readerText(html);
    expect(h).toHaveLength(html.length);
    expect(h).not.toMatch(/[<>]|x\(\)/);
    expect(h.slice(html.indexOf('Aleppo'), html.indexOf('Aleppo') + 6)).toBe('Aleppo');
  });

  it('is the input itself when the geoparser would refuse it', () => {
    expect(readerText('\u0000\u0001 binary')).toBe('\u0000\u0001 binary');
    expect(readerText('')).toBe('');
  });
});

describe('squeeze', () => {
  it('shows each run of blanks as one space, one line break or one empty line', () => {
    expect(squeeze('a    b')).toBe('a b');
    expect(squeeze('a \n  b')).toBe('a\nb');
    expect(squeeze('a \n \n\n  b')).toBe('a\n\nb');
    expect(squeeze('a b\tc')).toBe('a b\tc');
    expect(squeeze('   ')).toBe(' ');
    expect(squeeze('')).toBe('');
  });

  it('takes one pass over a megabyte of blanks between words', () => {
    const s = `a${' '.repeat(1_000_000)}b${' \n'.repeat(500_000)}c`;
    expect(squeeze(s)).toBe('a b\n\nc');
  });
});
