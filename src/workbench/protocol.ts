// Messages between the workbench page and its geoparser worker
// (geoparse.worker.ts). Plain data only: everything crosses postMessage.
import type { EventCollection, Precision } from '../../geo/types.ts';

/** One gazetteer place a mention could stand for, as the review panel shows it. */
export interface Candidate {
  /** Gazetteer id, e.g. `geonames:92138`. */
  gazetteer: string;
  name: string;
  country: string | null;
  /** First-level region name, when known. */
  admin1: string | null;
  precision: Precision;
  /** GeoNames feature code (PPLC, ADM1 ...) or AIRPORT, SEA ... */
  code: string;
  population: number;
  lon: number;
  lat: number;
  bbox?: [number, number, number, number];
  /** The resolver's share of belief in this candidate (0..1); null for search results. */
  share: number | null;
  /**
   * How likely this place is, against the event's other candidates, by the
   * resolver's scores: the likelihoods of an event's candidates sum to 1.
   * Absent for search results and places added by hand.
   */
  likelihood?: number;
}

/** Candidates by event id: best first; the event's current place is one of them. */
export type CandidateTable = Record<string, Candidate[]>;

export type WorkerRequest =
  | {
      type: 'load';
      url: string;
      /** No bytes for this long aborts the download (default STALL_MS, 15 s; tests shorten it). */
      stallMs?: number;
    }
  | { type: 'geoparse'; id: number; text: string }
  | { type: 'search'; id: number; query: string }
  /**
   * The newsroom's own places (geo/gazetteer/extra-places.ts, its GeoJSON format): every
   * later geoparse and search uses them ahead of the gazetteer. Replaces the last set.
   */
  | { type: 'places'; id: number; collection: unknown };

export type WorkerReply =
  | { type: 'progress'; loaded: number; total: number | null }
  | {
      type: 'ready';
      /** Fetch of the gazetteer body, ms. */
      fetchMs: number;
      /** Decoding it into the in-memory index, ms. */
      parseMs: number;
      /** Bytes of the (decoded) body. */
      bytes: number;
      /** Bytes on the wire, when the browser reports them (resource timing). */
      transferBytes: number | null;
      places: number;
      /** The actor table's names, for the editor's suggestions. */
      actors: string[];
    }
  | { type: 'load-error'; message: string }
  | {
      type: 'geoparsed';
      id: number;
      collection: EventCollection;
      candidates: CandidateTable;
      /** Time spent geoparsing in the worker, ms. */
      ms: number;
    }
  | { type: 'geoparse-error'; id: number; message: string }
  | { type: 'found'; id: number; query: string; places: Candidate[] }
  /** The newsroom places now in use, and the problems of those left out. */
  | { type: 'places-set'; id: number; count: number; problems: string[] };
