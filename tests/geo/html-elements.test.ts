// maskHtml element by element, and the entity decoder: each block, hidden and raw
// element on its own, so that leaving one out of its list fails a test (mutation
// testing, npm run mutate, found the lists checked only as a whole).
import { describe, expect, it } from 'vitest';
import { decodeEntity, looksLikeHtml, maskHtml } from '../../geo/html.ts';

/** Masks `html` and checks that the result has the input's length. */
function mask(html: string): string {
  const m = maskHtml(html);
  expect(m.length).toBe(html.length);
  return m;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

const BLOCK = [
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'blockquote',
  'figure',
  'figcaption',
  'title',
];
const HIDDEN = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'nav',
  'footer',
  'aside',
];

describe('maskHtml, element by element', () => {
  it('drops the contents of <style>: CSS is not article text', () => {
    const html = '<p>Strikes hit Mosul.</p><style>.Baghdad { color: red }</style><p>Shown.</p>';
    const m = mask(html);
    expect(m).not.toContain('Baghdad');
    expect(m).not.toContain('color');
    expect(words(m)).toEqual(['Strikes', 'hit', 'Mosul.', 'Shown.']);
  });

  it.each(HIDDEN)('blanks the contents of <%s>', (tag) => {
    expect(words(mask(`Before <${tag}>Hidden text</${tag}> after`))).toEqual(['Before', 'after']);
  });

  it.each(BLOCK)('<%s> ends a block: its tag becomes a newline', (tag) => {
    const open = `<${tag}>`;
    const m = mask(`a${open}b`);
    expect(m).toBe('a\n' + ' '.repeat(open.length - 1) + 'b');
  });

  it('an end tag of a block element is a newline too; an inline tag is spaces only', () => {
    expect(mask('a</p>b')).toBe('a\n   b');
    expect(mask('a<p/>b')).toBe('a\n   b');
    for (const tag of ['b', 'span', 'a', 'em', 'strong', 'i'])
      expect(mask(`x<${tag}>y</${tag}>z`)).toBe(
        `x${' '.repeat(tag.length + 2)}y${' '.repeat(tag.length + 3)}z`,
      );
  });

  it('reads tag names in any case, up to the longest listed name (figcaption, 10)', () => {
    expect(mask('<FIGCAPTION>a')).toBe('\n           a');
    expect(mask('<Style>x</STYLE>y')).toBe('                y');
    // A longer name is no listed element, whatever it starts with.
    expect(mask('<blockquotex>a')).toBe('             a');
  });

  it('masks long tags as well as short ones (block or not)', () => {
    const attr = ` class="${'x'.repeat(70)}"`;
    expect(mask(`<p${attr}>a`)).toBe('\n' + ' '.repeat(attr.length + 2) + 'a');
    expect(mask(`<b${attr}>a`)).toBe(' '.repeat(attr.length + 3) + 'a');
  });

  it('does not mix block and inline tags of the same length', () => {
    expect(mask('<b>a<p>b<i>c')).toBe('   a\n  b   c');
    expect(mask('<p>a<b>b<p>c')).toBe('\n  a   b\n  c');
  });

  it('keeps the newlines inside a hidden element at their offsets', () => {
    expect(mask('<script>a\nb</script>c')).toBe('         \n          c');
    expect(mask('<!--a\n\nb-->c')).toBe('     \n\n    c');
  });

  it('a stray end tag of a hidden element hides nothing', () => {
    expect(words(mask('</nav>A<nav>B</nav>C'))).toEqual(['A', 'C']);
    expect(words(mask('</script>A<script>B</script>C'))).toEqual(['A', 'C']);
  });

  it('a hidden element still opens when written self-closing, except <svg/>', () => {
    expect(words(mask('<nav/>Menu</nav>Shown'))).toEqual(['Shown']);
    expect(words(mask('<footer/>Links</footer>Shown'))).toEqual(['Shown']);
    expect(words(mask('<svg/>Shown'))).toEqual(['Shown']);
  });

  it('different hidden elements nest: each end tag closes its own', () => {
    expect(words(mask('<nav>a<aside>b</nav>c</aside>d'))).toEqual(['d']);
    expect(words(mask('<nav>a</nav>b<aside>c</aside>d'))).toEqual(['b', 'd']);
  });
});

