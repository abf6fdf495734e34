// Many articles, one FeatureCollection: each article's events carry its `source`,
// and the same strike or attack reported by several articles (same gazetteer
// place, kind and date) becomes one feature that lists every source with its
// excerpt. Undated events are never merged (nothing says two are one), mentions
// are merged by place. Only the features are kept, not the articles' text, so a
// stream of articles holds memory for its distinct events alone. Pure.
import type { EventCollection, EventFeature, EventSource } from './types.ts';
import { slug } from './geojson.ts';

export class CollectionBuilder {
  private readonly features = new Map<string, EventFeature>();
  private readonly ids = new Set<string>();
  private articles = 0;

  /** Adds one article's events under `source`. */
  add(fc: EventCollection, source: EventSource): void {
    this.articles++;
    for (const f of fc.features) {
      const p = f.properties;
      const dated = p.kind !== 'mention' && p.date;
      const key =
        p.kind === 'mention'
          ? `${p.gazetteer}|mention`
          : dated
            ? `${p.gazetteer}|${p.kind}|${p.date}|${p.datePrecision}`
            : null;
      const mine = { ...source, excerpt: p.excerpt };
      const seen = key ? this.features.get(key) : undefined;
      if (seen) {
        const q = seen.properties;
        if (!q.sources!.some((s) => s.id === source.id)) q.sources!.push(mine);
        q.confidence = Math.max(q.confidence, p.confidence);
        q.actor ??= p.actor;
        continue;
      }
      let id = dated
        ? `${p.id}-${p.date}`
        : p.kind === 'mention'
          ? p.id
          : `${p.id}-${slug(source.id)}`;
      for (let n = 2; this.ids.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
      this.ids.add(id);
      const copy: EventFeature = {
        ...f,
        id,
        properties: { ...p, id, source, sources: [mine] },
      };
      this.features.set(key ?? `#${id}`, copy);
    }
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
