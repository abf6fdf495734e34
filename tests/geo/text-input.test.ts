// Stage 1 of the geoparser (geo/text.ts) at its edges: what input is refused and
// with which message, where binary starts, which lines are boilerplate, and the
// title and excerpts. Written for mutation testing (npm run mutate).
import { describe, expect, it } from 'vitest';
import {
  checkInput,
  excerptOf,
  GeoparseError,
  MAX_CHARS,
  normaliseText,
  titleOf,
  type NormalisedText,
} from '../../geo/text.ts';

const PLAIN = 'Strikes hit Baghdad overnight, officials said.';

describe('checkInput', () => {
  it('names what it got when the input is no string', () => {
    expect(checkInput(null)).toBe('expected a string, got null');
    expect(checkInput(42)).toBe('expected a string, got number');
    expect(checkInput(undefined)).toBe('expected a string, got undefined');
  });

  it('refuses empty, whitespace-only and too large input, saying which', () => {
    expect(checkInput('')).toBe('the article is empty');
    expect(checkInput(' \n\t\r ')).toBe('the article contains only whitespace');
    const big = 'a'.repeat(MAX_CHARS + 1);
    expect(checkInput(big)).toBe(
      `the article is too large (${MAX_CHARS + 1} characters; the limit is ${MAX_CHARS})`,
    );
    expect(checkInput('ab')).toBeNull();
  });

  it('needs two letters in a row somewhere', () => {
    expect(checkInput('a 1 b 2 c')).toBe('the input contains no words');
    expect(checkInput('1 2 3 Mosul')).toBeNull();
    expect(checkInput('١ ٢ بغداد')).toBeNull();
  });

  it('refuses any NUL, wherever it is', () => {
    const nul = 'the input looks binary (it contains NUL bytes), not text';
    expect(checkInput(`${PLAIN}\u0000`)).toBe(nul);
    expect(checkInput(`\u0000${PLAIN}`)).toBe(nul);
  });

  it('takes tab, line feed, form feed and carriage return as text', () => {
    expect(checkInput(`${PLAIN}${'\t\n\f\r'.repeat(20)}${PLAIN}`)).toBeNull();
  });

  it.each([
    ['vertical tab', '\u000b'],
    ['unit separator', '\u001f'],
    ['delete', '\u007f'],
    ['C1 control', '\u009f'],
    ['replacement character', '\ufffd'],
  ])('counts the %s as binary', (_name, ch) => {
    expect(checkInput(PLAIN + ch.repeat(9))).toBe(
      'the input looks binary (control or undecodable characters), not text',
    );
  });

  it('takes a space and a no-break space as text', () => {
    expect(checkInput(PLAIN + ' \u00a0'.repeat(20))).toBeNull();
  });

  it('allows up to 8 control characters in a short text', () => {
    expect(checkInput(PLAIN + '\u0001'.repeat(8))).toBeNull();
    expect(checkInput(PLAIN + '\u0001'.repeat(9))).not.toBeNull();
  });

  it('allows up to 1% control characters, however long the text', () => {
    const text = 'ab'.repeat(1000); // 2,000 characters: 1% is 20
    expect(checkInput(text + '\u0001'.repeat(20))).toBeNull();
    expect(checkInput(text + '\u0001'.repeat(21))).not.toBeNull();
  });

  it('says NUL when a control run is followed by a NUL', () => {
    expect(checkInput(PLAIN + '\u0001'.repeat(10) + 'ab\u0000')).toBe(
      'the input looks binary (it contains NUL bytes), not text',
    );
  });

  it('counts control characters in a sliding window of 65,536', () => {
    const run = '\u0001'.repeat(400); // 800 would be over 1% of a window (655)
    const far = 'ab'.repeat(32_768); // 65,536 characters apart
    expect(checkInput(run + far + run)).toBeNull();
    expect(checkInput(run + run + far)).not.toBeNull();
  });

  it('drops a character from the window exactly when it is 65,536 behind', () => {
    // Controls at 0 and at 64,882..65,536: the window ending at 65,536 holds 655 of
    // them (not more than 1%) once the one at 0 has left it.
    const s = '\u0001' + 'a'.repeat(64_881) + '\u0001'.repeat(655) + 'ab';
    expect(s.length).toBe(65_537 + 2);
    expect(checkInput(s)).toBeNull();
    expect(checkInput('\u0001' + 'a'.repeat(64_880) + '\u0001'.repeat(656) + 'ab')).not.toBeNull();
  });
});

