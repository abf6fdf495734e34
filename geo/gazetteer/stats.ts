// Measures how much the nameKey skeleton merges: distinct keys and mean
// candidates per key under three key functions over the same indexed names.
// Run: npx tsx geo/gazetteer/stats.ts
import { ARTICLES, fold, keyWords, nameKey } from '../normalise.ts';
import { collectRecords, MAX_WORDS } from './build.ts';

type KeyFn = (s: string) => string;

const foldOnly: KeyFn = (s) => fold(s);
const foldArticles: KeyFn = (s) => {
  const w = fold(s).split(' ').filter(Boolean);
  const kept = w.filter((x) => !ARTICLES.has(x));
  return (kept.length ? kept : w).join(' ');
};

function measure(label: string, fn: KeyFn, recs: ReturnType<typeof collectRecords>['recs']) {
  const index = new Map<string, number>();
  let refs = 0;
  for (const r of recs) {
    const keys = new Set<string>();
    for (const n of r.names) {
      const k = fn(n);
      if (k && keyWords(k) <= MAX_WORDS) keys.add(k);
    }
    for (const k of keys) {
      index.set(k, (index.get(k) ?? 0) + 1);
      refs++;
    }
  }
  let multi = 0;
  let max = 0;
  // mean candidates seen by a lookup of a random indexed (place, name) pair
  let weighted = 0;
  for (const n of index.values()) {
    if (n > 1) multi++;
    if (n > max) max = n;
    weighted += n * n;
  }
  console.log(
    `${label.padEnd(22)} keys ${String(index.size).padStart(7)}  candidates/key ${(refs / index.size).toFixed(3)}  ` +
      `per lookup ${(weighted / refs).toFixed(2)}  ambiguous keys ${multi}  max ${max}`,
  );
  return index;
}

const { recs } = collectRecords();
measure('fold only', foldOnly, recs);
measure('fold + articles', foldArticles, recs);
const full = measure('nameKey (skeleton)', nameKey, recs);
const top = [...full.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log('most shared keys:', top.map(([k, n]) => `${k}:${n}`).join(', '));
