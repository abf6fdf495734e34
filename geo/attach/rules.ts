// The syntactic cues of an event location that the attachment model takes as
// features (geo/attach/features.ts): a locative head before the mention ("in",
// "on", "targeting", "the outskirts of", a list going on: "in Syria, Iraq and
// Pakistan"), a passive subject ("X was targeted", "X came under fire"), and the
// containers of a located place ("al-Qaim, a town in Anbar province": Anbar is
// al-Qaim's container, not a second event). Pure.
import type { Token } from '../mentions.ts';
import type { ResolvedMention } from '../resolve.ts';
import { PERFECT_AUX, QUALIFIERS, SPEECH, VERB_ADVERB, wordSet } from '../lexicon.ts';
import { namesWeapon } from '../cues.ts';

/** Prepositions and verbs that introduce an event's location. */
const LOC_PREP = wordSet(
  'in on at near targeting targeted into over across around outside inside against hit struck shelled bombed pounded toward towards attacked striking hitting stormed seized captured overran raided entered',
);
/** Nouns after which "of X" is a location ("outskirts of X", "the city of X"). */
const SPATIAL = wordSet(
  'outskirts coast city town village villages towns cities province region area centre center north south east west suburbs suburb port part parts district districts governorate capital vicinity edge heart streets outside gates neighbourhood neighborhood countryside camp',
);
const CUE_NOUN =
  /^(shelling|bombardment|bombing|bombings|attack|attacks|strikes|assault|siege|targeting|capture|fall|seizure)$/;
const DETERMINERS = wordSet(
  'the a an its their his her this that these several two three four five some many nearby neighbouring neighboring coastal rural remote key besieged occupied strategic border frontline front-line',
);
const APPOSITION = wordSet(
  'capital city town towns village villages port province region district camp area enclave territory strip governorate oblast county state cities',
);
/** Verbs that take the struck place as direct object ("Israel strikes Lebanon", "missiles pound Kharkiv"). */
const TRANSITIVE = wordSet(
  'strike strikes struck attack attacks attacked attacking pound pounds pounded bomb bombs bombed shell shells shelled hit hits target targets targeted targeting raid raids raided storm storms stormed seized captured overran recaptured',
);

/** Whether mention m is introduced as a location: the rules' locative head before it. */
export function hasLocativeHead(
  toks: readonly Token[],
  m: ResolvedMention,
  ments: readonly ResolvedMention[],
): boolean {
  let j = m.tokenStart - 1;
  let skipped = 0;
  while (j >= 0 && skipped <= 4) {
    const t = toks[j]!;
    if (/[.;:!?]/.test(t.gap)) return false;
    if (LOC_PREP.has(t.lower)) {
      // a speaker's location: "said in Washington"
      const before = toks.slice(Math.max(0, j - 2), j).map((x) => x.lower);
      return !before.some((w) => SPEECH.has(w));
    }
    const prev = toks[j - 1]?.lower ?? '';
    if (t.lower === 'of' && (SPATIAL.has(prev) || CUE_NOUN.test(prev))) return true;
    if (TRANSITIVE.has(t.lower) && /^\s+$/.test(t.gap) && !/^(the|a|an)$/.test(prev)) return true;
    // A list going on: "in Syria, Iraq, and Pakistan" (the rule asks the head of the first).
    if ((t.lower === 'and' || t.lower === 'or' || /,\s*$/.test(t.gap)) && skipped === 0) {
      const end = t.lower === 'and' || t.lower === 'or' ? j : j + 1;
      const prevM = ments.find((x) => x.tokenEnd === end && x.role === 'place');
      if (prevM) return hasLocativeHead(toks, prevM, ments);
    }
    const inner = ments.find((x) => x.tokenStart <= j && x.tokenEnd > j);
    const ok =
      QUALIFIERS.has(t.lower) ||
      DETERMINERS.has(t.lower) ||
      (APPOSITION.has(t.lower) && (/,\s*$/.test(t.gap) || !t.cap)) ||
      (inner && (inner.role === 'demonym' || inner.possessive));
    if (!ok) return false;
    if (inner) j = inner.tokenStart;
    j--;
    skipped++;
  }
  return false;
}

/**
 * "X was targeted", "X has been shelled", "X was repeatedly hit", "X came under
 * fire": the mention is the subject of a passive cue (an auxiliary, at most one
 * adverb, then the cue; "came under" with its object within three words). The
 * cue's token, or -1.
 */
