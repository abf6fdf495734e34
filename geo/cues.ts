// Event cues: the words that say a strike or an attack happened, with the means
// they imply, and the contexts in which such a word says nothing happened: another
// sense (a labour strike, a football attack), a hypothetical or a threat ("a strike
// on X could"), a statistic ("attacks have risen"). Word lists are general English
// news vocabulary (geo/lexicon.ts style), never one article's words. Pure.
import type { Means } from './types.ts';
import type { Token } from './mentions.ts';

/**
 * `strike`: the word itself says a state's kind of strike (airstrike, shelling);
 * `attack`: an attack whose kind follows the actor; `assault`: a ground assault,
 * raid or capture; `bombing`: a bomb, blast or suicide bombing; `weak`: a verb
 * that is a cue only near another cue or a weapon (hit, targeted, fired).
 */
export type CueClass = 'strike' | 'attack' | 'assault' | 'bombing' | 'weak';

interface CueWord {
  cls: CueClass;
  means?: Means;
  /** Also used in peaceful senses: needs conflict context in the sentence. */
  ambiguous?: boolean;
}

const words = (list: string, w: CueWord): [string, CueWord][] =>
  list.split(/\s+/).map((x) => [x, w]);

const CUE_WORDS = new Map<string, CueWord>([
  ...words('airstrike airstrikes air-strike air-strikes', {
    cls: 'strike',
    means: 'air',
  }),
  ...words('bombardment bombardments bombard bombarded bombarding', { cls: 'strike' }),
  ...words('shelling shelled shells shell', { cls: 'strike', means: 'artillery' }),
  ...words('strike strikes struck', { cls: 'strike', ambiguous: true }),
  ...words('pounded pounding pound pounds blitz', { cls: 'strike', ambiguous: true }),
  ...words('bombed bombing bombings bomb bombs', {
    cls: 'bombing',
    means: 'bombing',
    ambiguous: true,
  }),
  ...words('attack attacks attacked attacking', { cls: 'attack', ambiguous: true }),
  ...words('assault assaults assaulted stormed storming storm', {
    cls: 'assault',
    means: 'ground',
    ambiguous: true,
  }),
  ...words('raid raids raided raiding incursion incursions offensive', {
    cls: 'assault',
    means: 'ground',
    ambiguous: true,
  }),
  ...words(
    'captured seized overran overrun recaptured capturing seizing capture seizure battling battled',
    {
      cls: 'assault',
      means: 'ground',
      ambiguous: true,
    },
  ),
  ...words('ambush ambushes ambushed massacre massacred', { cls: 'assault', means: 'gunfire' }),
  ...words('gunmen gunfire', { cls: 'assault', means: 'gunfire' }),
  ...words('explosion explosions blast blasts detonated exploded', {
    cls: 'bombing',
    means: 'bombing',
    ambiguous: true,
  }),
  ...words('abducted kidnapped abduction rammed retook', { cls: 'assault', ambiguous: true }),
  ...words('downed barrage barrages impacts', { cls: 'weak', ambiguous: true }),
  ...words('killed killing kills stabbed hacked neutralised neutralized', {
    cls: 'weak',
    ambiguous: true,
  }),
  ...words('clashes clashed', { cls: 'assault', means: 'ground', ambiguous: true }),
  ...words('destroyed damaged damage wrecked aimed', { cls: 'weak', ambiguous: true }),
  ...words('targeted targeting target targets hit hits hitting fired launched', {
    cls: 'weak',
    ambiguous: true,
  }),
]);

/** Words that name the means when near a cue ("a drone strike", "missiles hit"). */
const MEANS_WORDS: [RegExp, Means][] = [
  [/^(drones?|uavs?|shaheds?|quadcopters?|kamikaze)$/, 'drone'],
  [/^(missiles?|ballistic|cruise|iskander|tomahawks?|kinzhal)$/, 'missile'],
  [/^(rockets?|katyushas?|grads?|qassam)$/, 'rocket'],
  [/^(artillery|mortars?|shells?|shelling|shelled|howitzers?|tank)$/, 'artillery'],
  [
    /^(air|airstrikes?|aerial|warplanes?|jets?|aircraft|helicopters?|gunships?|planes?|sorties)$/,
    'air',
  ],
  [/^(warships?|navy|naval|destroyer|submarine|frigate)$/, 'naval'],
  [/^(gunmen|gunfire|gunman|shooting|shot|snipers?|rifles?|guns?|opened)$/, 'gunfire'],
  [
    /^(car|suicide|roadside|ied|ieds|explosives?|bomber|bombers|bomb|bombs|truck|grenades?)$/,
    'bombing',
  ],
];

