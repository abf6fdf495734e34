// Stage 2: sentence splitting. Offsets are into the original article (the masked
// text has the same length). Lines are blocks (news paragraphs, headlines);
// inside a line, a sentence ends at . ! ? (plus closing quotes/brackets)
// followed by space and a capital, digit or opening quote, except after known
// abbreviations and initials. Pure.

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Whether the sentence is a headline-like line (no final punctuation, mostly capitalised words). */
  headline: boolean;
}

const ABBREV = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st mt ft no nos vs etc inc ltd co corp jr sr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx dept est fig al brig lt.col hon pres'
  ).split(' '),
);

function isHeadline(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?:;"”]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2 || words.length > 25) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number, headline: boolean) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e)))
      out.push({ index: out.length, start: s, end: e, headline });
  };
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const line = text.slice(pos, nl);
    if (/\S/.test(line)) {
      if (isHeadline(line)) push(pos, nl, true);
      else {
        const re = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
        let s = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(line))) {
          const endPunct = m.index + m[0].length;
          if (m[0][0] === '.' && m[0].length === 1) {
            const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(s, m.index - 12), m.index));
            const w = before ? before[1]!.toLowerCase() : '';
            if (
              ABBREV.has(w) ||
              ABBREV.has(w.replace(/\./g, '')) ||
              /^\p{L}$/u.test(w) ||
              /^(\p{L}\.)+\p{L}$/u.test(w)
            )
              continue;
          }
          push(pos + s, pos + endPunct, false);
          s = endPunct;
        }
        push(pos + s, nl, false);
      }
    }
    pos = nl + 1;
  }
  return out;
}
