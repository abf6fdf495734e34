// maskHtml's contract: same length as the input, every offset maps 1:1, tags become
// spaces (block tags a newline), hidden elements and comments are blanked.
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, maskHtml } from '../../geo/html.ts';

/** Masks `html` and checks the length and that every kept character is the input's. */
function mask(html: string): string {
  const m = maskHtml(html);
  expect(m.length).toBe(html.length);
  return m;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('maskHtml', () => {
  it('keeps text at its offsets and blanks tags and attributes', () => {
    const html = '<p class="lead">Strikes hit <a href="/x?a=1&amp;b=2">Mosul</a> today.</p>';
    const m = mask(html);
    for (const w of ['Strikes hit', 'Mosul', 'today.']) {
      const i = html.indexOf(w);
      expect(m.slice(i, i + w.length)).toBe(w);
    }
    expect(words(m)).toEqual(['Strikes', 'hit', 'Mosul', 'today.']);
  });

  it('turns a block tag into a newline and an inline tag into spaces only', () => {
    const m = mask('One.<br/>Two<b>x</b>.</p>Three');
    expect(m).toBe('One.\n    Two   x    .\n   Three');
  });

  it('decodes entities in place, padded with spaces', () => {
    const pad = (ch: string, entity: string) => ch.padEnd(entity.length);
    expect(mask('<p>A &amp; B &#8217; &#x2019; &rsquo; &bogus;</p>')).toBe(
      `\n  A ${pad('&', '&amp;')} B ${pad('’', '&#8217;')} ${pad('’', '&#x2019;')} ` +
        `${pad('’', '&rsquo;')} &bogus;\n   `,
    );
  });

  it('blanks scripts, styles, comments and page furniture, keeping their newlines', () => {
    const html =
      '<p>Kept.</p><script>var x = "<p>Beirut</p>";\n</script><style>p{}</style>' +
      '<!-- Gaza\n --><nav><a>Home</a> Paris</nav><footer>Rome</footer><aside>Oslo</aside>' +
      '<noscript>Lima</noscript><template>Kyiv</template><iframe>Doha</iframe>' +
      '<svg><text>Sanaa</text></svg><p>Also kept.</p>';
    const m = mask(html);
    expect(words(m)).toEqual(['Kept.', 'Also', 'kept.']);
    expect(m.split('\n').length).toBeGreaterThanOrEqual(html.split('\n').length);
  });

  it('counts nested hidden elements: the text after the inner close stays hidden', () => {
    expect(words(mask('<nav>a<nav>b</nav>c</nav>Shown'))).toEqual(['Shown']);
  });

  it('does not start a script inside a comment, nor end one at a string inside it', () => {
    expect(words(mask('<!-- <script> -->Shown<p>too</p><script>x</script>'))).toEqual([
      'Shown',
      'too',
    ]);
    expect(words(mask('<script>a = "<!--"; b = "</p>Hidden";</script>Shown'))).toEqual(['Shown']);
  });

  it('blanks an unclosed comment, script, hidden element or tag to the end', () => {
    for (const tail of ['<!-- Mosul', '<script> Mosul', '<nav> Mosul', '<a href="x Mosul'])
      expect(words(mask('<p>Kept.</p>' + tail))).toEqual(['Kept.']);
  });

  it('takes <svg/> as closed, and doctypes and processing instructions as markup', () => {
    expect(words(mask('<!doctype html><?xml version="1.0"?><svg/>Shown'))).toEqual(['Shown']);
  });

  it('masks tags written inside a title or textarea (which HTML reads as text)', () => {
    expect(words(mask('<title>Strikes <i>hit</i> Gaza</title>'))).toEqual([
      'Strikes',
      'hit',
      'Gaza',
    ]);
    expect(mask('<textarea>a<br>b</textarea>c')).toBe('          a\n   b           c');
  });

  it('keeps a lone "<" that opens no tag', () => {
    expect(mask('<p>3 < 5 and 5 > 3</p>')).toBe('\n  3 < 5 and 5 > 3\n   ');
  });
});

describe('looksLikeHtml', () => {
  it('needs a usual tag closed by ">"', () => {
    expect(looksLikeHtml('Text <p>more')).toBe(true);
    expect(looksLikeHtml('<A HREF="x">y')).toBe(true);
    expect(looksLikeHtml('x <a b <a c')).toBe(false);
    expect(looksLikeHtml('a < b > c')).toBe(false);
    expect(looksLikeHtml('<pre>x</pre>')).toBe(false);
  });
});
