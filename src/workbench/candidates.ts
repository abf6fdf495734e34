// The review panel's candidates for each event, from the resolver's scores.
// Pure: runs in the worker (and in unit tests).
import type { Place } from '../../geo/gazetteer/types.ts';
import type { ResolvedMention } from '../../geo/resolve.ts';
import type { EventCollection } from '../../geo/types.ts';
import type { Candidate, CandidateTable } from './protocol.ts';

export function candidateOf(p: Place, share: number | null): Candidate {
  const c: Candidate = {
    gazetteer: p.id,
    name: p.name,
    country: p.country,
    admin1: p.admin1,
    precision: p.type,
    code: p.code,
    population: p.population,
    lon: p.lon,
    lat: p.lat,
    share,
  };
  if (p.bbox) c.bbox = [...p.bbox];
  return c;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * For every event, the top candidates of the mention it came from (the event's own
 * place first, then by score), each with its
 * share of the resolver's belief: the resolver's confidence is 1/Σexp(2.5·(sᵢ−s₀)),
 * so candidate i holds exp(2.5·(sᵢ−s₀))·confidence. Events whose mention had no
 * alternatives (countries named by a demonym) get their own place alone.
 */
export function candidateTable(
  collection: EventCollection,
  mentions: readonly ResolvedMention[],
): CandidateTable {
  const byStart = new Map<number, ResolvedMention>();
  for (const m of mentions) if (m.place) byStart.set(m.start, m);
  const out: CandidateTable = {};
  for (const f of collection.features) {
    const p = f.properties;
    const m = p.spans
      .map(([s]) => byStart.get(s))
      .find((x) => x !== undefined && x.place?.id === p.gazetteer);
    const list: Candidate[] = [];
    if (m && m.scores.length) {
      const top = m.scores[0]!.score;
      for (const s of m.scores)
        list.push(candidateOf(s.place, round(Math.exp(2.5 * (s.score - top)) * m.confidence)));
    } else if (m?.place) {
      list.push(candidateOf(m.place, m.confidence));
    }
    // The geoparser's pick first, with the event's confidence as its share: choosing
    // it again in the review undoes a correction.
    const own = list.findIndex((c) => c.gazetteer === p.gazetteer);
    if (own >= 0) list.unshift({ ...list.splice(own, 1)[0]!, share: p.confidence });
    // Relative likelihoods over the listed candidates: their resolver weights, summing to 1.
    const weights = list.map((c) => {
      const s = m?.scores.find((x) => x.place.id === c.gazetteer);
      return s && m?.scores.length ? Math.exp(2.5 * (s.score - m.scores[0]!.score)) : 1;
    });
    const total = weights.reduce((a, b) => a + b, 0);
    list.forEach((c, i) => (c.likelihood = round(weights[i]! / total)));
    out[p.id] = list;
  }
  return out;
}
