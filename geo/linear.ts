// A linear model over string features (logistic regression), the form of every
// learned component in geo/: its weights are a JSON file beside the component,
// written by `npm run train` (scripts/train/). Pure.

export interface LinearModel {
  /** What the weights were trained on, and their figures on held-out rows. */
  about: string;
  /** A case scoring at least this probability is accepted. */
  threshold: number;
  weights: Record<string, number>;
}

/** The model's probability for a case with these features (each counted once). */
export function probability(features: readonly string[], model: LinearModel): number {
  let z = 0;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
