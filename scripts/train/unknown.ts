// The recogniser of places the gazetteer lacks (geo/unknown/): one case per
// candidate run of capitalised words that no gazetteer mention covers, labelled by
// whether it overlaps a gold toponym. Data: the LGL, TR-News and GeoVirus articles
// and the silver event-location rows. Features: geo/unknown/features.ts.
import type { Gazetteer } from '../../geo/gazetteer/types.ts';
import { analyse } from '../../geo/geoparse.ts';
import { fit, type Example, type Fitted } from './logistic.ts';
import { heldOut, overlaps, silverRows, toponymDocs, type Span } from './data.ts';

export function trainUnknown(gaz: Gazetteer): Fitted {
  const docs: { text: string; toponyms: Span[] }[] = [...toponymDocs(), ...silverRows()];
  const examples: Example[] = [];
  for (const d of docs) {
    const held = heldOut(d.text);
    analyse(
      d.text,
      gaz,
      { model: null },
      {
        model: null,
        observe: (c) =>
          examples.push({
            features: c.features,
            label: d.toponyms.some((g) => overlaps(g, c)) ? 1 : 0,
            heldOut: held,
          }),
      },
    );
  }
  return fit(
    examples,
    `Places the gazetteer lacks: logistic regression over geo/unknown/features.ts, trained by npm run train on ${docs.length} texts (LGL, TR-News, GeoVirus articles; silver event-location rows).`,
    { minCount: 5, l2: 3e-4 },
  );
}