/** Context that makes an ambiguous cue word a conflict event. */
const CONFLICT =
  /^(killed|killing|kills|wounded|wounding|injured|injuring|dead|deaths|casualties|civilians|militants?|militias?|troops|soldiers|army|military|forces|missiles?|rockets?|drones?|shells|artillery|mortars?|airstrikes?|warplanes?|jets|fighter|bombs?|explosives?|gunmen|fighters|rebels?|insurgents?|jihadists?|terrorists?|war|ceasefire|offensive|frontline|hostages?|militant|paramilitary|paramilitaries|gunfire|massacre|besieged|siege|armed|weapons|ammunition|battalion|brigade|commander|airbase|bases?|positions|retaliation|retaliatory|idf|isis|hamas|hezbollah|houthis?|taliban|shabaab|insurgency|combat|fighting|clashes)$/;

/** Words of the other senses of cue words: labour disputes, sport, markets, medicine, weather. */
const OTHER_DOMAIN =
  /^(workers|miners|mines|production|stoppage|union|unions|pay|wages?|walkout|walkouts|picket|pickets|employees|employer|employers|management|ballot|shifts?|factory|plant|striker|strikers|match|matches|goal|goals|scored|scoring|league|cup|season|coach|midfielder|defender|goalkeeper|tournament|innings|wicket|wickets|runs|batting|bowler|fans|stadium|quarter-final|semi-final|final|shares|stocks|investors|market|markets|earnings|revenue|patients?|symptoms|lightning|thunderstorm|hackers|ransomware|malware|box-office)$/;
/** Those of them that war reporting shares ("the power plant", "production", "the market"). */
const SHARED_WITH_WAR =
  /^(mines|production|stoppage|shifts?|factory|plant|match|matches|runs|fans|stadium|final|market|markets|management|stocks|season)$/;

/** Whether a sentence has a word only the other senses use (workers, union, goal, shares ...). */
export function otherDomainOnly(toks: readonly Token[]): boolean {
  return toks.some((t) => OTHER_DOMAIN.test(t.lower) && !SHARED_WITH_WAR.test(t.lower));
}

/** Weapons and armed forces: a sentence naming one speaks of conflict whatever else it names. */
const ARMED =
  /^(missiles?|rockets?|drones?|airstrikes?|warplanes?|artillery|shells|shelling|bombs?|troops|soldiers|militants?|militias?|army|military|gunmen|insurgents?|rebels?|jihadists?)$/;

/** Who and what kill in armed violence, besides the armed forces and weapons of ARMED. */
const KILLERS =
  /^(gangs?|bandits?|gunmen|gunman|fighters|attackers?|assailants?|militants?|insurgents?|terrorists?|explosives?|grenades?|mortars?|gunfire|snipers?|strikes?|attacks?|bombings?|shelling)$/;

/** Whether a sentence names a weapon other than guns ("missiles", "drones", "shells"). */
export function namesWeapon(toks: readonly Token[]): boolean {
  return toks.some((t) => MEANS_WORDS.some(([re, m]) => re.test(t.lower) && m !== 'gunfire'));
}

/** Whether a sentence speaks of a labour dispute, sport, markets, medicine or weather. */
export function otherDomainContext(toks: readonly Token[]): boolean {
  return toks.some((t) => OTHER_DOMAIN.test(t.lower));
}

/** Another sense of the cue word, right before or after it. */
const OTHER_SENSE_BEFORE =
  /^(hunger|general|labour|labor|workers|teachers|nurses|doctors|union|rail|postal|wildcat|sympathy|heart|panic|asthma|cyber|lucky|lightning|stroke|free|penalty|goal|first|late|solo|brilliant|long-range|counter)$/;
/** Of those, the words of sport, which a war article uses of strikes too ("the first strikes on"). */
const SPORT_BEFORE = /^(lucky|free|penalty|goal|first|late|solo|brilliant|long-range|counter)$/;
const OTHER_SENSE_AFTER =
  /^(action|ballot|pay|wages?|talks|vote|votes|rate|force|zone|price|ad|ads|goal|goals|record|records|headlines|market|markets|shares|stocks|box|jackpot)$/;

/** In the cue's clause: it did not happen, or happens in general. */
const UNREAL =
  /^(could|would|might|may|threatened|threatens|threaten|threat|threats|vowed|vows|vow|plans|planned|planning|plot|plotting|plotted|foiled|thwarted|prepare|preparing|possible|potential|if|unless|risk|risks|deter|deterrence|avoid|prevent|warned|warns|hypothetical|simulated|simulation|drill|drills|exercise|exercises|mock|controlled|unexploded|demining|fears|risen|rose|increased|doubled|tripled|decreased|declined|fell|percent|statistics|average)$/;
const CLAUSE_EDGE = /[.;:!?]|,\s*(but|while|and)\b/;

