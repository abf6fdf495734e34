// The contract between geo/ (the geoparser) and src/ (the map).
// Everything the front end knows about an event comes through these types.
import type { BBox, Feature, FeatureCollection, Point } from 'geojson';

/** What happened at a place, according to the article. */
export type EventKind = 'strike' | 'attack' | 'mention';

/**
 * How exactly the point stands for the place:
 * `site` (an air base, an airport), `city` (a town or city),
 * `region` (a province, a territory), `country`, `water` (a sea, a gulf).
 * Region, country and water points are representative points, not locations.
 */
export type Precision = 'site' | 'city' | 'region' | 'country' | 'water';

/**
 * How a strike or attack was carried out, when the article says: `air` (warplanes,
 * air strikes), `drone`, `missile`, `artillery` (shelling, mortars), `rocket`,
 * `ground` (a raid, an assault, a capture), `bombing` (a car bomb, a suicide bomber,
 * an explosive device), `gunfire`, `naval`.
 */
export const MEANS = [
  'air',
  'drone',
  'missile',
  'artillery',
  'rocket',
  'ground',
  'bombing',
  'gunfire',
  'naval',
] as const;
export type Means = (typeof MEANS)[number];

/**
 * How exactly `date` dates an event: `day`; `week` (date is its Monday: "last
 * week"); `month` (its first day: "earlier this month"); `year` (January 1:
 * "in 2019", "last year's attack": background that a timeline leaves out).
 */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface EventProperties {
  /** Stable across runs for the same article: derived from gazetteer id and kind. */
  id: string;
  kind: EventKind;
  /** The place as written in the article (first mention). */
  place: string;
  /** The gazetteer's name for the place. */
  name: string;
  /** ISO 3166-1 alpha-2, null for seas and other places outside any country. */
  country: string | null;
  precision: Precision;
  /** Source and id, e.g. `geonames:92138`, `ourairports:ORAA`, `supplement:red-sea`. */
  gazetteer: string;
  /** Who carried out the strike or attack, when the article says; null otherwise. */
  actor: string | null;
  /** How, when the article says (null for mentions and when it does not). Optional in files written before it existed. */
  means?: Means | null;
  /**
   * When the strike or attack happened (YYYY-MM-DD, see `datePrecision`), from a date
   * expression in its own sentence ("on Tuesday", "on Jan. 12", "earlier this
   * month") resolved against the article's date; null when the sentence dates it
   * not, or dates it relatively and the article's date is unknown. Absent on
   * mentions, and in files written before it existed.
   */
  date?: string | null;
  /** How exactly `date` dates the event; null when `date` is. */
  datePrecision?: DatePrecision | null;
  /** [start, end) of the date expression in the article, when `date` is set. */
  dateSpan?: [number, number];
  /** The article's sentence(s) about this event, verbatim. */
  excerpt: string;
  /** Offset of the excerpt's first character in the article (UTF-16 code units). */
  excerptStart: number;
  /** [start, end) offsets of every mention of this place for this event, in the article. */
  spans: [number, number][];
  /**
   * 0..1. For a strike or attack: how likely it is that the event happened at this
   * point, both choices together (the place among its namesakes, and that it is the
   * event's place), calibrated on the dev set (geo/bench/README.md): of events with
   * confidence 0.9, about 9 in 10 are right. For a mention: the resolver's confidence.
   */
  confidence: number;
  /** Why an editor should check this event; absent when nothing stands out. */
  review?: ReviewReason[];
  /**
   * Hand corrections made in the article workbench (src/workbench/), absent when
   * the event is the geoparser's own: `place` (another gazetteer candidate chosen),
   * `kind` (kind changed), `position` (marker dragged: the point is no longer the
   * gazetteer's), `added` (a place the geoparser missed, added by hand), `actor`,
   * `means`, `date` (changed by hand), `excerpt` (another sentence of the article
   * chosen: still verbatim, with its offset). The id stays the one the event was
   * created with.
   */
  edited?: EditMark[];
  /** The article the event comes from, in a collection of many (`npm run geocode -- a.txt b.txt`, `--ndjson`). */
  source?: EventSource;
  /**
   * Every article that reports the event, with its excerpt, when several do (the
   * same place, kind and date): `source` is the first of them.
   */
  sources?: (EventSource & { excerpt: string })[];
}

