// The weights of toponym resolution (geo/resolve.ts), by name: each is one piece of
// evidence for a candidate place, and a candidate's score is their sum. Named so a
// score can be explained ("own name +0.3, country named +2.0, container +2.5") and
// each weight found, changed and measured on the train splits (geo/bench/README.md).
// Pure data.

/** Evidence for a candidate, added to its score (negative: against it). */
export const W = {
  /** The mention is the place's own name, not one of its alternate names. */
  ownName: 0.3,
  /** "US", "UK", "U.S.": an all-capital abbreviation names a country. */
  abbreviation: 3,
  /** The country's share of the article's country evidence (times this, at most once). */
  countryEvidence: 1.5,
  /** The country is named or implied at all. */
  countryNamed: 0.5,
  /** A small place in a country the article never names, while it names others. */
  unnamedCountry: -0.4,
  /** Another place of the sentence is in the same country. */
  sameCountryNeighbour: 0.6,
  /** The sentence's other places are elsewhere, and this small place's country is unnamed. */
  otherCountrySmall: -0.8,
  /** The sentence's other places are elsewhere. */
  otherCountry: -0.3,
  /** A stated container is the place's country ("X, Syria"). */
  containerCountry: 2,
  /** A stated container is the place's first-level region ("X in Anbar province"). */
  containerAdmin1: 2.5,
  /** A stated container is a region or sea near the place (RESOLVE_KM.containerRegion). */
  containerRegionNear: 2,
  /** A stated container is a town near the place (RESOLVE_KM.containerTown). */
  containerTown: 1.5,
  /** A list mate resolved surely nearby ("around Qamishli, Amuda and Derik"). */
  listMate: 1,
  /** The nearest other place chosen: this much at 0 km, decaying over RESOLVE_KM.proximityScale. */
  proximity: 1.5,
} as const;

/** Distances (km) the evidence above is measured against. */
export const RESOLVE_KM = {
  containerRegion: 250,
  containerTown: 100,
  proximityScale: 800,
  /** Another place chosen this close is local support for a namesake. */
  local: 200,
  /** How far list mates may lie apart. */
  list: 300,
} as const;

/** The named parts a candidate's score is made of (`prior`: size and type; `kind`: the feature word). */
export type ScorePart =
  | 'prior'
  | 'kind'
  | 'ownName'
  | 'abbreviation'
  | 'country'
  | 'unnamedCountry'
  | 'otherCountry'
  | 'container'
  | 'listMate'
  | 'proximity';