describe('normaliseText', () => {
  it('throws a GeoparseError with checkInput’s message', () => {
    expect(() => normaliseText('')).toThrow(new GeoparseError('the article is empty'));
    try {
      normaliseText('');
    } catch (e) {
      expect((e as Error).name).toBe('GeoparseError');
    }
  });

  it('looks for HTML only in the first 100,000 characters', () => {
    const late = 'ab '.repeat(34_000) + '<p>Mosul</p>';
    const t = normaliseText(late);
    expect(t.html).toBe(false);
    expect(t.text).toBe(late);
    const early = '<p>Mosul</p>' + 'ab '.repeat(34_000);
    expect(normaliseText(early).html).toBe(true);
  });

  it('refuses HTML with no text outside its markup', () => {
    expect(() => normaliseText('<script>var Mosul;</script><p>1, 2</p>')).toThrow(
      new GeoparseError('the input contains no article text (only markup or boilerplate)'),
    );
    expect(() => normaliseText('See also Mosul')).toThrow(/only markup or boilerplate/);
  });

  it.each([
    'See also: Mosul',
    'read more about Mosul',
    'Read also Mosul',
    'Read next: Mosul',
    'Also read: Mosul',
    'Related: Mosul',
    'Related articles Mosul',
    'Related article',
    'Recommended for you',
    'More from Mosul',
    'Most read',
    'Trending now',
    'Share this article',
    'Share on Facebook',
    'Share via email',
    'Click here to subscribe',
    'Tap here',
    'About the author',
    'Follow us on X',
    'Subscribe to our newsletter',
    'Sign up for our newsletter',
    'Join us',
    'Advertisement',
    'Sponsored content',
    'Copyright 2024 News',
    'All rights reserved',
    'Photo: Reuters',
    'Image credit: AP',
    'Picture: AFP',
    'Video: Mosul',
    'Tags: Iraq, Mosul',
    'Filed under: Iraq',
    'Categories: Iraq',
    'Facebook | Twitter | WhatsApp',
    'email, print, telegram, reddit',
    'LinkedIn · X',
    '  See also Mosul',
  ])('blanks the boilerplate line %j, keeping the others', (line) => {
    for (const l of [line, `  ${line}`]) {
      const s = `${PLAIN}\n${l}\n${PLAIN}`;
      expect(normaliseText(s).text).toBe(`${PLAIN}\n${' '.repeat(l.length)}\n${PLAIN}`);
    }
  });

  it.each([
    'Seen also in Mosul',
    'He said see also',
    'Read the statement',
    'Sharing the roads',
    'Photos of Mosul',
    'Facebook said the strike',
    'Facebook | Twitter said',
    'Printed matter',
    'They read more reports.',
    'Nothing related to Mosul',
    'They share this view.',
    'Readers click here often.',
    'A book about the author.',
    'They follow us closely.',
    'An advertisement appeared.',
    'A photo: the ruins.',
    'Name tags: red.',
    'Contact by email | print',
  ])('keeps the ordinary line %j', (line) => {
    const s = `${PLAIN}\n${line}\n${PLAIN}`;
    expect(normaliseText(s).text).toBe(s);
  });

  it('keeps a boilerplate-looking line of 400 characters or more (a paragraph)', () => {
    const long = 'See also ' + 'x'.repeat(391);
    expect(long.length).toBe(400);
    expect(normaliseText(`${PLAIN}\n${long}`).text).toBe(`${PLAIN}\n${long}`);
    const short = long.slice(0, 399);
    expect(normaliseText(`${PLAIN}\n${short}`).text).toBe(`${PLAIN}\n${' '.repeat(399)}`);
  });

  it('keeps the line structure: empty lines, a final newline, CRLF', () => {
    for (const s of [`${PLAIN}\n`, `\n\n${PLAIN}\n\n`, `${PLAIN}\r\nRead more\r\n${PLAIN}`]) {
      const t = normaliseText(s);
      expect(t.text.length).toBe(s.length);
      expect(t.text.split('\n').length).toBe(s.split('\n').length);
    }
    expect(normaliseText(`${PLAIN}\nRead more\n`).text).toBe(`${PLAIN}\n         \n`);
  });

  it('a text that starts with a newline is still read line by line', () => {
    expect(normaliseText(`\nRead more\n${PLAIN}`).text).toBe(`\n         \n${PLAIN}`);
  });

  it('blanks boilerplate lines of HTML too, after the markup', () => {
    const s = `<p>${PLAIN}</p>\n<p>Read more</p>`;
    const t = normaliseText(s);
    expect(t.html).toBe(true);
    expect(t.original).toBe(s);
    expect(t.text).not.toContain('Read more');
    expect(t.text).toContain(PLAIN);
  });
});

describe('titleOf and excerptOf', () => {
  const t = (text: string, html = false): NormalisedText => ({ original: text, text, html });

  it('the title is the first non-blank line, its spaces collapsed', () => {
    expect(titleOf(t('  \n \t Strikes \t on  Mosul  \nBody'))).toBe('Strikes on Mosul');
    expect(titleOf(t('   \n  '))).toBeNull();
    expect(titleOf(t(''))).toBeNull();
  });

  it('no title when the first line is over 300 characters', () => {
    expect(titleOf(t('x'.repeat(300) + '\nBody'))).toBe('x'.repeat(300));
    expect(titleOf(t('x'.repeat(301) + '\nBody'))).toBeNull();
  });

  it('an excerpt is verbatim in plain text and collapsed in HTML', () => {
    const s = 'a  Strikes\n   hit  Mosul  b';
    expect(excerptOf(t(s), 1, s.length - 1)).toBe('  Strikes\n   hit  Mosul  ');
    expect(excerptOf(t(s, true), 1, s.length - 1)).toBe('Strikes hit Mosul');
  });
});
