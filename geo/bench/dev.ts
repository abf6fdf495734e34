// The dev set (geo/dev/<slug>/article.txt + truth.json, our own articles, see
// geo/bench/README.md): event-place recall and precision, kind accuracy, and the
// strikes and attacks drawn in articles with no armed conflict.
// A labelled event place is found when a strike or attack feature stands within its
// radius; a strike or attack feature is right when it stands within the radius of
// a labelled event place. `optional` places count in neither direction.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../gazetteer/types.ts';
import { analyse, collectionOf } from '../geoparse.ts';
import type { LinearModel } from '../linear.ts';
import { distanceKm } from '../resolve.ts';
import type { EventFeature } from '../types.ts';

export const DEV_DIR = 'geo/dev';

interface Labelled {
  place: string;
  kind?: 'strike' | 'attack';
  lat: number;
  lon: number;
  radiusKm: number;
  /** Where the point comes from: a gazetteer id, or "not in gazetteer: ..." and the public source. */
  source?: string;
}

/** Whether the gazetteer holds the labelled place itself (not only a container of it). */
const held = (l: Labelled) => !/^not in gazetteer/.test(l.source ?? '');

export interface Truth {
  title: string;
  date: string;
  conflict: boolean;
  events: Labelled[];
  optional: Labelled[];
}

export interface DevArticle {
  slug: string;
  text: string;
  truth: Truth;
}

export function devArticles(dir = DEV_DIR): DevArticle[] {
  return readdirSync(dir)
    .sort()
    .map((slug) => ({
      slug,
      text: readFileSync(join(dir, slug, 'article.txt'), 'utf8'),
      truth: JSON.parse(readFileSync(join(dir, slug, 'truth.json'), 'utf8')) as Truth,
    }));
}

const near = (f: EventFeature, l: Labelled) =>
  distanceKm(f.geometry.coordinates[1]!, f.geometry.coordinates[0]!, l.lat, l.lon) <= l.radiusKm;

export interface DevScore {
  events: number;
  found: number;
  /** Event places the gazetteer holds, and how many of them were found. */
  held: number;
  heldFound: number;
  kindRight: number;
  predicted: number;
  right: number;
  /** Strike and attack features in the articles with no armed conflict. */
  inNonConflict: number;
  /** Per article: what was missed and what was wrong. */
  misses: { slug: string; missed: string[]; wrong: string[]; kind: string[] }[];
}

/** The models to score with (the shipped ones by default; the trainer passes its own). */
export interface DevModels {
  attach?: LinearModel;
  unknown?: LinearModel;
}

export function scoreDev(
  gaz: Gazetteer,
  articles = devArticles(),
  models: DevModels = {},
): DevScore {
  const s: DevScore = {
    events: 0,
    found: 0,
    held: 0,
    heldFound: 0,
    kindRight: 0,
    predicted: 0,
    right: 0,
    inNonConflict: 0,
    misses: [],
  };
  for (const a of articles) {
    const fc = collectionOf(
      analyse(
        a.text,
        gaz,
        { date: a.truth.date, ...(models.attach ? { model: models.attach } : {}) },
        models.unknown ? { model: models.unknown } : {},
      ),
    );
    const hits = fc.features.filter((f) => f.properties.kind !== 'mention');
    if (!a.truth.conflict) {
      s.inNonConflict += hits.length;
      if (hits.length)
        s.misses.push({
          slug: a.slug,
          missed: [],
          wrong: hits.map((f) => `${f.properties.kind} ${f.properties.place}`),
          kind: [],
        });
      continue;
    }
    const missed: string[] = [];
    const kind: string[] = [];
    for (const l of a.truth.events) {
      s.events++;
      if (held(l)) s.held++;
      const at = hits.filter((f) => near(f, l));
      if (!at.length) {
        missed.push(`${l.kind} ${l.place}`);
        continue;
      }
      s.found++;
      if (held(l)) s.heldFound++;
      if (at.some((f) => f.properties.kind === l.kind)) s.kindRight++;
      else kind.push(`${l.place}: ${at[0]!.properties.kind}, not ${l.kind}`);
    }
    const wrong: string[] = [];
    for (const f of hits) {
      if (a.truth.events.some((l) => near(f, l))) {
        s.predicted++;
        s.right++;
      } else if (!a.truth.optional.some((l) => near(f, l))) {
        s.predicted++;
        wrong.push(`${f.properties.kind} ${f.properties.place} (${f.properties.name})`);
      }
    }
    if (missed.length || wrong.length || kind.length)
      s.misses.push({ slug: a.slug, missed, wrong, kind });
  }
  return s;
}
