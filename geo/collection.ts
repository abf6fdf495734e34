// Many articles, one FeatureCollection: each article's events carry its `source`,
// and the same strike or attack reported by several articles (same gazetteer
// place, kind and date) becomes one feature that lists every source with its
// excerpt. Undated events are never merged (nothing says two are one), mentions
// are merged by place. Only the features are kept, not the articles' text, so a
// stream of articles holds memory for its distinct events alone. Pure.
import type { EventCollection, EventFeature, EventSource } from './types.ts';
import { slug } from './geojson.ts';

type Sourced = EventSource & { excerpt: string };

export class CollectionBuilder {
  private readonly features = new Map<string, EventFeature>();
  private readonly ids = new Set<string>();
  private articles = 0;

  /**
   * Adds one article's events under `source`. Returns each event's id in the
   * collection, by its id in `fc` (an event merged into one already held has that one's).
   */
  add(fc: EventCollection, source: EventSource): Map<string, string> {
    this.articles++;
    const ids = new Map<string, string>();
    for (const f of fc.features) {
      const p = f.properties;
      const id =
        p.kind === 'mention' ? p.id : p.date ? `${p.id}-${p.date}` : `${p.id}-${slug(source.id)}`;
      ids.set(p.id, this.put(f, id, source, [{ ...source, excerpt: p.excerpt }]));
    }
    return ids;
  }

  /**
   * Holds a collection as it is (the workbench's map so far): its features keep
   * their ids and are never merged with each other, only with events added later.
   * A feature without `source` takes `fallback`.
   */
  keep(fc: EventCollection, fallback: EventSource): void {
    this.articles += fc.articles ?? 1;
    for (const f of fc.features) {
      const p = f.properties;
      const source = p.source ?? fallback;
      this.put(f, p.id, source, p.sources ?? [{ ...source, excerpt: p.excerpt }], false);
    }
  }

  /**
   * Adds a collection written by another builder (another process's share of an
   * archive, `--merge`), its events with their sources. A feature without
   * `source` (one article's output) takes `fallback` as its source.
   */
  merge(fc: EventCollection, fallback: EventSource): void {
    this.articles += fc.articles ?? 1;
    for (const f of fc.features) {
      const p = f.properties;
      const source = p.source ?? fallback;
      this.put(f, p.id, source, p.sources ?? [{ ...source, excerpt: p.excerpt }]);
    }
  }

  /**
   * The feature `f` under `id` (made unique), or its sources added to the same
   * event already held (unless not `merging`); returns the id it is held under.
   */
  private put(
    f: EventFeature,
    id: string,
    source: EventSource,
    sources: Sourced[],
    merging = true,
  ): string {
    const p = f.properties;
    const key =
      p.kind === 'mention'
        ? `${p.gazetteer}|mention`
        : p.date
          ? `${p.gazetteer}|${p.kind}|${p.date}|${p.datePrecision}`
          : null;
    const seen = key ? this.features.get(key) : undefined;
    if (seen && merging) {
      const q = seen.properties;
      for (const s of sources) if (!q.sources!.some((t) => t.id === s.id)) q.sources!.push(s);
      q.confidence = Math.max(q.confidence, p.confidence);
      q.actor ??= p.actor;
      return q.id;
    }
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}~${n}`;
    this.ids.add(unique);
    const copy: EventFeature = {
      ...f,
      id: unique,
      properties: { ...p, id: unique, source, sources: [...sources] },
    };
    this.features.set(key && !seen ? key : `#${unique}`, copy);
    return unique;
  }

  /** The collection so far: strikes and attacks first, then mentions, each in the order first seen. */
  result(): EventCollection {
    const all = [...this.features.values()];
    const order = { strike: 0, attack: 0, mention: 1 } as const;
    const features = all
      .map((f, i) => ({ f, i }))
      .sort((a, b) => order[a.f.properties.kind] - order[b.f.properties.kind] || a.i - b.i)
      .map(({ f }) => {
        // One source needs no list: `source` says it.
        if (f.properties.sources!.length < 2) {
          const { sources: _s, ...rest } = f.properties;
          void _s;
          return { ...f, properties: rest };
        }
        return f;
      });
    return { type: 'FeatureCollection', features, articles: this.articles };
  }
}

/**
 * The workbench's map `fc` with one more article's events (`next`, from
 * `source`) merged in as the CLI merges articles: the same place, kind and date
 * become one feature listing both sources. The features of `fc` keep their ids
 * (without a `source`, they take `first`); its other members (the article, the
 * places not on the map) stay. `ids` gives each of `next`'s events its id in the
 * result.
 */
export function appendArticle(
  fc: EventCollection,
  first: EventSource,
  next: EventCollection,
  source: EventSource,
): { collection: EventCollection; ids: Map<string, string> } {
  const b = new CollectionBuilder();
  b.keep(fc, first);
  const ids = b.add(next, source);
  const r = b.result();
  // As the workbench holds events (the validator's shape): the id in the properties alone.
  const features = r.features.map(({ id: _id, ...f }) => (void _id, f));
  return { collection: { ...fc, ...r, features }, ids };
}
