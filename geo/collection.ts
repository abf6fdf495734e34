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

  /** Adds one article's events under `source`. */
  add(fc: EventCollection, source: EventSource): void {
    this.articles++;
    for (const f of fc.features) {
      const p = f.properties;
      const id =
        p.kind === 'mention' ? p.id : p.date ? `${p.id}-${p.date}` : `${p.id}-${slug(source.id)}`;
      this.put(f, id, source, [{ ...source, excerpt: p.excerpt }]);
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

  /** The feature `f` under `id` (made unique), or its sources added to the same event already held. */
  private put(f: EventFeature, id: string, source: EventSource, sources: Sourced[]): void {
    const p = f.properties;
    const key =
      p.kind === 'mention'
        ? `${p.gazetteer}|mention`
        : p.date
          ? `${p.gazetteer}|${p.kind}|${p.date}|${p.datePrecision}`
          : null;
    const seen = key ? this.features.get(key) : undefined;
    if (seen) {
      const q = seen.properties;
      for (const s of sources) if (!q.sources!.some((t) => t.id === s.id)) q.sources!.push(s);
      q.confidence = Math.max(q.confidence, p.confidence);
      q.actor ??= p.actor;
      return;
    }
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}~${n}`;
    this.ids.add(unique);
    const copy: EventFeature = {
      ...f,
      id: unique,
      properties: { ...p, id: unique, source, sources: [...sources] },
    };
    this.features.set(key ?? `#${unique}`, copy);
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
