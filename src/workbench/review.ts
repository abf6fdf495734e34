// The review queue: strikes and attacks the geoparser flags (`review`, see
// geo/types.ts) come first, each with its reasons in words. Pure.
import type { EventFeature, ReviewReason } from '../../geo/types.ts';

export const REVIEW_LABEL: Record<ReviewReason, string> = {
  'low-confidence': 'the tool is unsure this is where it happened',
  'ambiguous-place': 'several places have this name; check the one chosen',
  'actor-unknown':
    'who acted is not named, or not known as a state force or an armed group, so the kind comes from the weapon and the wording',
  'container-fallback':
    'the place is not in the gazetteer: the marker stands at the town or region the article names around it',
};

/** The events with the flagged strikes and attacks first, each group in article order. */
export function reviewOrder(events: readonly EventFeature[]): EventFeature[] {
  const flagged = (e: EventFeature) => (e.properties.review?.length ? 0 : 1);
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => flagged(a.e) - flagged(b.e) || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Whole percentages of `values` (which sum to about 1) that sum to exactly 100:
 * each rounded down, the points left over going to the largest remainders.
 */
export function percentages(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left--;
  }
  return out;
}

/** "Check: …" for an event, or null when nothing stands out. */
export function reviewNote(e: EventFeature): string | null {
  const r = e.properties.review;
  return r?.length ? `Check: ${r.map((x) => REVIEW_LABEL[x]).join('; ')}.` : null;
}
