// What the map tells the page once it has settled, not on each of its frames:
// the reader's position (the URL hash, MapView's onmove) and, with `?tiles=`, the
// events in view (the list, MapView's onview). A continuous move (a pan by
// script every frame, a drag) ends, and the map goes idle, between its frames;
// each position told rewrites the URL hash (history.replaceState, which browsers
// throttle), each view told the list. So each is told SETTLED_MS after an idle
// with no move started since. src/lib/MapView.svelte drives these from the map's
// movestart, moveend and idle events. Pure apart from timers: unit-tested with
// fake ones (tests/unit/settled.test.ts).
import type { EventFeature } from '../../geo/types.ts';

/** How long the map stays idle, with no move, before it counts as settled. */
export const SETTLED_MS = 250;

/** The position at the last move's end, told (once) when the map has settled. */
export class SettledMove<P> {
  /** The position not yet told, if any (a box: the position itself may be null). */
  private pending: { position: P } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly tell: (position: P) => void) {}

  /** A move ended here (moveend): told once the map has settled. */
  moved(position: P): void {
    this.pending = { position };
  }

  /** The map is idle (idle): the position not yet told is told SETTLED_MS from now. */
  idle(): void {
    if (this.pending === null) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SETTLED_MS);
  }

  /** A move started (movestart): not settled after all; the position waits for the next idle. */
  cancel(): void {
    clearTimeout(this.timer);
  }

  /** The position not yet told, now (leaving the page: the URL keeps the last one). */
  flush(): void {
    clearTimeout(this.timer);
    if (this.pending === null) return;
    const { position } = this.pending;
    this.pending = null;
    this.tell(position);
  }

  /** Forgets the position not yet told (Back or Forward: it was the entry left's). */
  drop(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }
}

/** What the map shows of the events: those drawn alone, and how many are in its clusters. */
export interface InView {
  features: EventFeature[];
  clustered: number;
}

/**
 * The events in view, told at the first idle, then SETTLED_MS after each idle
 * with no move since, and only when they changed (their ids or the count in
 * clusters).
 */
export class SettledView {
  /** The view last told, as a key; '' before the first. */
  private told = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** Reads what is in view now. */
    private readonly look: () => InView,
    private readonly tell: (features: EventFeature[], clustered: number) => void,
  ) {}

  /** The map is idle (idle). */
  idle(): void {
    if (this.told === '') {
      this.tellNow();
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tellNow(), SETTLED_MS);
  }

  /** A move started (movestart), or the map is removed: nothing is told for the last idle. */
  cancel(): void {
    clearTimeout(this.timer);
  }

  private tellNow(): void {
    const { features, clustered } = this.look();
    const key = `${clustered}:${features.map((f) => f.properties.id).join('\n')}`;
    if (key === this.told) return;
    this.told = key;
    this.tell(features, clustered);
  }
}