export function passiveCue(
  toks: readonly Token[],
  m: ResolvedMention,
  cueTokens: ReadonlySet<number>,
): number {
  let j = m.tokenEnd;
  const aux = toks[j]?.lower ?? '';
  if (/^(came|come|comes)$/.test(aux) && toks[j + 1]?.lower === 'under')
    return cueTokens.has(j) ? j : -1;
  if (!/^(was|were|is|are|has|have|had)$/.test(aux)) return -1;
  j++;
  if (toks[j]?.lower === 'been') j++;
  if (/(ly|also|again|reportedly|twice)$/.test(toks[j]?.lower ?? '') && !cueTokens.has(j)) j++;
  return cueTokens.has(j) ? j : -1;
}

/** How wide a kind of place is: towns and sites, then regions and seas, then countries. */
export const RANK: Record<string, number> = { site: 0, city: 0, region: 1, water: 1, country: 2 };

/**
 * Whether m is the container of a place located just before it ("al-Qaim, a town
 * ... in western Anbar province"): a wider place after a located one, joined by
 * "in", "of", "near" or a comma, with no "and" or clause break between.
 */
export function isContainerOf(
  toks: readonly Token[],
  m: ResolvedMention,
  located: Iterable<ResolvedMention>,
): boolean {
  for (const l of located) {
    if (l.tokenEnd > m.tokenStart || m.tokenStart - l.tokenEnd > 10) continue;
    // The container the resolver found for it ("X, a village near Y"), whether the
    // gazetteer lacks X or holds only a far namesake.
    if (l.container && l.container === m.place && (!l.place || l.place.country !== m.place.country))
      return true;
    if (!l.place || !m.place) continue;
    // A wider place, or the town a site stands in ("the Rafiqui base at Shorkot").
    const wider =
      RANK[m.place.type]! > RANK[l.place.type]! ||
      (l.place.type === 'site' && m.place.type === 'city');
    if (!wider) continue;
    if (l.place.country && m.place.country && l.place.country !== m.place.country) continue;
    const between = toks.slice(l.tokenEnd, m.tokenStart).map((t) => t.lower);
    if (between.some((w) => /^(and|or|but|while|after|before|when|since|said)$/.test(w))) continue;
    if (
      between.length === 0 ||
      between.some((w) => w === 'in' || w === 'at' || w === 'of' || w === 'near' || w === 'on') ||
      /,\s*$/.test(toks[l.tokenEnd - 1]!.gap)
    )
      return true;
  }
  return false;
}

/** Words that may stand between two places of one list ("in Taiz, Dhamar and the town of Hajjah"). */
const LIST_GLUE = wordSet(
  'and or as well in at near on the of also plus town towns city cities village villages province provinces region regions district districts area areas port capital suburb suburbs stronghold strongholds heartland hometown bastion',
);

/**
 * The lists of a sentence's places: runs of mentions joined by commas, "and", "or",
 * "as well as (in)", with only articles, qualifiers and place nouns between. A list
 * shares its head: one place of it located means all are (coordination).
 */
export function placeLists<T extends Listed>(toks: readonly Token[], places: readonly T[]): T[][] {
  const lists: T[][] = [];
  let cur: T[] = [];
  for (const m of places) {
    const prev = cur[cur.length - 1];
    if (prev && joinedInList(toks, prev, m)) cur.push(m);
    else {
      if (cur.length > 1) lists.push(cur);
      cur = [m];
    }
  }
  if (cur.length > 1) lists.push(cur);
  return lists;
}

/** A mention in a list: resolved (its place's type matters) or not yet. */
type Listed = Pick<ResolvedMention, 'tokenStart' | 'tokenEnd'> & {
  place?: ResolvedMention['place'];
};