export interface CueHit {
  token: number;
  cls: CueClass;
  /** The means the cue word names by itself (airstrike: air), if any. */
  means: Means | null;
}

/** Whether the sentence (its tokens) speaks of armed conflict (weapons such as "shot" or "jets" alone do not: sport uses them). */
export function conflictContext(toks: readonly Token[]): boolean {
  return toks.some((t) => CONFLICT.test(t.lower));
}

/**
 * Whether the cue at k did not happen or is a count: a modal, threat, plan,
 * exercise or statistic word within five words before it or six after, in the
 * same clause ("could strike", "threatened to attack", "a strike on X would",
 * "attacks have risen").
 */
// "on May 7": a capitalised word is a name (a month), not a modal, except first in the sentence.
const isUnreal = (t: Token, j: number) => UNREAL.test(t.lower) && (!t.cap || j === 0);

function unreal(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5) && !CLAUSE_EDGE.test(toks[j]!.gap); j--)
    if (isUnreal(toks[j]!, j)) return true;
  for (
    let j = k + 1;
    j <= Math.min(toks.length - 1, k + 6) && !CLAUSE_EDGE.test(toks[j - 1]!.gap);
    j++
  )
    if (isUnreal(toks[j]!, j)) return true;
  return false;
}

/** Cues of two or three words, keyed by their first word: "opened fire", "blew himself up". */
const PHRASES: { words: RegExp[]; cue: CueWord; then?: RegExp; hyphens?: boolean }[] = [
  {
    words: [/^blew$/, /^(himself|herself|themselves|up)$/],
    cue: { cls: 'bombing', means: 'bombing' },
  },
  { words: [/^(opened|open|opening)$/, /^fire$/], cue: { cls: 'assault', means: 'gunfire' } },
  {
    words: [/^(came|come|comes|coming)$/, /^under$/],
    cue: { cls: 'weak' },
    then: /^(fire|attack|attacks|shelling|bombardment|assault)$/,
  },
  { words: [/^(rained|raining|rain)$/, /^down$/], cue: { cls: 'weak' } },
  // "armed men went house to house in villages of X", "house-to-house raids".
  {
    words: [/^house$/, /^to$/, /^house$/],
    cue: { cls: 'assault', means: 'ground', ambiguous: true },
    hyphens: true,
  },
  { words: [/^(swept|sweeping)$/, /^into$/], cue: { cls: 'assault', means: 'ground' } },
  {
    words: [/^(took|take|taken|seized|seize|seizing)$/, /^(control|over)$/],
    cue: { cls: 'assault', means: 'ground' },
  },
  { words: [/^(shot|shooting)$/, /^(dead|down)$/], cue: { cls: 'assault', means: 'gunfire' } },
  {
    words: [/^traded$/, /^(artillery|fire|shellfire|rocket)$/],
    cue: { cls: 'strike', means: 'artillery' },
  },
];

function phraseAt(toks: readonly Token[], k: number): CueWord | undefined {
  for (const p of PHRASES)
    if (
      p.words.every(
        (re, i) =>
          toks[k + i] &&
          re.test(toks[k + i]!.lower) &&
          (i === 0 || (p.hyphens ? /^[\s-]+$/ : /^\s+$/).test(toks[k + i - 1]!.gap)),
      )
    )
      return p.cue;
  return undefined;
}

/**
 * The cues of one sentence. `conflict`: whether the sentence (or its neighbours)
 * speaks of armed conflict, which ambiguous cue words need. `extra` marks further
 * cue tokens (a corpus's event verb) that count as `attack` cues whatever their word.
 */
