// The gazetteer as the geoparser sees it. Built by geo/gazetteer/build.ts,
// decoded by geo/gazetteer/load.ts (pure: bytes in, Gazetteer out).
import type { Precision } from '../types.ts';

export interface Place {
  /**
   * Source and id: `geonames:92138`, `ourairports:ORAA`, `country:IQ`, `supplement:red-sea`;
   * `newsroom:camp-x` for a newsroom's own place (overlay.ts).
   */
  id: string;
  /** Preferred (English) name. */
  name: string;
  lat: number;
  lon: number;
  /** What kind of place; becomes the event's precision. */
  type: Precision;
  /** GeoNames feature code (PPLC, PPLA, PPL, ADM1, PCLI ...) or AIRPORT, AIRBASE, SEA, GULF, STRAIT, TERRITORY, NEWSROOM. */
  code: string;
  /** ISO 3166-1 alpha-2, null for international waters. */
  country: string | null;
  /** First-level region (province, governorate, oblast) name, when known. */
  admin1: string | null;
  population: number;
  /** [west, south, east, north] for areas (regions, countries, waters). */
  bbox?: [number, number, number, number];
}

export interface Gazetteer {
  /** Every place whose name or alternate name has this key (see nameKey in geo/normalise.ts). */
  lookup(key: string): readonly Place[];
  /** The most words any indexed name has, so the mention finder knows how far to look. */
  readonly maxWords: number;
  /** Country place by ISO alpha-2 code. */
  country(code: string): Place | undefined;
  /** ISO alpha-2 code for a demonym or adjective key ("iraqi", "syrian", "ukrainian"). */
  demonym(key: string): string | undefined;
  /** Number of places. */
  readonly size: number;
}