function joinedInList(toks: readonly Token[], a: Listed, b: Listed): boolean {
  const between = toks.slice(a.tokenEnd, b.tokenStart);
  if (between.length > 6) return false;
  const gap = toks[a.tokenEnd - 1]!.gap;
  const comma = /^\s*,\s*$/.test(gap) || between.some((t) => /,/.test(t.gap));
  const conj = between.some((t) => t.lower === 'and' || t.lower === 'or');
  if (!comma && !conj) return false;
  if (/[;:.!?(]/.test(gap) || between.some((t) => /[;:.!?(]/.test(t.gap))) return false;
  // "X, Syria": a wider place after a comma alone is X's container, not the list's next place.
  if (!conj && a.place && b.place && RANK[b.place.type]! > RANK[a.place.type]!) return false;
  // "and the group's northern stronghold of Saada": a possessive may describe the place.
  return between.every(
    (t) =>
      LIST_GLUE.has(t.lower) || QUALIFIERS.has(t.lower) || (!t.cap && /^['’]s?\s+$/.test(t.gap)),
  );
}

const CLAUSE_WORDS =
  /^(which|that|who|whom|where|said|says|told|while|but|after|before|when|because|although|though|since|until|despite|whose)$/;

/**
 * "in Bahawalpur and a complex in Muridke", "near Sialkot and in Muzaffarabad": a
 * place with its own locative head, joined to the located place before it by a
 * conjunction in the same clause (no relative pronoun, speech verb or other cue
 * between), shares that place's event.
 */
export function coordinatedWith(
  toks: readonly Token[],
  m: ResolvedMention,
  located: readonly ResolvedMention[],
  places: readonly ResolvedMention[],
  cueTokens: ReadonlySet<number>,
): ResolvedMention | null {
  const l = [...located].reverse().find((x) => x.tokenEnd <= m.tokenStart);
  if (!l || m.tokenStart - l.tokenEnd > 14) return null;
  if (!hasLocativeHead(toks, m, places)) return null;
  const between = toks.slice(l.tokenEnd, m.tokenStart);
  const gaps = [toks[l.tokenEnd - 1]!, ...between];
  if (gaps.some((t) => /[;:.!?()]/.test(t.gap))) return null;
  if (between.some((t) => CLAUSE_WORDS.test(t.lower))) return null;
  for (let t = l.tokenEnd; t < m.tokenStart; t++) if (cueTokens.has(t)) return null;
  const conj =
    between.some((t) => t.lower === 'and' || t.lower === 'or') ||
    between.some((t, i) => t.lower === 'as' && between[i + 1]?.lower === 'well');
  return conj ? l : null;
}

const FORCE_NOUN =
  /^(forces|troops|personnel|soldiers|military|army|interests|positions|targets|bases|embassy|embassies|diplomats|citizens|nationals|warships|vessels|ships|officials)$/;

/**
 * Why a place mention can be no event place at all, whatever the cue: an origin
 * ("fired from Gaza", "launched from Russia's Kursk region", "flying over the Caspian
 * Sea"), an owning country ("Iran's embassy"), an attribute or actor
 * ("Iran-linked sites", "US-supplied rockets", "US forces"). Returns the reason, or null.
 */
export function notAnEventPlace(toks: readonly Token[], m: ResolvedMention): string | null {
  // "Iran's embassy": a country owns; "Kharkiv's power station" is in Kharkiv.
  if (m.possessive && m.place?.type === 'country') return 'owner';
  const before = toks
    .slice(Math.max(0, m.tokenStart - 3), m.tokenStart)
    .map((t) => t.lower)
    .join(' ');
  if (
    /\b(behalf of|support of|linked to|ties to|tied to|backed by|sponsored by|loyal to|aligned with|allied with|allied to)( the)?$/.test(
      before,
    )
  )
    return 'affiliation';
  // "a ship flagged in Liberia", "bound for Rotterdam", "headquartered in Stuttgart".
  if (
    /\b(flagged|registered|headquartered|based|bound for|headed to|heading to|en route to|destined for|sailing to)( in)?( the)?$/.test(
      before,
    )
  )
    return 'attribute';
  if (m.modifier && (m.place?.type === 'country' || /^[-‐]$/.test(toks[m.tokenEnd - 1]!.gap)))
    return 'attribute';
  // "US-supplied rockets", "Kyiv-controlled territory": a maker, backer or ruler.
  if (/^[-‐]$/.test(toks[m.tokenEnd - 1]!.gap) && MAKER.test(toks[m.tokenEnd]?.lower ?? ''))
    return 'attribute';
  // "Russia had launched 122 missiles", "Tehran fired": the country or capital that acted.
  if (m.place?.type === 'country' || m.place?.code === 'PPLC') {
    let j = m.tokenEnd;
    if (PERFECT_AUX.test(toks[j]?.lower ?? '')) j++;
    if (VERB_ADVERB.test(toks[j]?.lower ?? '')) j++;
    if (/^\s+$/.test(toks[m.tokenEnd - 1]!.gap) && ACTED.test(toks[j]?.lower ?? '')) return 'agent';
  }
  // "said in a statement in Gusau", "told a news conference in Kabul": where someone spoke.
  if (spokeAt(toks, m)) return 'speaker';
  // "the Red Sea port city of Hodeidah", "the Donetsk town of Pokrovsk": the wider
  // place describes the town named after it, which is where.
  if (describesNext(toks, m)) return 'attribute';
  // "against US and other international forces", "US and Iraqi troops": whose forces, not where.
  if (m.place?.type === 'country' && toks[m.tokenEnd]?.lower === 'and') {
    for (let j = m.tokenEnd + 1; j < Math.min(toks.length, m.tokenEnd + 5); j++) {
      if (FORCE_NOUN.test(toks[j]!.lower)) return 'attribute';
      if (/[,.;:!?]/.test(toks[j - 1]!.gap)) break;
    }
  }
  // "from Lviv ... to Kharkiv" is a range, not an origin.
  const range = toks.slice(m.tokenEnd, m.tokenEnd + 5).some((t) => t.lower === 'to');
  for (let j = m.tokenStart - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const w = toks[j]!.lower;
    if (/[.;:!?,]/.test(toks[j]!.gap)) break;
    if (
      (w === 'from' && !range) ||
      (w === 'over' && /^(flying|flew|fly|flights?)$/.test(toks[j - 1]?.lower ?? ''))
    )
      return 'origin';
    if (
      !/^(the|a|an|its|their|southern|northern|eastern|western|central|occupied|neighbouring|neighboring|nearby)$/.test(
        w,
      )
    )
      break;
  }
  return null;
}

const MAKER =
  /^(supplied|made|built|backed|led|based|funded|designed|owned|run|trained|armed|allied|controlled|held|produced|manufactured|sponsored)$/;
const ACTED = /^(launched|fired|struck|attacked|bombed|shelled|targeted|launches|fires|strikes)$/;
/** Words of a speech's setting: "in a statement", "at a televised news conference". */
const SPEECH_SETTING = wordSet(
  'in at on a an the his her its their statement statements interview interviews post posts briefing press news conference speech video message televised written social media broadcast address reporters',
);

function spokeAt(toks: readonly Token[], m: ResolvedMention): boolean {
  const prep = toks[m.tokenStart - 1]?.lower ?? '';
  if (!/^(in|at)$/.test(prep)) return false;
  for (let j = m.tokenStart - 2, n = 0; j >= 0 && n < 6; j--, n++) {
    const t = toks[j]!;
    if (/[,.;:!?()]/.test(t.gap)) return false;
    if (SPEECH.has(t.lower)) return true;
    if (!SPEECH_SETTING.has(t.lower)) return false;
  }
  return false;
}

/** "In Washington, officials said ... the attack": a speech or reaction verb between a place and the cue after it. */
export function speechBetween(toks: readonly Token[], m: ResolvedMention, cue: number): boolean {
  if (m.tokenEnd > cue) return false;
  return toks.slice(m.tokenEnd, cue).some((t) => SPEECH.has(t.lower));
}

const NEXT_PREP = /^(on|in|at|against|near|into|targeting|across|around|outside)$/;
const NEXT_FILLER =
  /^(the|a|an|city|town|village|villages|towns|port|capital|of|outskirts|suburbs|centre|center)$/;

/**
 * "assault on El Fasher", "strikes in Sanaa", "shelled the town of Kherson",
 * "struck Kharkiv": the place right after the cue, behind at most a locative
 * preposition and a few articles, qualifiers or place nouns.
 */
export function rightAfterCue(toks: readonly Token[], cue: number, m: ResolvedMention): boolean {
  if (m.tokenStart <= cue || m.tokenStart - cue > 5) return false;
  const between = toks.slice(cue + 1, m.tokenStart);
  if ([toks[cue]!, ...between].some((t) => /[,.;:!?()]/.test(t.gap))) return false;
  const [first, ...rest] = between;
  const filler = (t: Token) => NEXT_FILLER.test(t.lower) || QUALIFIERS.has(t.lower);
  // "struck the town of Bakhmut", "destroyed the Trypillia power plant": a verb's object.
  if (first && !NEXT_PREP.test(first.lower))
    return OBJECT_VERB.test(toks[cue]!.lower) && between.every(filler);
  return rest.every(filler);
}

/** Cue verbs whose direct object is the place struck. */
const OBJECT_VERB =
  /^(struck|hit|shelled|bombed|pounded|attacked|targeted|destroyed|damaged|stormed|seized|captured|overran|raided)$/;

/**
 * "fired an anti-ship ballistic missile into the Gulf of Aden", "launched 40 drones
 * towards Kyiv": the place a launch verb's weapons were sent at (the weapons within
 * eight words of the verb, then "at", "into", "towards" or "on", no clause mark).
 */
export function launchTarget(toks: readonly Token[], cue: number, m: ResolvedMention): boolean {
  if (!/^(fired|fires|fire|launched|launches|launch|hurled|lobbed)$/.test(toks[cue]!.lower))
    return false;
  if (m.tokenStart <= cue + 2 || m.tokenStart - cue > 12) return false;
  let prep = -1;
  for (let j = cue; j < m.tokenStart; j++) {
    if (/[,.;:!?()]/.test(toks[j]!.gap)) return false;
    if (j > cue && /^(at|into|towards|toward|on)$/.test(toks[j]!.lower)) {
      prep = j;
      break;
    }
  }
  if (prep < 0 || prep - cue > 8 || !namesWeapon(toks.slice(cue + 1, prep))) return false;
  return toks
    .slice(prep + 1, m.tokenStart)
    .every((t) => NEXT_FILLER.test(t.lower) || QUALIFIERS.has(t.lower));
}

/** Event nouns a place may stand before as a modifier ("the Ankara bombing"); not a
 *  campaign's ("the Mosul offensive", "the siege"), whose place is a whole front. */
const EVENT_NOUN =
  /^(bombing|bombings|attack|attacks|strike|strikes|airstrike|airstrikes|raid|raids|shelling|blast|blasts|explosion|massacre|assault|ambush)$/;

/**
 * "the Ankara bombing", "last week's Kramatorsk strike", "a Mogadishu blast": a town,
 * site or region right before the event noun, after a determiner or a possessive,
 * is where it happened. Not a country ("the US strike", "an Israel attack" name who
 * acted) nor a bare name ("Kyiv attacks" is a subject and its verb).
 */
export function placeBeforeEventNoun(
  toks: readonly Token[],
  cue: number,
  m: ResolvedMention,
): boolean {
  if (m.tokenEnd !== cue || !EVENT_NOUN.test(toks[cue]!.lower)) return false;
  if (!m.place || m.place.type === 'country' || m.place.type === 'water') return false;
  if (/[,.;:!?()]/.test(toks[m.tokenEnd - 1]!.gap)) return false;
  const before = toks[m.tokenStart - 1];
  if (!before) return false;
  return (
    /^(the|a|an|this|that|last|its|their)$/.test(before.lower) || /^['’]s?\s+$/.test(before.gap)
  );
}

/**
 * "missiles had hit three of its air bases: Nur Khan in Rawalpindi, the Murid base
 * in Chakwal ...": a place in the list a colon opens right after the cue's object
 * (the colon within eight words of the cue, no other cue or sentence mark between).
 */
export function afterCueColon(
  toks: readonly Token[],
  cue: number,
  m: ResolvedMention,
  cueWords: ReadonlySet<number>,
): boolean {
  if (m.tokenStart <= cue) return false;
  let colon = -1;
  for (let j = cue; j < Math.min(m.tokenStart, cue + 8); j++) {
    if (/[.;!?()]/.test(toks[j]!.gap)) return false;
    if (/:/.test(toks[j]!.gap)) {
      colon = j;
      break;
    }
  }
  if (colon < 0) return false;
  for (let j = colon + 1; j < m.tokenStart; j++)
    if (cueWords.has(j) || /[.;:!?]/.test(toks[j]!.gap)) return false;
  return true;
}

const DESCRIPTOR_ADJ =
  /^(port|coastal|border|frontline|front-line|strategic|key|besieged|southern|northern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|industrial|mining|oil|market|garrison|desert|mountain|hilltop|riverside|seaside|historic|ancient|holy)$/;
const DESCRIPTOR_NOUN =
  /^(city|town|village|port|hub|enclave|camp|suburb|neighbourhood|neighborhood)$/;

/** "X port city of Y": the place m, then a few descriptive words, a settlement noun, "of" and a name. */
function describesNext(toks: readonly Token[], m: ResolvedMention): boolean {
  let j = m.tokenEnd;
  if (/[,.;:!?()]/.test(toks[j - 1]!.gap)) return false;
  while (j < m.tokenEnd + 3 && DESCRIPTOR_ADJ.test(toks[j]?.lower ?? '') && !toks[j]!.cap) {
    if (DESCRIPTOR_NOUN.test(toks[j]!.lower) && toks[j + 1]?.lower === 'of') break;
    j++;
  }
  return (
    DESCRIPTOR_NOUN.test(toks[j]?.lower ?? '') &&
    !toks[j]!.cap &&
    toks[j + 1]?.lower === 'of' &&
    !!toks[j + 2]?.cap
  );
}