export function findCues(
  toks: readonly Token[],
  conflict: boolean,
  extra: ReadonlySet<number> = new Set(),
  warArticle = false,
  weaponBefore = false,
): CueHit[] {
  const out: CueHit[] = [];
  // "The strike halted production at the mines": a sentence of a labour dispute, a
  // match or a market, with no weapon or armed force in it, uses the other senses.
  // One such word among the sentence's own conflict words ("attacked junta positions
  // ... the highway that runs to") is not enough; two are. In an article about a war
  // that speaks of no labour, sport or markets anywhere (`warArticle`), the words war
  // reporting shares ("an earlier strike on its plant") are not either.
  const otherWords = toks.filter(
    (t) => OTHER_DOMAIN.test(t.lower) && !(warArticle && SHARED_WITH_WAR.test(t.lower)),
  ).length;
  const otherSense =
    (otherWords >= 2 || (otherWords === 1 && !conflictContext(toks))) &&
    !toks.some((t) => ARMED.test(t.lower));
  for (let k = 0; k < toks.length; k++) {
    if (extra.has(k)) {
      out.push({ token: k, cls: CUE_WORDS.get(toks[k]!.lower)?.cls ?? 'attack', means: null });
      continue;
    }
    const t = toks[k]!;
    let cw = phraseAt(toks, k) ?? CUE_WORDS.get(t.lower);
    if (!cw) continue;
    const prev = toks[k - 1]?.lower ?? '';
    const next = toks[k + 1]?.lower ?? '';
    // "air strike", "air raid": one cue of air means.
    if (/^(air|aerial)$/.test(prev) && cw.cls !== 'weak')
      cw = { ...cw, cls: 'strike', means: 'air' };
    if (cw.ambiguous && (!conflict || otherSense)) continue;
    if (
      (OTHER_SENSE_BEFORE.test(prev) && !(warArticle && SPORT_BEFORE.test(prev))) ||
      OTHER_SENSE_AFTER.test(next)
    )
      continue;
    if (/^(fired|launched|destroyed|damaged|damage|wrecked|aimed)$/.test(t.lower)) {
      // "rockets fired at", "fired rockets", "launched drones at"; not "fired the manager".
      // Damage right after a sentence that names the weapons ("Missiles also hit
      // populated areas. A school in Gedera was badly damaged") or an event it could
      // not place ("said it had struck enemy bases. ... damage at air stations in X")
      // is theirs.
      const armed = namesWeapon(toks.slice(Math.max(0, k - 3), k + 6));
      if (!armed && !(weaponBefore && /^(destroyed|damaged|damage|wrecked)$/.test(t.lower)))
        continue;
    }
    // "to storm the town": the verb; "the storm in the north", "Storm Ciarán": the weather.
    if (t.lower === 'storm' && !/^(the|a|an|into|its|their)$/.test(next)) continue;
    // "the gang killed 100 people in", "killed when part of a missile fell": a death
    // is an event's when a weapon or an armed group is named beside it.
    if (/^(killed|killing|kills|stabbed|hacked|neutralised|neutralized)$/.test(t.lower)) {
      const near = toks.slice(Math.max(0, k - 8), k + 10).map((x) => x.lower);
      if (!near.some((x) => ARMED.test(x) || KILLERS.test(x))) continue;
    }
    if (unreal(toks, k)) continue;
    out.push({ token: k, cls: cw.cls, means: cw.means ?? null });
  }
  return out;
}

const meansOf = (t: Token | undefined, next?: Token): Means | null => {
  if (!t) return null;
  // "air base", "air defence": a place or a shield, not the means.
  if (
    t.lower === 'air' &&
    /^(base|bases|port|field|defence|defense|defences|defenses|space)$/.test(next?.lower ?? '')
  )
    return null;
  for (const [re, m] of MEANS_WORDS) if (re.test(t.lower)) return m;
  return null;
};

/**
 * The means of a cue: a weapon named just before it ("a drone strike", "missiles
 * hit", "suicide bombers struck"), or after it where the sentence says so ("fired
 * rockets", "struck by drones", "attacked with grenades"), else the cue word's own
 * (airstrike: air, stormed: ground). Words after a cue are otherwise its target
 * ("an attack on a police helicopter"), not its means.
 */
export function meansNear(toks: readonly Token[], hit: CueHit): Means | null {
  const k = hit.token;
  if (hit.means === 'air' || hit.means === 'artillery') return hit.means;
  const found: Means[] = [];
  for (let j = k - 1; j >= Math.max(0, k - 4) && !/[.;:!?,]/.test(toks[j]!.gap); j--) {
    const m = meansOf(toks[j], toks[j + 1]);
    if (m) found.push(m);
  }
  // "fired two missiles", "came under missile fire": the means follows the cue.
  const launching =
    /^(fired|fires|firing|launched|launching|dropped|using|with|by)$/.test(toks[k]!.lower) ||
    toks[k + 1]?.lower === 'under';
  if (!found.length)
    for (
      let j = k + 1;
      j <= Math.min(toks.length - 1, k + 5) && !/[.;:!?,]/.test(toks[j - 1]!.gap);
      j++
    ) {
      if (/^(by|with|using)$/.test(toks[j]!.lower) || launching) {
        for (let i = j; i <= Math.min(toks.length - 1, j + 4); i++) {
          const m = meansOf(toks[i], toks[i + 1]);
          if (m) found.push(m);
        }
        break;
      }
    }
  // "missiles and rockets", "drone and missile attacks": the weapons of armed groups first.
  for (const m of MEANS_PRIORITY) if (found.includes(m)) return m;
  return hit.means;
}

const MEANS_PRIORITY: Means[] = [
  'bombing',
  'gunfire',
  'rocket',
  'drone',
  'missile',
  'artillery',
  'air',
  'naval',
  'ground',
];
