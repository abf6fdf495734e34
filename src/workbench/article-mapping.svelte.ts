// Mapping the article field's text: in place of the map ("Map it") or as one
// more article in it ("Add to this map"). The geoparser runs in its worker; a
// run whose result arrives after a newer one started is ignored; when the
// gazetteer did not load, "Try again" maps again (`retry`). What a run says is
// kept here: the input's problem, the notice and (for the live region) the
// announcement. Made while the page's component is set up.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { parseEventCollection } from '../map/data.ts';
import type { Desk } from './desk.svelte.ts';
import type { GazetteerLoad } from './gazetteer-load.svelte.ts';
import { inputProblem } from './input.ts';

export interface ArticleMappingOptions {
  /** Measurements for the browser tests and `npm run bench` (window.__workbench). */
  hook: Record<string, unknown>;
  onannounce: (text: string) => void;
  /** The events are on the desk: the map is fitted to them; resolves with the map drawing them, if any. */
  onmapped: () => Promise<MapLibreMap | null>;
}

export class ArticleMapping {
  /** An article is being mapped. */
  busy = $state(false);
  /** Why the text cannot be mapped (or was not), or null. */
  problem = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** The last run failed because the gazetteer did not load: "Try again" maps again (`adding` as it was). */
  retry = $state<{ adding: boolean } | null>(null);
  /** From "Map it" to the map drawn, the last time (ms). */
  lastMs = $state<number | null>(null);
  /** Each run's number: a run whose result arrives after a newer one started is ignored. */
  private run = 0;

  constructor(
    private readonly desk: Desk,
    private readonly gazetteer: GazetteerLoad,
    private readonly o: ArticleMappingOptions,
  ) {}

  /** Maps the field's text: in place of the map, or (`adding`, "Add to this map") as one more article in it. */
  async map(adding = false): Promise<void> {
    const { desk, hook } = { desk: this.desk, hook: this.o.hook };
    desk.confirming = false;
    const input = desk.text;
    const why = inputProblem(input);
    if (why) {
      this.problem = why;
      return;
    }
    this.problem = null;
    this.notice = null;
    this.busy = true;
    const mine = ++this.run;
    const t0 = performance.now();
    this.retry = null;
    try {
      try {
        await this.gazetteer.ready();
      } catch {
        // The gazetteer's own message (with "Try again") says what failed; the text and the work stay.
        if (mine === this.run) this.retry = { adding };
        return;
      }
      const r = await this.gazetteer.geoparser.geoparse(input);
      if (mine !== this.run) return; // a newer run replaced this one
      hook.geoparseMs = r.ms;
      hook.characters = input.length;
      // The same validator as a loaded file (and a restored session): what is shown,
      // exported and restored after a reload is one and the same shape.
      if (!(adding && desk.append(parseEventCollection(r.collection), r.candidates)))
        desk.mapped(parseEventCollection(r.collection), r.candidates);
      const n = r.collection.features.length;
      this.notice = n
        ? null
        : 'No places found in this text. Add them by hand below, or check that it is the article.';
      this.o.onannounce(`${adding ? 'Added' : 'Mapped'} ${n} place${n === 1 ? '' : 's'}.`);
      const m = await this.o.onmapped();
      if (m) {
        m.once('idle', () => {
          this.lastMs = Math.round(performance.now() - t0);
          hook.mapMs = this.lastMs;
        });
        m.triggerRepaint();
      }
    } catch (e) {
      if (mine === this.run)
        this.problem = `The article could not be mapped: ${(e as Error).message}`;
    } finally {
      if (mine === this.run) this.busy = false;
    }
  }
}
