// Stage 1: input normalisation. Turns raw input (plain text or HTML) into a
// "masked" text of exactly the same length, in which markup, scripts, styles
// and boilerplate lines ("See also ...", "Read more", "Share this", "About The
// Author") are blanked out with spaces. Every later stage works on the masked
// text, so every offset it produces is an offset into the ORIGINAL input.
// Pure: no I/O.
import { looksLikeHtml, maskHtml } from './html.ts';

export class GeoparseError extends Error {
  override readonly name = 'GeoparseError';
}

export interface NormalisedText {
  /** The original input. */
  original: string;
  /** Same length as `original`; markup and boilerplate replaced by spaces. */
  text: string;
  /** True when the input looked like HTML. */
  html: boolean;
}

/** Above this many UTF-16 code units the input is refused (clear error, never a hang). */
export const MAX_CHARS = 20_000_000;

/** Only the start of the input is looked at to tell HTML from plain text. */
const SNIFF_CHARS = 100_000;

const BOILERPLATE: RegExp[] = [
  /^\s*see also\b/i,
  /^\s*read (more|also|next)\b/i,
  /^\s*(also read|related|related articles?|recommended|more from|most read|trending)\s*:?/i,
  /^\s*share (this|on|via)\b/i,
  /^\s*(click|tap) here\b/i,
  /^\s*about the author\b/i,
  /^\s*(follow|subscribe to|sign up for|join) (us|our)\b/i,
  /^\s*(advertisement|sponsored|copyright|all rights reserved)\b/i,
  // "©" is no word character: no \b after it.
  /^\s*©/,
  /^\s*(photo|image|picture|video)( credit)?\s*:/i,
  /^\s*(tags|filed under|categories)\s*:/i,
  /^\s*(facebook|twitter|whatsapp|linkedin|email|print)(\s*[|·,]\s*(facebook|twitter|x|whatsapp|linkedin|email|print|telegram|reddit))+\s*$/i,
];

function blank(s: string): string {
  // Keep newlines so line structure survives; everything else becomes a space.
  return s.replace(/[^\n]/g, ' ');
}

/** Binary is judged in a window of this many characters sliding over the whole input. */
const BINARY_WINDOW = 65_536;

function isControl(c: number): boolean {
  return (
    (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ||
    c === 0xfffd ||
    (c >= 0x7f && c < 0xa0)
  );
}

/**
 * Why the input looks binary, or null: it contains a NUL, or some BINARY_WINDOW
 * characters of it (all of it, when shorter) hold more than 8 control or replacement
 * characters and more than 1% of them. One pass, no copies.
 */
function binaryReason(input: string): string | null {
  const most = Math.min(BINARY_WINDOW, input.length) * 0.01;
  const nul = 'the input looks binary (it contains NUL bytes), not text';
  let bad = 0; // in input[i - BINARY_WINDOW + 1, i]
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0) return nul;
    if (i >= BINARY_WINDOW && isControl(input.charCodeAt(i - BINARY_WINDOW))) bad--;
    if (isControl(c) && ++bad > 8 && bad > most)
      return input.includes('\u0000', i)
        ? nul
        : 'the input looks binary (control or undecodable characters), not text';
  }
  return null;
}

/** Reasons an input is not text we can parse, or null if it is. */
export function checkInput(input: unknown): string | null {
  if (typeof input !== 'string')
    return `expected a string, got ${input === null ? 'null' : typeof input}`;
  if (input.length === 0) return 'the article is empty';
  if (input.length > MAX_CHARS)
    return `the article is too large (${input.length} characters; the limit is ${MAX_CHARS})`;
  if (!/\S/.test(input)) return 'the article contains only whitespace';
  const binary = binaryReason(input);
  if (binary) return binary;
  if (!/\p{L}{2}/u.test(input)) return 'the input contains no words';
  return null;
}

/** Masks markup and boilerplate; throws GeoparseError for input that is not text. */
export function normaliseText(input: string): NormalisedText {
  const problem = checkInput(input);
  if (problem) throw new GeoparseError(problem);
  const html = looksLikeHtml(input.length > SNIFF_CHARS ? input.slice(0, SNIFF_CHARS) : input);
  let text = html ? maskHtml(input) : input;
  // Boilerplate lines.
  let out = '';
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.length < 400 && BOILERPLATE.some((re) => re.test(line))) out += blank(line);
    else out += line;
    if (nl < text.length) out += '\n';
    pos = nl + 1;
  }
  text = out;
  if (!/\p{L}{2}/u.test(text))
    throw new GeoparseError('the input contains no article text (only markup or boilerplate)');
  return { original: input, text, html };
}

/**
 * The article as a reader should see it: markup and boilerplate lines blanked
 * as the geoparser's input is (the same length, so every offset still points
 * into it); the input itself when it is not text the geoparser takes.
 */
export function readerText(input: string): string {
  try {
    return normaliseText(input).text;
  } catch (e) {
    if (e instanceof GeoparseError) return input;
    throw e;
  }
}

/** The article's title: its first non-empty line (trimmed), or null. */
export function titleOf(t: NormalisedText): string | null {
  const m = /[^\s][^\n]*/.exec(t.text);
  if (!m) return null;
  const line = m[0].replace(/\s+/g, ' ').trim();
  return line.length > 0 && line.length <= 300 ? line : null;
}

/** Article text between offsets, verbatim for plain text; for HTML, with masked runs collapsed. */
export function excerptOf(t: NormalisedText, start: number, end: number): string {
  const s = t.text.slice(start, end);
  return t.html ? s.replace(/\s+/g, ' ').trim() : s;
}