/** An article of a collection: its id (a file's path, an NDJSON line's `id`), title, URL and date. */
export interface EventSource {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
}

/**
 * `low-confidence`: confidence below 0.6; `ambiguous-place`: the place's namesakes
 * score close to each other; `actor-unknown`: the actor is not named, or not known
 * as a state's forces or an armed group, so the kind comes from the means and the
 * cue word alone; `container-fallback`: the gazetteer lacks the place, and the
 * marker stands at the town or region the article names around it (`place` is the
 * name as written, `name` the container's, precision `region`).
 */
export const REVIEW_REASONS = [
  'low-confidence',
  'ambiguous-place',
  'actor-unknown',
  'container-fallback',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** The kinds of hand correction (see `EventProperties.edited`). */
export const EDIT_MARKS = [
  'place',
  'kind',
  'position',
  'added',
  'actor',
  'means',
  'date',
  'excerpt',
] as const;
/** One kind of hand correction (see `EventProperties.edited`). */
export type EditMark = (typeof EDIT_MARKS)[number];

/** One marker. `bbox` (RFC 7946) is set for region, country and water events. */
export type EventFeature = Feature<Point, EventProperties> & { bbox?: BBox };

/**
 * A strike or attack the geoparser could not place: a place the gazetteer does not
 * hold (a village, a neighbourhood), or one whose only candidates are namesakes far
 * from the article's other places. Not drawn; kept with its sentence so the editor
 * can place it.
 */
export interface UnresolvedEvent {
  kind: 'strike' | 'attack';
  /** The place as written. */
  place: string;
  actor: string | null;
  means: Means | null;
  excerpt: string;
  excerptStart: number;
  spans: [number, number][];
}

/**
 * A sentence with a strike or attack cue ("shelled", "a drone attack") from which
 * no event came: no place is named in it, or none the geoparser could read. Listed
 * for the editor ("Possible event, no place found"), never drawn.
 */
export interface PossibleEvent {
  kind: 'strike' | 'attack';
  actor: string | null;
  means: Means | null;
  /** The sentence, verbatim. */
  excerpt: string;
  excerptStart: number;
  /** [start, end) of the cue word in the article. */
  cue: [number, number];
}

export type ArticleDateSource = 'given' | 'metadata' | 'dateline';

/** The geoparser's output: RFC 7946 with foreign members describing the article. */
export interface EventCollection extends FeatureCollection<Point, EventProperties> {
  features: EventFeature[];
  /** How many articles a collection of many was made from (absent for one article). */
  articles?: number;
  /** Strikes and attacks that could not be placed (absent when none). */
  unresolved?: UnresolvedEvent[];
  /** Sentences with a strike or attack cue and no event (the workbench's; absent when none). */
  possible?: PossibleEvent[];
  article?: {
    title: string | null;
    characters: number;
    /**
     * Where the article was published (an http or https URL), when known: the
     * workbench's Publish form sets it. The map's source in its downloads.
     */
    url?: string;
    /** The article's date (YYYY-MM-DD), which relative event dates are resolved against. */
    date?: string;
    /**
     * Where `date` came from: `given` (the caller's, e.g. the CLI's `--date`),
     * `metadata` (the HTML's `article:published_time` or `datePublished`), `dateline`
     * ("KYIV, Jan 24 (Reuters) -"). Absent with `date`.
     */
    dateSource?: ArticleDateSource;
    /**
     * The article as given to the geoparser (markup included, if any): every
     * `excerptStart` and `spans` offset indexes into it (UTF-16 code units).
     */
    text?: string;
  };
  /**
   * How the map is published, as the workbench's Publish form set it (its
   * GeoJSON download): the heading, the line under it and the source line. The
   * map page's validator leaves it out (the embed takes these from its URL).
   */
  map?: MapMeta;
}

/** A published map's texts (EventCollection `map`); each absent when not set. */
export interface MapMeta {
  title?: string;
  subtitle?: string;
  source?: string;
}
