// The evaluation corpora's JSON Lines format (../shared/eval/README.md): one
// document per line with its gold toponyms. Shared by run.ts and errors.ts.
import { readFileSync } from 'node:fs';

export interface Gold {
  start: number;
  end: number;
  name: string;
  lat?: number;
  lon?: number;
  type?: string;
}

export interface Doc {
  id: string | number;
  text: string;
  toponyms: Gold[];
}

/** The documents of a .jsonl corpus that have a text and a toponym list. */
export function readCorpus(file: string): Doc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc)
    .filter((d) => d.text && Array.isArray(d.toponyms));
}
