// Features of one (event cue, place mention) pair in a sentence, for the learned
// event-location attachment model (geo/attach/model.ts, trained by
// scripts/train/attach.ts). A feature is a string; the model sums the weights of
// the features present. Pure: the same function runs in training, in Node and in
// the browser worker.
import type { Token } from '../mentions.ts';
import type { ResolvedMention } from '../resolve.ts';
import { SPEECH, wordSet } from '../lexicon.ts';
import { RANK } from './rules.ts';

/** What the syntactic rules of geo/attach/rules.ts say of the mention (features among others). */
export interface RuleView {
  /** A locative head before it ("in", "targeting", a list going on). */
  locative: boolean;
  /** The subject of a passive cue ("X was targeted"). */
  passive: boolean;
}

const PREPS = wordSet(
  'in on at near into over across around outside inside against toward towards from to of off along by through within between beyond throughout via behind',
);
const CLAUSE = wordSet(
  'since after before when while because although though during following amid which that who whom where said says but despite until as and',
);

function bucket(n: number): string {
  if (n <= 1) return '1';
  if (n <= 2) return '2';
  if (n <= 4) return '3-4';
  if (n <= 7) return '5-7';
  if (n <= 12) return '8-12';
  return '13+';
}

/** A word as a feature value: numbers fold to one value. */
function w(t: Token | undefined): string {
  if (!t) return '<s>';
  if (/^\p{N}/u.test(t.text)) return '<num>';
  return t.cap && !/^(The|A|An)$/.test(t.text) ? `<Cap>` : t.lower;
}

/** The place's kind as a feature: towns and sites are both points (sites are too rare in the training rows to weigh apart). */
function typeOf(m: ResolvedMention): string {
  if (!m.place) return 'none';
  return m.place.type === 'site' ? 'city' : m.place.type;
}

/**
 * The features of the pair (cue at token `cue`, mention `m`) in the sentence
 * `toks` with its place mentions `ments` (article order). `cueWords` marks every
 * cue token of the sentence (to see another cue standing between).
 */
