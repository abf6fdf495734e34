// The event-location attachment model (geo/attach/): one case per (event verb,
// place mention) pair of a sentence, labelled by whether the mention is one of the
// event's locations. Features: geo/attach/features.ts.
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import type { LinearModel } from '../../geo/linear.ts';
import { analyse } from '../../geo/geoparse.ts';
import { fit, type Example, type Fitted } from './logistic.ts';
import { heldOut, overlaps, ownRows, silverRows } from './data.ts';

/** `unknown`: the recogniser of places the gazetteer lacks, as just trained. */
export function trainAttach(gaz: Gazetteer, unknown: LinearModel): Fitted {
  const silver = silverRows();
  const own = ownRows();
  const examples: Example[] = [];
  for (const r of [...silver, ...own]) {
    const held = heldOut(r.text);
    analyse(
      r.text,
      gaz,
      {
        extraCues: [[r.verb.start, r.verb.end]],
        model: null,
        observe: (pair) => {
          // Only the pairs of the row's own event verb have a label.
          if (!overlaps(pair.cue, r.verb)) return;
          const label = r.toponyms.some((g) => overlaps(g, pair.mention)) ? 1 : 0;
          examples.push({ features: pair.features, label, heldOut: held });
        },
      },
      { model: unknown },
    );
  }
  return fit(
    examples,
    `Event-location attachment: logistic regression over geo/attach/features.ts, trained by npm run train on ${silver.length} silver rows of event-location.jsonl (gold rows and silver rows repeating a gold text excluded) and ${own.length} train rows of geo/data/kind-sentences.jsonl.`,
    { l2: 3e-3 },
  );
}
