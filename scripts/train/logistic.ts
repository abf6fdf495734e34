// Logistic regression for the learned components of geo/ (geo/linear.ts):
// AdaGrad with L2 over string features, in an order fixed by a seeded shuffle, so
// the same data always gives the same weights. Examples marked held out choose the
// threshold (best F1) and give the figures reported in the model's `about`.
import type { LinearModel } from '../../geo/linear.ts';
import { probability } from '../../geo/linear.ts';

export interface Example {
  features: string[];
  label: 0 | 1;
  heldOut: boolean;
}

export interface Options {
  /** Features seen fewer times than this in the fitted examples are dropped. */
  minCount?: number;
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

export interface Fitted {
  model: LinearModel;
  figures: { P: number; R: number; F: number; threshold: number; fitted: number; held: number };
  vocabulary: number;
  /** F1 on the held-out cases at a threshold. */
  heldF1: (threshold: number) => number;
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Precision, recall and F1 of accepting the examples scoring at least t. */
export function prf(model: LinearModel, exs: readonly Example[], t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of exs) {
    const pred = probability(e.features, model) >= t;
    if (pred && e.label) tp++;
    else if (pred) fp++;
    else if (e.label) fn++;
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

export function fit(examples: readonly Example[], about: string, o: Options = {}): Fitted {
  const { minCount = 3, epochs = 30, rate = 0.3, l2 = 1e-4, seed = 17 } = o;
  const train = examples.filter((e) => !e.heldOut);
  const held = examples.filter((e) => e.heldOut);
  const counts = new Map<string, number>();
  for (const e of train)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const X = train.map((e) =>
    [...new Set(e.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const wts = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  const order = X.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = X[i]!;
      let z = 0;
      for (const k of x) z += wts[k]!;
      const g = 1 / (1 + Math.exp(-z)) - train[i]!.label;
      for (const k of x) {
        const grad = g + l2 * wts[k]!;
        g2[k]! += grad * grad;
        wts[k]! -= (rate * grad) / Math.sqrt(g2[k]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = Math.round(wts[i]! * 1000) / 1000;
    if (Math.abs(v) >= 0.01) weights[f] = v;
  });
  const model: LinearModel = { about, threshold: 0.5, weights };
  let best = { ...prf(model, held, 0.5), threshold: 0.5 };
  for (let k = 4; k <= 16; k++) {
    const t = k / 20;
    const s = prf(model, held, t);
    if (s.F > best.F + 1e-9) best = { ...s, threshold: t };
  }
  const pct = (x: number) => (100 * x).toFixed(1);
  model.threshold = best.threshold;
  model.about =
    `${about} ${train.length} cases fitted, ${vocab.length} features seen ${minCount}+ times, ${Object.keys(weights).length} kept. ` +
    `Held-out cases (${held.length}): P ${pct(best.P)} R ${pct(best.R)} F1 ${pct(best.F)} at threshold ${best.threshold}.`;
  return {
    model,
    figures: { ...best, fitted: train.length, held: held.length },
    vocabulary: vocab.length,
    heldF1: (t) => prf(model, held, t).F,
  };
}
