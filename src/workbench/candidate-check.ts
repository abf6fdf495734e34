// Whether saved data is a candidate place (storage.ts, commands.ts): what is read
// back from the browser's storage may be damaged or written by an older version.
import type { Precision } from '../../geo/types.ts';
import type { Candidate } from './protocol.ts';

const PRECISIONS: readonly Precision[] = ['site', 'city', 'region', 'country', 'water'];

export function isCandidate(v: unknown): v is Candidate {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const strOrNull = (x: unknown) => x === null || typeof x === 'string';
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return (
    typeof c.gazetteer === 'string' &&
    typeof c.name === 'string' &&
    strOrNull(c.country) &&
    strOrNull(c.admin1) &&
    PRECISIONS.includes(c.precision as Precision) &&
    typeof c.code === 'string' &&
    finite(c.population) &&
    finite(c.lon) &&
    finite(c.lat) &&
    (c.share === null || finite(c.share)) &&
    (c.bbox === undefined || (Array.isArray(c.bbox) && c.bbox.length === 4 && c.bbox.every(finite)))
  );
}
