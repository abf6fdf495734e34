// The training data of the learned components, all from the tune/train split of
// geo/bench/README.md (never a test set): the silver rows of event-location.jsonl
// (gold rows, and silver rows whose text repeats a gold row's, left out), the
// train split of geo/data/kind-sentences.jsonl, and the LGL, TR-News and GeoVirus
// corpora. Corpora are read from ../shared/eval (or --eval DIR), never copied in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus, type Doc } from '../../geo/bench/corpus.ts';
import { kindRows } from '../../geo/bench/kinds.ts';

export interface Span {
  start: number;
  end: number;
}

/** A sentence with its event verb and the toponyms that are the event's location. */
export interface EventRow {
  text: string;
  verb: Span;
  toponyms: Span[];
  source: 'silver' | 'own';
}

const args = process.argv.slice(2);
export const EVAL_DIR = args.includes('--eval')
  ? args[args.indexOf('--eval') + 1]!
  : '../shared/eval';

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());

/** About one text in ten, chosen by a hash of the text: held out of fitting. */
export const heldOut = (text: string) => createHash('sha256').update(text).digest()[0]! < 26;

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function silverRows(): EventRow[] {
  const all = lines(join(EVAL_DIR, 'event-location.jsonl')).map(
    (l) => JSON.parse(l) as { text: string; gold?: boolean; verb: Span | null; toponyms: Span[] },
  );
  const goldText = new Set(all.filter((r) => r.gold).map((r) => r.text.trim()));
  return all
    .filter((r) => !r.gold && r.verb && !goldText.has(r.text.trim()))
    .map((r) => ({ text: r.text, verb: r.verb!, toponyms: r.toponyms, source: 'silver' }));
}

/** The train split of our own labelled sentences, as event rows. */
export function ownRows(): EventRow[] {
  const rows: EventRow[] = [];
  for (const r of kindRows('train')) {
    if (r.kind === 'none') continue;
    const at = r.text.indexOf(r.cue);
    if (at < 0) continue;
    const toponyms = r.locations
      .map((n) => ({ start: r.text.indexOf(n), end: r.text.indexOf(n) + n.length }))
      .filter((s) => s.start >= 0);
    rows.push({
      text: r.text,
      verb: { start: at, end: at + r.cue.length },
      toponyms,
      source: 'own',
    });
  }
  return rows;
}

/** The toponym corpora of the train split (articles with gold toponym spans). */
export function toponymDocs(): Doc[] {
  return ['lgl.jsonl', 'trnews.jsonl', 'geovirus.jsonl'].flatMap((f) =>
    readCorpus(join(EVAL_DIR, f)),
  );
}