describe('maskHtml, raw text elements (title, textarea ...)', () => {
  it('masks tag-like text in each of them', () => {
    expect(mask('<title>a<br>b</title>c')).toBe('\n      a\n   b\n       c');
    expect(mask('<xmp>a<b>b</xmp>c')).toBe('     a   b      c');
    expect(mask('<noembed>a<b>b</noembed>c')).toBe('         a   b          c');
    expect(mask('<noframes>a<b>b</noframes>c')).toBe('          a   b           c');
    expect(mask('<plaintext>a<b>b')).toBe('           a   b');
  });

  it('knows block names there too, in any case, digits included', () => {
    expect(mask('<TITLE>a<H1>b</TITLE>c')).toBe('\n      a\n   b\n       c');
    expect(mask('<title>a</p >b</title>')).toBe('\n      a\n    b\n       ');
  });

  it('keeps what is no tag: no name, a digit, no ">", an empty end tag', () => {
    expect(mask('<title>a<p b</title>')).toBe('\n      a<p b\n       ');
    expect(mask('<title>a<1>b</title>')).toBe('\n      a<1>b\n       ');
    expect(mask('<title>a</>b</title>')).toBe('\n      a</>b\n       ');
    expect(mask('<title>a<<br>b</title>')).toBe('\n      a<\n   b\n       ');
    expect(mask('<title>a < b > c</title>')).toBe('\n      a < b > c\n       ');
    expect(mask('<title>a<b<i>c</title>')).toBe('\n      a<b   c\n       ');
  });

  it('ends at the end tag: what follows is read as HTML again', () => {
    expect(mask('<title>T</title>a<b>b</b>')).toBe('\n      T\n       a   b    ');
  });
});

describe('entities', () => {
  it('decodes the named ones in any case, and numeric ones', () => {
    const named: [string, string][] = [
      ['amp', '&'],
      ['lt', '<'],
      ['gt', '>'],
      ['quot', '"'],
      ['apos', "'"],
      ['nbsp', ' '],
      ['rsquo', '’'],
      ['lsquo', '‘'],
      ['rdquo', '”'],
      ['ldquo', '“'],
      ['ndash', '–'],
      ['mdash', '—'],
      ['hellip', '…'],
    ];
    for (const [name, ch] of named) {
      const ent = `&${name};`;
      expect(decodeEntity(ent)).toBe(ch.padEnd(ent.length));
      expect(decodeEntity(ent.toUpperCase())).toBe(ch.padEnd(ent.length));
    }
    expect(decodeEntity('&#65;')).toBe('A    ');
    expect(decodeEntity('&#x41;')).toBe('A     ');
    expect(decodeEntity('&#X41;')).toBe('A     ');
    expect(decodeEntity('&#x1F600;')).toBe('😀       ');
    expect(decodeEntity('&#x10FFFF;')).toBe('\u{10FFFF}        ');
  });

  it('keeps what it cannot decode as written', () => {
    for (const ent of ['&#0;', '&#x110000;', '&#xZZ;', '&#;', '&bogus;', '&;', '&constructor;'])
      expect(decodeEntity(ent)).toBe(ent);
  });

  it('maskHtml decodes entities of bounded length only', () => {
    expect(mask('<p>&AMP;&#65;&#x41;&#1234567;</p>')).toBe('\n  &    A    A     &#1234567;\n   ');
    expect(mask('a &#12345678; &#x1234567; &abcdefghi; &a; b')).toBe(
      'a &#12345678; &#x1234567; &abcdefghi; &a; b',
    );
    expect(mask('a &amp;&lt;&gt; b')).toBe('a &    <   >    b');
  });
});

describe('looksLikeHtml', () => {
  it.each(['html', 'body', 'head', 'p', 'div', 'br', 'span', 'a', 'script', 'article', 'h1', 'h6'])(
    'takes <%s ...> followed by ">" as HTML',
    (tag) => {
      expect(looksLikeHtml(`Text <${tag} class="x">more`)).toBe(true);
      expect(looksLikeHtml(`Text <${tag}`)).toBe(false);
    },
  );

  it('needs the ">" after the tag, not before it', () => {
    expect(looksLikeHtml('a > b <p')).toBe(false);
    expect(looksLikeHtml('<h7>x</h7>')).toBe(false);
    expect(looksLikeHtml('<abbr>x</abbr>')).toBe(false);
  });
});
