// The review queue: strikes and attacks the geoparser flags (`review`, see
// geo/types.ts) come first, each with its reasons in words. Pure.
import { distance } from '@turf/turf';
import type { EventFeature, ReviewReason } from '../../geo/types.ts';
import { countryName } from '../map/view.ts';
import type { Candidate } from './protocol.ts';

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

/** "1,900 km", "40 km", "3.2 km". */
function km(x: number): string {
  const rounded =
    x >= 100 ? Math.round(x / 10) * 10 : x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  return `${rounded.toLocaleString('en')} km`;
}

/**
 * One reason in words, with what the editor needs to judge it when `context`
 * says it: how many places share the name and how far the chosen one lies from
 * the article's other places; where a container marker stands.
 */
function reason(
  e: EventFeature,
  r: ReviewReason,
  context: { candidates?: readonly Candidate[]; others?: readonly EventFeature[] },
): string {
  const p = e.properties;
  if (r === 'ambiguous-place' && (context.candidates?.length ?? 0) > 1) {
    const here = e.geometry.coordinates as [number, number];
    const away = (context.others ?? [])
      .filter((o) => o.properties.id !== p.id && o.properties.gazetteer !== p.gazetteer)
      .map((o) => distance(here, o.geometry.coordinates as [number, number]));
    const n = `${context.candidates!.length} places are called “${p.place}”`;
    const country = p.country ? ` in ${countryName(p.country)}` : '';
    if (away.length === 0) return `${n}; check the one chosen${country}`;
    return `${n}; the one chosen${country ? `,${country},` : ''} is ${km(Math.min(...away))} from the article's nearest other place`;
  }
  if (r === 'container-fallback' && p.name !== p.place)
    return `“${p.place}” is not in the gazetteer: the marker stands at ${p.name}, which the article names around it`;
  return REVIEW_LABEL[r];
}

/** "Check: …" for an event, or null when nothing stands out. */
export function reviewNote(
  e: EventFeature,
  context: { candidates?: readonly Candidate[]; others?: readonly EventFeature[] } = {},
): string | null {
  const r = e.properties.review;
  return r?.length ? `Check: ${r.map((x) => reason(e, x, context)).join('; ')}.` : null;
}
