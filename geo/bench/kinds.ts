// The labelled sentences of geo/data/kind-sentences.jsonl (our own and adapted
// from silver rows; see geo/data/README.md): for a split, the share of strike and
// attack sentences whose cue the geoparser finds, the kind it gives them, and the
// `none` sentences (another sense, hypotheticals, statistics) it leaves without a
// strike or attack. Each sentence is geoparsed alone.
import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../gazetteer/types.ts';
import { analyse } from '../geoparse.ts';
import { kindOf, type Cue } from '../events.ts';

const cueKind = (c: Cue) => kindOf(c.cls, c.actor?.type ?? 'unknown', c.means);

export interface KindRow {
  id: string;
  text: string;
  cue: string;
  kind: 'strike' | 'attack' | 'none';
  split: 'train' | 'test';
  locations: string[];
}

export const KIND_FILE = 'geo/data/kind-sentences.jsonl';

export function kindRows(split: 'train' | 'test', file = KIND_FILE): KindRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as KindRow)
    .filter((r) => r.split === split);
}

export interface KindScore {
  events: number;
  cueFound: number;
  kindRight: number;
  none: number;
  noneClean: number;
  wrong: string[];
}

export function scoreKinds(gaz: Gazetteer, rows: KindRow[]): KindScore {
  const s: KindScore = { events: 0, cueFound: 0, kindRight: 0, none: 0, noneClean: 0, wrong: [] };
  for (const r of rows) {
    const a = analyse(r.text, gaz);
    if (r.kind === 'none') {
      s.none++;
      const evs = a.events.flatMap((e) => e.events);
      if (!evs.length) s.noneClean++;
      else
        s.wrong.push(
          `${r.id} none, got ${evs.map((e) => `${e.kind} ${e.mention.text}`).join(', ')}`,
        );
      continue;
    }
    s.events++;
    // The labelled cue must be found; its kind is its events' (or its own, when no place was located).
    const at = r.text.indexOf(r.cue);
    const cues = a.events.flatMap((e) => e.cues);
    const cue = at < 0 ? undefined : cues.find((c) => c.start < at + r.cue.length && at < c.end);
    const evs = a.events.flatMap((e) => e.events);
    const kind = cue ? (evs.find((e) => e.cue === cue)?.kind ?? cueKind(cue)) : null;
    if (!kind) {
      s.wrong.push(`${r.id} ${r.kind}: no cue "${r.cue}"`);
      continue;
    }
    s.cueFound++;
    if (kind === r.kind) s.kindRight++;
    else s.wrong.push(`${r.id} ${r.kind}, got ${kind}: ${r.text.slice(0, 120)}`);
  }
  return s;
}
