// Synthetic events for scale tests and the benchmark: made in code, spread
// deterministically over a lon/lat box, a third each strikes, attacks, mentions.
import type { EventCollection, EventFeature } from '../../geo/types.ts';

export function manyEvents(
  n: number,
  box: [number, number, number, number] = [40, 30, 48, 36],
): EventCollection {
  const [west, south, east, north] = box;
  const features: EventFeature[] = [];
  for (let i = 0; i < n; i++) {
    const excerpt = `Event number ${i} happened in Town${i}.`;
    const at = excerpt.indexOf('Town');
    // Low-discrepancy spread (golden-ratio sequence) so points do not stack.
    const u = (i * 0.6180339887) % 1;
    const v = (i * 0.7548776662) % 1;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [west + u * (east - west), south + v * (north - south)],
      },
      properties: {
        id: `e${i}`,
        kind: i % 3 === 0 ? 'mention' : i % 3 === 1 ? 'strike' : 'attack',
        place: `Town${i}`,
        name: `Town${i}`,
        country: 'IQ',
        precision: 'city',
        gazetteer: `test:${i}`,
        actor: null,
        excerpt,
        excerptStart: i * 100,
        spans: [[i * 100 + at, i * 100 + at + `Town${i}`.length]],
        confidence: 1,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
