// The page's side of the geoparser worker: promises for load, geoparse and search.
import type { Candidate, CandidateTable, WorkerReply, WorkerRequest } from './protocol.ts';
import type { EventCollection } from '../../geo/types.ts';

export interface GazetteerStats {
  fetchMs: number;
  parseMs: number;
  bytes: number;
  transferBytes: number | null;
  places: number;
  actors: string[];
}

export interface Geoparsed {
  collection: EventCollection;
  candidates: CandidateTable;
  ms: number;
}

export class Geoparser {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<
    number,
    { resolve: (v: never) => void; reject: (e: Error) => void }
  >();
  private loading: Promise<GazetteerStats> | null = null;
  private loaded: ((s: GazetteerStats) => void) | null = null;
  private failed: ((e: Error) => void) | null = null;

  constructor(private readonly onprogress: (loaded: number, total: number | null) => void) {
    this.worker = new Worker(new URL('./geoparse.worker.ts', import.meta.url), {
      type: 'module',
      name: 'geoparser',
    });
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      const err = new Error(`The geoparser stopped: ${e.message || 'worker error'}`);
      this.failed?.(err);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
  }

  private send(m: WorkerRequest): void {
    this.worker.postMessage(m);
  }

  private receive(m: WorkerReply): void {
    switch (m.type) {
      case 'progress':
        this.onprogress(m.loaded, m.total);
        return;
      case 'ready': {
        const { type: _t, ...stats } = m;
        void _t;
        this.loaded?.(stats);
        return;
      }
      case 'load-error':
        this.failed?.(new Error(m.message));
        return;
      case 'geoparsed':
        this.settle(m.id, { collection: m.collection, candidates: m.candidates, ms: m.ms });
        return;
      case 'geoparse-error':
        this.settle(m.id, undefined, new Error(m.message));
        return;
      case 'found':
        this.settle(m.id, m.places);
        return;
      case 'places-set':
        this.settle(m.id, { count: m.count, problems: m.problems });
    }
  }

  private settle(id: number, value: unknown, error?: Error): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (error) p.reject(error);
    else p.resolve(value as never);
  }

  /** Fetches and decodes the gazetteer once (again after a failure). */
  load(url: string, stallMs?: number): Promise<GazetteerStats> {
    this.loading ??= new Promise<GazetteerStats>((resolve, reject) => {
      this.loaded = resolve;
      this.failed = (e) => {
        this.loading = null;
        reject(e);
      };
      this.send({ type: 'load', url, ...(stallMs !== undefined && { stallMs }) });
    });
    return this.loading;
  }

  private request<T>(m: WorkerRequest & { id: number }): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(m.id, { resolve: resolve as (v: never) => void, reject });
      this.send(m);
    });
  }

  geoparse(text: string): Promise<Geoparsed> {
    return this.placesFirst.then(() => this.request({ type: 'geoparse', id: this.next++, text }));
  }

  search(query: string): Promise<Candidate[]> {
    return this.placesFirst.then(() => this.request({ type: 'search', id: this.next++, query }));
  }

  /** Settles once the last places sent are in use: geoparse and search wait for it. */
  private placesFirst: Promise<unknown> = Promise.resolve();

  /**
   * The newsroom's places (the GeoJSON of geo/gazetteer/extra-places.ts), or a promise of
   * them (read from the browser's store), for every later geoparse and search, ahead of
   * the gazetteer: a geoparse asked for meanwhile waits until the worker has them.
   */
  setPlaces(collection: unknown): Promise<{ count: number; problems: string[] }> {
    const sent = Promise.resolve(collection).then((c) =>
      this.request<{ count: number; problems: string[] }>({
        type: 'places',
        id: this.next++,
        collection: c,
      }),
    );
    this.placesFirst = sent.catch(() => undefined);
    return sent;
  }

  terminate(): void {
    this.worker.terminate();
  }
}
