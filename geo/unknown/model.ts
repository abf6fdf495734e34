// The recogniser of places the gazetteer lacks: logistic regression over
// geo/unknown/features.ts, weights in weights.json beside it (written by
// `npm run train`, scripts/train/unknown.ts). Each accepted candidate becomes an
// unresolved place mention (`candidates: []`, `unresolved: true`): it cannot be
// drawn on its own, but it is kept, with its sentence, for its container and for
// the editor. Pure.
import type { Mention, Token } from '../mentions.ts';
import type { Sentence } from '../sentences.ts';
import { nameKey } from '../normalise.ts';
import { candidateFeatures, candidates } from './features.ts';
import { probability, type LinearModel } from '../linear.ts';
import weights from './weights.json';

export const UNKNOWN_MODEL: LinearModel = weights as LinearModel;

/**
 * Unresolved place mentions of one sentence: candidates that no mention in `taken`
 * covers and that the model accepts. `observe` sees every candidate (the trainer).
 */
export function unknownPlaces(
  text: string,
  s: Sentence,
  toks: readonly Token[],
  taken: readonly Mention[],
  model: LinearModel | null = UNKNOWN_MODEL,
  observe?: (c: { start: number; end: number; features: string[] }) => void,
): Mention[] {
  const out: Mention[] = [];
  for (const c of candidates(toks, taken)) {
    const features = candidateFeatures(toks, c, s.headline);
    const start = toks[c.tokenStart]!.start;
    const end = toks[c.tokenEnd - 1]!.end;
    observe?.({ start, end, features });
    if (!model || probability(features, model) < model.threshold) continue;
    const surface = text.slice(start, end);
    out.push({
      start,
      end,
      text: surface,
      key: nameKey(surface),
      role: 'place',
      sentence: s.index,
      tokenStart: c.tokenStart,
      tokenEnd: c.tokenEnd,
      candidates: [],
      modifier: false,
      possessive: toks[c.tokenEnd - 1]!.possessive,
      unresolved: true,
    });
  }
  return out;
}
