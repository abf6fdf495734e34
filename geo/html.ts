// HTML to text, in one linear pass of htmlparser2's streaming tokenizer (no DOM,
// no Node built-ins: this runs in the geoparser's Web Worker too). The result has
// the SAME LENGTH as the input and every offset maps 1:1 to the original:
//  - text is kept as written, with the entities below decoded in place and padded
//    with spaces (`&amp;` → `&    `);
//  - a tag becomes spaces; a block tag (BLOCK) becomes '\n' and spaces, so it ends
//    a sentence; so does tag-like text inside a title or textarea (RAW), which
//    HTML reads as text;
//  - comments, doctypes and the contents of HIDDEN elements (scripts, styles,
//    navigation, footers ...) become spaces, keeping their newlines;
//  - an unclosed comment, script or hidden element blanks to the end, as a browser
//    would show nothing there; so does a tag left open at the end.
// Pure: no I/O.
import { Tokenizer } from 'htmlparser2';

/** Tags that end a block of text: they become a newline (a sentence boundary). */
const BLOCK = new Set([
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
  'footer',
  'blockquote',
  'figure',
  'figcaption',
  'title',
  'nav',
  'aside',
]);

/** Elements whose whole content is blanked: code, embedded documents, page furniture. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'nav',
  'footer',
  'aside',
]);

/**
 * Elements the tokenizer reads as plain text up to their end tag (RCDATA and raw
 * text, such as a title): markup-like text inside is masked like tags all the same.
 */
const RAW = new Set(['title', 'textarea', 'xmp', 'noembed', 'noframes', 'plaintext']);

const SHORT: string[][] = [[], []]; // masked(n, block) for n < 64, made once

/** A masked tag of length n: spaces, or for a block tag '\n' and spaces. */
function masked(n: number, block: boolean): string {
  const cache = SHORT[block ? 1 : 0]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: the cache only saves work, a miss recomputes the same string
  const hit = n < 64 ? cache[n] : undefined;
  if (hit !== undefined) return hit;
  const m = block ? '\n' + ' '.repeat(n - 1) : ' '.repeat(n);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: caching more or less changes memory, not the result
  if (n < 64) cache[n] = m;
  return m;
}

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isNameChar = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * Writes s[start, end), text inside a RAW element, to `out` with what looks like a
 * tag (`<b>`, `</p >`: '<', a name, anything but '<' up to '>') masked. Linear: each
 * try stops at the next '<' or '>'.
 */
function pushRawText(out: string[], s: string, start: number, end: number): void {
  let from = start; // s[start, from) is written
  let i = s.indexOf('<', start);
  while (i >= 0 && i < end) {
    let j = i + 1;
    if (j < end && s.charCodeAt(j) === 0x2f) j++; // '/'
    const nameStart = j;
    if (j < end && isLetter(s.charCodeAt(j))) {
      while (j < end && isNameChar(s.charCodeAt(j))) j++;
      const nameEnd = j;
      while (j < end && s.charCodeAt(j) !== 0x3c && s.charCodeAt(j) !== 0x3e) j++;
      if (j < end && s.charCodeAt(j) === 0x3e) {
        const block = BLOCK.has(lowerName(s, nameStart, nameEnd));
        out.push(s.slice(from, i), masked(j + 1 - i, block));
        from = j + 1;
      }
    }
    i = s.indexOf('<', Math.max(i + 1, j));
  }
  out.push(s.slice(from, end));
}

/** Longest name in BLOCK, HIDDEN or RAW: longer tag names are not lower-cased. */
const LONGEST_NAME = 10;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** One entity (`&amp;`, `&#8217;`, `&#x2019;`) decoded and padded to its own length. */
export function decodeEntity(ent: string): string {
  const body = ent.slice(1, -1);
  let ch: string | undefined;
  if (body[0] === '#') {
    const n =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    if (Number.isFinite(n) && n > 0 && n < 0x110000) ch = String.fromCodePoint(n);
  } else {
    // Own names only: `&constructor;` is no entity (and no function's source).
    const name = body.toLowerCase();
    if (Object.hasOwn(ENTITIES, name)) ch = ENTITIES[name];
  }
  if (ch === undefined) return ent;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a character (1 or 2 code units) is never longer than an entity that decodes to it (4 or more)
  if (ch.length > ent.length) return ent;
  return ch + ' '.repeat(ent.length - ch.length);
}