export function pairFeatures(
  toks: readonly Token[],
  ments: readonly ResolvedMention[],
  cue: number,
  m: ResolvedMention,
  rule: RuleView,
  cueWords: ReadonlySet<number>,
): string[] {
  const f: string[] = ['bias'];
  const left = m.tokenEnd <= cue;
  const dir = left ? 'L' : 'R';
  const dist = left ? cue - m.tokenEnd + 1 : m.tokenStart - cue;
  const ty = typeOf(m);
  f.push(`dir:${dir}`, `dist:${dir}:${bucket(dist)}`, `type:${ty}`, `type:${ty}:${dir}`);
  const p1 = toks[m.tokenStart - 1];
  const p2 = toks[m.tokenStart - 2];
  const n1 = toks[m.tokenEnd];
  const pw1 = w(p1);
  f.push(`p1:${pw1}`, `p1:${pw1}:${dir}`, `p12:${w(p2)}_${pw1}`, `n1:${w(n1)}`);
  f.push(`p1:${pw1}:${ty}`, `p1:${pw1}:${dir}:${bucket(dist)}`, `p12:${w(p2)}_${pw1}:${dir}`);
  f.push(`cueP1:${w(toks[cue - 1])}`, `cueN1:${w(toks[cue + 1])}:${dir}`);
  if (ments.filter((o) => o.role === 'place').length === 1) f.push('onlyPlace');
  if (p1 && /,\s*$/.test(p1.gap)) f.push('commaBefore');
  if (toks.slice(Math.max(0, m.tokenStart - 3), m.tokenStart).some((t) => SPEECH.has(t.lower)))
    f.push('speechBefore');
  // "Washington said", "Moscow described": a capital or country speaking for its government.
  const after = toks.slice(m.tokenEnd, m.tokenEnd + 3).map((t) => t.lower);
  if (after.some((x) => SPEECH.has(x))) f.push('speechAfter', `speechAfter:${ty}`);
  if (m.place?.code === 'PPLC') f.push('capital', `capital:${dir}`);
  const last = toks[m.tokenEnd - 1]!;
  if (/^\s*,/.test(last.gap)) f.push('commaAfter');
  if (/^\s*[(]/.test(last.gap)) f.push('parenAfter');
  if (m.modifier) f.push('modifier', `modifier:${w(n1)}`);
  if (m.possessive) f.push('possessive');
  if (m.tokenStart === 0) f.push('sentenceStart');
  // The words between cue and mention.
  const a = left ? m.tokenEnd : cue + 1;
  const b = left ? cue : m.tokenStart;
  const between = toks.slice(a, b);
  let punct = false;
  let firstPrep = '';
  let clause = false;
  let otherCue = false;
  let otherPlace = false;
  let speech = false;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (i < b - 1 && /[.;:!?]/.test(t.gap)) punct = true;
    if (/,/.test(t.gap)) punct = true;
    if (!firstPrep && PREPS.has(t.lower)) firstPrep = t.lower;
    if (CLAUSE.has(t.lower)) clause = true;
    if (cueWords.has(i)) otherCue = true;
    if (SPEECH.has(t.lower)) speech = true;
  }
  if (!left && /,/.test(toks[cue]!.gap) && a === b) punct = true;
  for (const o of ments)
    if (o !== m && o.tokenStart >= a && o.tokenEnd <= b && o.role === 'place') otherPlace = true;
  if (between.length <= 6) for (const t of between) f.push(`btw:${dir}:${w(t)}`);
  else f.push(`btw:${dir}:long`);
  f.push(`prep:${dir}:${firstPrep || '-'}`);
  if (punct) f.push(`punct:${dir}`);
  if (clause) f.push(`clause:${dir}`);
  if (otherCue) f.push(`otherCue:${dir}`);
  if (otherPlace) f.push(`otherPlace:${dir}`);
  if (speech) f.push(`speechBetween:${dir}`);
  // The place nearest to the cue on its side.
  const nearer = ments.some(
    (o) =>
      o !== m &&
      o.role === 'place' &&
      (left
        ? o.tokenEnd <= cue && o.tokenEnd > m.tokenEnd
        : o.tokenStart > cue && o.tokenStart < m.tokenStart),
  );
  if (!nearer) f.push(`nearest:${dir}`, `nearest:${dir}:${ty}`);
  // Container: this mention follows another one closely ("al-Qaim, ... in Anbar province").
  const prevPlace = [...ments]
    .reverse()
    .find((o) => o !== m && o.role === 'place' && o.tokenEnd <= m.tokenStart);
  if (prevPlace && m.tokenStart - prevPlace.tokenEnd <= 6) {
    const gapWords = toks.slice(prevPlace.tokenEnd, m.tokenStart).map((t) => t.lower);
    const rel = gapWords.includes('and') || gapWords.includes('or') ? 'and' : 'in';
    const rank = (x: ResolvedMention) => RANK[x.place?.type ?? 'city']!;
    const wider = rank(m) > rank(prevPlace) ? 'wider' : 'same';
    f.push(`after:${rel}:${wider}`);
  }
  // The cue's form, not its identity: the training corpus's event verbs (killed,
  // shot, detonated) are not the map's cue words (strike, attack, shelled).
  const cw = toks[cue]!.lower;
  const form = /ed$/.test(cw) ? 'ed' : /ing$/.test(cw) ? 'ing' : /s$/.test(cw) ? 's' : 'base';
  f.push(`cueForm:${form}:${dir}`);
  // "the attack", "these strikes": a cue that refers back to an event told before.
  const det = toks[cue - 1]?.lower ?? '';
  if (/^(the|this|that|these|those|its|their)$/.test(det)) f.push(`cueDefinite:${dir}`);
  if (rule.locative) f.push('rule:locative');
  if (rule.passive) f.push('rule:passive');
  return f;
}
