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

/** "Check: …" for an event, or null when nothing stands out. */
export function reviewNote(e: EventFeature): string | null {
  const r = e.properties.review;
  return r?.length ? `Check: ${r.map((x) => REVIEW_LABEL[x]).join('; ')}.` : null;
}
