// The event-location attachment model: logistic regression over the pair
// features of geo/attach/features.ts. Its weights (weights.json beside this file)
// are written by `npm run train` (scripts/train/attach.ts); importing them as JSON
// loads them the same way in Node and in the browser worker. Pure.
import type { LinearModel } from '../linear.ts';
import weights from './weights.json';

export const ATTACH_MODEL: LinearModel = weights as LinearModel;
