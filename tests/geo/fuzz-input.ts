// Seeded random inputs for tests/geo/fuzz.test.ts: a small PRNG (mulberry32) and
// generators of hostile article text and of JSON-like and structured-clone values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a 32-bit seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of one case: each case can be rerun alone from (seed, index). */
export const caseSeed = (seed: number, i: number) => (seed ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0;

export class Rand {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Real conflict sentences: the golden articles and the dev set, split at sentence ends. */
export function loadSentences(): string[] {
  const out: string[] = [];
  for (const dir of ['geo/articles', 'geo/dev'])
    for (const d of readdirSync(dir)) {
      let text: string;
      try {
        text = readFileSync(join(dir, d, 'article.txt'), 'utf8');
      } catch {
        continue;
      }
      out.push(...text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20 && s.length < 600));
    }
  return out;
}

const WORDS = {
  latin: ['strike', 'Baghdad', 'Gaza', 'Kharkiv', 'al-Qaim', 'Deir ez-Zor', 'Ḩalab', 'Ñuñoa'],
  arabic: ['غارة', 'جوية', 'على', 'بغداد', 'الموصل', 'غزة', 'صاروخ'],
  cyrillic: ['Удар', 'по', 'Харкову', 'ракета', 'Київ', 'обстріл'],
  cjk: ['空袭', '巴格达', '导弹', 'ミサイル', '攻撃', '폭격'],
};

const MARKS = [
  '\u0301', // combining acute
  '\u0308', // combining diaeresis
  '\u064b', // Arabic fathatan
  '\u0651', // Arabic shadda
  '\u200d', // zero-width joiner
  '\u200c', // zero-width non-joiner
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202a', // LRE
  '\u202e', // RLO
  '\u2066', // LRI
  '\u2069', // PDI
  '\ufeff', // BOM
];

const SURROGATES = ['\ud800', '\udfff', '\udc00x', '\ud83d', '\ud83d\udca5', '\u{1f1fa}\u{1f1e6}'];

const CONTROLS = ['\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\ufffd', '\u0000', '\b'];

const SPACES = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\f'];

const PUNCT = ['.', ',', ';', ':', '!', '?', '"', '’', '«', '»', '—', '-', '(', ')', '…', '/'];

const HTML = [
  '<p>',
  '</p>',
  '<div class="x">',
  '</div>',
  '<br/>',
  '<br>',
  '<a href="/x?a=1&amp;b=2">',
  '</a>',
  '<b>',
  '</i>',
  '<h1>',
  '<li>',
  '<script>',
  '</script>',
  '<script src="x.js"/>',
  '<style>p{}</style>',
  '<!--',
  '-->',
  '<!-- note -->',
  '<nav>',
  '</nav>',
  '<footer>',
  '<aside>',
  '<svg/>',
  '<svg>',
  '</svg>',
  '<iframe>',
  '<template>',
  '<noscript>',
  '<title>',
  '</title>',
  '<textarea>',
  '<plaintext>',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!doctype html>',
  '<!',
  '</',
  '<',
  '>',
  '<a ',
  '<p title="',
  '<html><body>',
  '</body></html>',
  '<img src=x onerror=alert(1)>',
];

const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&rsquo;',
  '&mdash;',
  '&hellip;',
  '&#8217;',
  '&#x2019;',
  '&#x1F4A5;',
  '&#0;',
  '&#1114112;',
  '&#xD800;',
  '&#1576;',
  '&bogus;',
  '&',
  '&#',
  '&#x',
  '&amp',
];

/** One random fragment of hostile text. */
function fragment(r: Rand, sentences: readonly string[]): string {
  switch (r.int(12)) {
    case 0:
    case 1:
    case 2:
      return r.pick(sentences);
    case 3:
      return r.pick(WORDS.latin);
    case 4:
      return r.pick(r.pick([WORDS.arabic, WORDS.cyrillic, WORDS.cjk]));
    case 5:
      return r.pick(WORDS.latin) + r.pick(MARKS) + r.pick(MARKS);
    case 6:
      return r.pick(SURROGATES);
    case 7:
      return r.pick(HTML);
    case 8:
      return r.pick(ENTITIES);
    case 9:
      return r.chance(0.2) ? r.pick(CONTROLS) : r.pick(PUNCT);
    case 10:
      return String(r.int(10 ** (1 + r.int(6))));
    default:
      return r.pick(SPACES);
  }
}

/** A random article: fragments joined, now and then spliced into a real sentence. */
export function randomArticle(r: Rand, sentences: readonly string[]): string {
  const parts: string[] = [];
  const n = 1 + r.int(r.chance(0.2) ? 120 : 30);
  for (let i = 0; i < n; i++) {
    let f = fragment(r, sentences);
    if (f.length > 30 && r.chance(0.3)) {
      const at = r.int(f.length);
      f = f.slice(0, at) + fragment(r, sentences) + f.slice(at);
    }
    parts.push(f);
    if (r.chance(0.5)) parts.push(r.pick(SPACES));
  }
  return parts.join('');
}

/** A random JSON value (and, with `clone`, values postMessage can carry but JSON cannot). */
export function randomValue(r: Rand, depth = 0, clone = false): unknown {
  const k = r.int(depth > 2 ? 8 : 11);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1.5, 1e308, -0, 99999, 100, 10_000, 5000]);
    case 3:
      return clone ? r.pick([NaN, Infinity, -Infinity, 2n ** 70n, new Date(0)]) : r.int(200);
    case 4:
    case 5:
      return r.pick(['', 'x', 'conflict-map', 'select', 'strike', 'Feature', 'Point']);
    case 6:
      return randomArticle(r, ['Strikes hit Gaza.']).slice(0, 300);
    case 7:
      return 'e'.repeat(r.pick([1, 199, 200, 201, 5000]));
    case 8:
      return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1, clone));
    case 9:
      return clone && r.chance(0.3)
        ? new Map([['a', randomValue(r, depth + 1, clone)]])
        : Object.fromEntries(
            Array.from({ length: r.int(4) }, () => [
              r.pick(['type', 'id', 'source', 'features', 'x', '__proto__', 'constructor']),
              randomValue(r, depth + 1, clone),
            ]),
          );
    default:
      return [randomValue(r, depth + 1, clone), randomValue(r, depth + 1, clone)];
  }
}

/** `v` with one random node replaced, removed or retyped (a deep copy; `v` is JSON-like). */
export function mutate(r: Rand, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || r.chance(0.15)) return randomValue(r);
  if (Array.isArray(v)) {
    const out = [...v];
    if (out.length === 0 || r.chance(0.1)) out.push(randomValue(r));
    else if (r.chance(0.1)) out.splice(r.int(out.length), 1);
    else {
      const i = r.int(out.length);
      out[i] = mutate(r, out[i]);
    }
    return out;
  }
  const o = { ...(v as Record<string, unknown>) };
  const keys = Object.keys(o);
  if (keys.length === 0 || r.chance(0.1))
    o[r.pick(['extra', 'bbox', 'review', 'means'])] = randomValue(r);
  else {
    const key = r.pick(keys);
    if (r.chance(0.15)) delete o[key];
    else o[key] = mutate(r, o[key]);
  }
  return o;
}