// Bounded repetitions only: at most 9 characters are tried at each '&'.
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/** Spaces for every character of `s` but its newlines (a regular expression is 100x slower). */
function blank(s: string): string {
  return s
    .split('\n')
    .map((line) => masked(line.length, false))
    .join('\n');
}

function lowerName(s: string, start: number, end: number): string {
  return end - start > LONGEST_NAME ? '' : s.slice(start, end).toLowerCase();
}

/** The masked text of an HTML document (see the top of this file). */
export function maskHtml(s: string): string {
  const out: string[] = [];
  let pos = 0; // s[0, pos) is written to out
  let blankEnd = 0; // s[pos, blankEnd) is to be blanked (deferred: one blank() for a run of tokens)
  let hidden = 0; // HIDDEN elements open around pos
  const open = new Map<string, number>(); // their names and counts
  let tagStart = 0;
  let tagName = '';
  let raw = false; // inside a RAW element

  const blankTo = (end: number) => {
    if (end > blankEnd) blankEnd = end;
  };
  /** Writes the pending blank run and moves pos to `start`. */
  const flush = (start: number) => {
    blankTo(start);
    if (blankEnd > pos) out.push(blank(s.slice(pos, blankEnd)));
    pos = blankEnd;
  };
  const tagTo = (start: number, end: number, name: string) => {
    if (hidden > 0) return blankTo(end);
    flush(start);
    if (end <= pos) return;
    const n = end - pos;
    out.push(masked(n, BLOCK.has(name)));
    pos = blankEnd = end;
  };
  const openTag = (end: number, selfClosing: boolean) => {
    tagTo(tagStart, end, tagName);
    if (RAW.has(tagName)) raw = true;
    // `<svg/>` is closed; other HTML elements ignore the slash (and `<script/>`
    // still starts a script, as the tokenizer knows).
    if (!HIDDEN.has(tagName) || (selfClosing && tagName === 'svg')) return;
    open.set(tagName, (open.get(tagName) ?? 0) + 1);
    hidden++;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ontext(start, end) {
        if (hidden > 0) return blankTo(end);
        flush(start);
        if (raw) pushRawText(out, s, start, end);
        else out.push(s.slice(start, end));
        pos = blankEnd = end;
      },
      onopentagname(start, end) {
        tagStart = start - 1; // the '<'
        tagName = lowerName(s, start, end);
      },
      onopentagend(end) {
        openTag(end + 1, false);
      },
      onselfclosingtag(end) {
        openTag(end + 1, true);
      },
      onclosetag(start, end) {
        const name = lowerName(s, start, end);
        tagTo(start - 2, end, name); // from the '</'; the rest up to '>' is blanked next
        if (RAW.has(name)) raw = false;
        const n = open.get(name) ?? 0;
        if (n > 0) {
          open.set(name, n - 1);
          hidden--;
        }
      },
      // Everything below is blanked by the next blankTo: attributes, comments,
      // doctypes, processing instructions, CDATA.
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      ontextentity() {},
      onend() {
        flush(s.length);
      },
    },
  );
  tokenizer.write(s);
  tokenizer.end();
  return out.join('').replace(ENTITY, decodeEntity);
}

const SNIFF = /<(html|body|head|p|div|br|span|a|script|article|h[1-6])\b/i;

/**
 * Whether the text looks like HTML: one of the usual tags opens somewhere and a
 * '>' follows it. Linear: the regular expression has no unbounded repetition.
 */
export function looksLikeHtml(s: string): boolean {
  const m = SNIFF.exec(s);
  return m !== null && s.indexOf('>', m.index + m[0].length) >= 0;
}
