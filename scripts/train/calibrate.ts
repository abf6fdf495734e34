// Calibration of event confidence (geo/attach/calibration.ts): one case per strike
// or attack feature the geoparser draws on the dev set (geo/dev/, ours), its raw
// confidence (resolver confidence × attachment probability, the best of its
// mentions) against whether it stands within the radius of a labelled event place.
// Features near only an `optional` place are left out. Fits σ(a · logit(raw) + b)
// by gradient descent on the log loss; deterministic.
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { analyse } from '../../geo/geoparse.ts';
import { devArticles } from '../../geo/bench/dev.ts';
import { distanceKm } from '../../geo/resolve.ts';
import type { Calibration } from '../../geo/attach/calibration.ts';
import type { LinearModel } from '../../geo/linear.ts';

const logit = (p: number) => {
  const x = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(x / (1 - x));
};

export function calibrate(gaz: Gazetteer, attach: LinearModel, unknown: LinearModel): Calibration {
  const cases: { x: number; y: number }[] = [];
  for (const a of devArticles()) {
    const an = analyse(a.text, gaz, { model: attach, date: a.truth.date }, { model: unknown });
    const best = new Map<string, { raw: number; lat: number; lon: number }>();
    for (const s of an.events)
      for (const e of s.events) {
        const p = e.place;
        if (!p) continue;
        const key = `${p.id}|${e.kind}`;
        const raw = e.placeConfidence * e.probability;
        if ((best.get(key)?.raw ?? -1) < raw) best.set(key, { raw, lat: p.lat, lon: p.lon });
      }
    for (const f of best.values()) {
      const near = (l: { lat: number; lon: number; radiusKm: number }) =>
        distanceKm(f.lat, f.lon, l.lat, l.lon) <= l.radiusKm;
      const right = a.truth.events.some(near);
      if (!right && a.truth.optional.some(near)) continue;
      cases.push({ x: logit(f.raw), y: right ? 1 : 0 });
    }
  }
  let a = 1;
  let b = 0;
  for (let it = 0; it < 5000; it++) {
    let ga = 0;
    let gb = 0;
    for (const c of cases) {
      const p = 1 / (1 + Math.exp(-(a * c.x + b)));
      ga += (p - c.y) * c.x;
      gb += p - c.y;
    }
    a -= (0.5 * ga) / cases.length;
    b -= (0.5 * gb) / cases.length;
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const right = cases.filter((c) => c.y).length;
  return {
    about: `Fitted by npm run train on the dev set's ${cases.length} strike and attack features (${right} at a labelled event place).`,
    a: r(a),
    b: r(b),
  };
}
