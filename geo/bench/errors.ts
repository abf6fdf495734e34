// Error analysis for toponym resolution: npm run -s bench:errors -- corpus.jsonl [--spans] [--top N]
// Lists the resolution errors (> 161 km) on recognised gold toponyms (or, with
// --spans, on the gold spans themselves), bucketed by the predicted place's type
// and code, and the most frequent wrong answers by name. A tool for finding the
// biggest general causes, not a list of cases to patch one by one.
import { loadGazetteerFromDisk } from '../gazetteer/node.ts';
import { analyse, resolveSpans } from '../geoparse.ts';
import { distanceKm } from '../resolve.ts';
import { readCorpus, type Gold } from './corpus.ts';

const args = process.argv.slice(2);
const spans = args.includes('--spans');
const ti = args.indexOf('--top');
const top = ti >= 0 ? +args[ti + 1]! : 40;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
const gaz = loadGazetteerFromDisk();

for (const file of files) {
  const docs = readCorpus(file);
  const buckets = new Map<string, { n: number; bad: number; km: number }>();
  const names = new Map<string, { n: number; ex: string }>();
  let n = 0;
  let bad = 0;
  for (const d of docs) {
    const gold = d.toponyms.filter((g) => typeof g.lat === 'number' && typeof g.lon === 'number');
    let pairs: {
      g: Gold;
      p: {
        name: string;
        type: string;
        code: string;
        country: string | null;
        lat: number;
        lon: number;
      } | null;
      text: string;
    }[];
    if (spans) {
      const r = resolveSpans(
        d.text,
        gaz,
        gold.map((g) => [g.start, g.end] as [number, number]),
      );
      pairs = gold.map((g, i) => ({ g, p: r[i]?.place ?? null, text: g.name }));
    } else {
      const a = analyse(d.text, gaz);
      const preds = a.mentions.filter((m) => m.role === 'place' && m.place);
      pairs = [];
      for (const g of gold) {
        const m = preds.find((q) => g.start < q.end && q.start < g.end);
        if (m) pairs.push({ g, p: m.place, text: m.text });
      }
    }
    for (const { g, p, text } of pairs) {
      n++;
      const b = p ? `${p.type}/${p.code}` : 'unresolved';
      const e = p ? distanceKm(g.lat!, g.lon!, p.lat, p.lon) : Infinity;
      const x = buckets.get(b) ?? { n: 0, bad: 0, km: 0 };
      x.n++;
      if (e > 161) {
        x.bad++;
        bad++;
        const k = `${text} → ${p ? `${p.name} (${p.country ?? '-'}, ${p.type}/${p.code})` : '∅'}`;
        const y = names.get(k) ?? { n: 0, ex: '' };
        y.n++;
        y.ex = `${Number.isFinite(e) ? e.toFixed(0) + ' km' : ''} gold ${g.lat!.toFixed(2)},${g.lon!.toFixed(2)} ${g.type ?? ''} ${d.id}`;
        names.set(k, y);
      }
      buckets.set(b, x);
    }
  }
  console.log(`\n${file}${spans ? ' (gold spans)' : ''}: ${n} toponyms, ${bad} wrong (> 161 km)`);
  for (const [b, x] of [...buckets].sort((a, c) => c[1].bad - a[1].bad))
    console.log(
      `  ${b.padEnd(22)} n ${String(x.n).padStart(5)}  wrong ${String(x.bad).padStart(4)}`,
    );
  console.log('  most frequent wrong answers:');
  for (const [k, y] of [...names].sort((a, c) => c[1].n - a[1].n).slice(0, top))
    console.log(`  ${String(y.n).padStart(3)}  ${k}   [${y.ex}]`);
}
