// Calibration of event confidence: the product of the resolver's confidence and
// the attachment probability, mapped through a logistic curve fitted on the dev
// set (geo/dev/) by `npm run train` (scripts/train/calibrate.ts), so that of the
// events given confidence 0.9 about nine in ten stand at a labelled event place.
// Pure.
import fitted from './calibration.json';

export interface Calibration {
  about: string;
  /** confidence = σ(a · logit(raw) + b) */
  a: number;
  b: number;
}

export const CALIBRATION: Calibration = fitted as Calibration;

export function calibrated(raw: number, c = CALIBRATION): number {
  const x = Math.min(1 - 1e-6, Math.max(1e-6, raw));
  return 1 / (1 + Math.exp(-(c.a * Math.log(x / (1 - x)) + c.b)));
}
