// Geoparsing benchmark: npm run bench:geoparse -- ../shared/eval/geowebnews.jsonl [more.jsonl ...]
// Always prints our own sets first (the dev set's event places, the kind sentences'
// train and test splits); then, for each corpus given, its figures (see
// geo/bench/README.md for which corpus is a tune split and which a test split).
// Scores toponym recognition (precision, recall, F1 with exact and with
// overlapping spans) and resolution (accuracy within 161 km, median and mean
// error in km, over recognised gold toponyms), and prints throughput.
// Options: --demonyms (count demonym mentions as predicted toponyms, for
// corpora whose gold annotates them), --gazetteer DIR, --limit N.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadGazetteerFromDisk } from '../gazetteer/node.ts';
import { analyse, resolveSpans } from '../geoparse.ts';
import { distanceKm } from '../resolve.ts';
import { readCorpus } from './corpus.ts';
import { devArticles, scoreDev } from './dev.ts';
import { kindRows, scoreKinds } from './kinds.ts';
import { ATTACH_MODEL } from '../attach/model.ts';
import { UNKNOWN_MODEL } from '../unknown/model.ts';

interface Pred {
  start: number;
  end: number;
  lat: number | null;
  lon: number | null;
  bbox?: [number, number, number, number] | undefined;
}

const args = process.argv.slice(2);
const files: string[] = [];
let demonyms = false;
let gazDir: string | undefined;
let limit = Infinity;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--demonyms') demonyms = true;
  else if (a === '--gazetteer') gazDir = args[++i];
  else if (a === '--limit') limit = +args[++i]!;
  else files.push(a);
}

const t0 = performance.now();
const gaz = loadGazetteerFromDisk(gazDir);
const loadMs = performance.now() - t0;
console.log(`gazetteer: ${gaz.size} places loaded in ${loadMs.toFixed(0)} ms`);

const pct = (x: number) => (100 * x).toFixed(1);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** event-location.jsonl: which mentioned places are the event's location (spans only, no coordinates).
 *  The row's event verb is passed as an extra cue, so this measures location attachment. */
function eventLocation(file: string): void {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) =>
        JSON.parse(l) as {
          text: string;
          gold?: boolean;
          verb?: { start: number; end: number };
          toponyms: { start: number; end: number }[];
        },
    )
    .slice(0, limit);
  for (const subset of ['gold', 'all'] as const) {
    const rs = subset === 'gold' ? rows.filter((r) => r.gold) : rows;
    let tp = 0;
    let np = 0;
    let ng = 0;
    let tpg = 0;
    const t1 = performance.now();
    for (const r of rs) {
      let preds: { start: number; end: number }[] = [];
      try {
        const a = analyse(r.text, gaz, { extraCues: r.verb ? [[r.verb.start, r.verb.end]] : [] });
        preds = a.events.flatMap((e) =>
          e.events.map((x) => ({ start: x.mention.start, end: x.mention.end })),
        );
      } catch {
        /* counted as no prediction */
      }
      np += preds.length;
      ng += r.toponyms.length;
      for (const p of preds) if (r.toponyms.some((g) => g.start < p.end && p.start < g.end)) tp++;
      for (const g of r.toponyms) if (preds.some((p) => g.start < p.end && p.start < g.end)) tpg++;
    }
    const P = tp / Math.max(1, np);
    const R = tpg / Math.max(1, ng);
    console.log(
      `\n${basename(file)} (${subset === 'gold' ? 'gold rows: TEST' : 'all rows, mostly train'}: ${rs.length} sentences, ${ng} event locations): event-location P ${pct(P)}  R ${pct(R)}  F1 ${pct(f1(P, R))}  (${((performance.now() - t1) / 1000).toFixed(1)} s)`,
    );
  }
}

// Our own sets, in the repository (geo/bench/README.md): always printed.
{
  const t1 = performance.now();
  const d = scoreDev(gaz);
  console.log(
    `\ndev set (geo/dev, ours, ${devArticles().length} articles: tune split): event-place recall ${pct(d.found / d.events)} (${d.found}/${d.events}; of the places the gazetteer holds ${pct(d.heldFound / Math.max(1, d.held))} (${d.heldFound}/${d.held}))  precision ${pct(d.right / Math.max(1, d.predicted))} (${d.right}/${d.predicted})  kind right ${pct(d.kindRight / Math.max(1, d.found))}  strikes/attacks in non-conflict articles: ${d.inNonConflict}  (${((performance.now() - t1) / 1000).toFixed(1)} s)`,
  );
  for (const split of ['train', 'test'] as const) {
    const k = scoreKinds(gaz, kindRows(split));
    console.log(
      `kind sentences (geo/data/kind-sentences.jsonl, ${split} split${split === 'test' ? ': TEST' : ''}): cue found ${pct(k.cueFound / k.events)} (${k.cueFound}/${k.events})  kind accuracy ${pct(k.kindRight / Math.max(1, k.cueFound))} (${k.kindRight}/${k.cueFound}), of all ${pct(k.kindRight / k.events)}  none sentences left without events ${k.noneClean}/${k.none}`,
    );
  }
  console.log(`models: ${ATTACH_MODEL.about}\n        ${UNKNOWN_MODEL.about}`);
}

for (const file of files) {
  if (basename(file).startsWith('event-location')) {
    eventLocation(file);
    continue;
  }
  const docs = readCorpus(file).slice(0, limit);
  let nGold = 0;
  let nPred = 0;
  let exactTP = 0;
  let overlapTPpred = 0;
  let overlapTPgold = 0;
  const errors: number[] = [];
  let unresolved = 0;
  let areaOk = 0;
  let failed = 0;
  const t1 = performance.now();
  for (const d of docs) {
    const gold = d.toponyms;
    nGold += gold.length;
    let preds: Pred[] = [];
    try {
      const a = analyse(d.text, gaz);
      preds = a.mentions
        .filter((m) => (m.role === 'place' ? !!m.place : demonyms))
        .map((m) => ({
          start: m.start,
          end: m.end,
          lat: m.place?.lat ?? null,
          lon: m.place?.lon ?? null,
          bbox: m.place?.type === 'city' || m.place?.type === 'site' ? undefined : m.place?.bbox,
        }));
    } catch {
      failed++;
    }
    nPred += preds.length;
    const exact = new Set(preds.map((p) => `${p.start}:${p.end}`));
    for (const g of gold) if (exact.has(`${g.start}:${g.end}`)) exactTP++;
    for (const p of preds)
      if (gold.some((g) => g.start < p.end && p.start < g.end)) overlapTPpred++;
    for (const g of gold) {
      const p = preds.find((q) => g.start < q.end && q.start < g.end);
      if (!p) continue;
      overlapTPgold++;
      if (g.lat === undefined || g.lon === undefined || g.lat === null) continue;
      if (p.lat === null || p.lon === null) {
        unresolved++;
        continue;
      }
      const e = distanceKm(g.lat, g.lon, p.lat, p.lon);
      errors.push(e);
      // Area-aware: a country/region/water answer is also right when the gold point lies inside its bbox.
      const b = p.bbox;
      areaOk +=
        e <= 161 || (b && g.lon >= b[0] && g.lat >= b[1] && g.lon <= b[2] && g.lat <= b[3]) ? 1 : 0;
    }
  }
  const secs = (performance.now() - t1) / 1000;
  // Resolution alone, on the gold spans (comparable with Mordecai's published figures).
  const goldErr: number[] = [];
  let goldNone = 0;
  for (const d of docs) {
    const withCoords = d.toponyms.filter(
      (g) => typeof g.lat === 'number' && typeof g.lon === 'number',
    );
    let res: ReturnType<typeof resolveSpans> = [];
    try {
      res = resolveSpans(
        d.text,
        gaz,
        withCoords.map((g) => [g.start, g.end] as [number, number]),
      );
    } catch {
      res = withCoords.map(() => null);
    }
    withCoords.forEach((g, i) => {
      const r = res[i];
      if (!r?.place) goldNone++;
      else goldErr.push(distanceKm(g.lat!, g.lon!, r.place.lat, r.place.lon));
    });
  }
  goldErr.sort((x, y) => x - y);
  const goldN = goldErr.length + goldNone;
  const pE = exactTP / Math.max(1, nPred);
  const rE = exactTP / Math.max(1, nGold);
  const pO = overlapTPpred / Math.max(1, nPred);
  const rO = overlapTPgold / Math.max(1, nGold);
  errors.sort((a, b) => a - b);
  const acc = errors.filter((e) => e <= 161).length / Math.max(1, errors.length);
  const median = errors.length ? errors[Math.floor(errors.length / 2)]! : NaN;
  const mean = errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length);
  console.log(
    `\n${basename(file)}: ${docs.length} articles, ${nGold} gold toponyms, ${nPred} predicted${demonyms ? ' (demonyms counted)' : ''}${failed ? `, ${failed} failed` : ''}`,
  );
  console.log(`  recognition exact:   P ${pct(pE)}  R ${pct(rE)}  F1 ${pct(f1(pE, rE))}`);
  console.log(`  recognition overlap: P ${pct(pO)}  R ${pct(rO)}  F1 ${pct(f1(pO, rO))}`);
  console.log(
    `  resolution (recognised gold, n=${errors.length}): acc@161km ${pct(acc)}  median ${median.toFixed(1)} km  mean ${mean.toFixed(0)} km`,
  );
  console.log(
    `  resolution, area-aware (gold point inside the predicted area's bbox also counts): acc ${pct(areaOk / Math.max(1, errors.length))}; unresolved recognised: ${unresolved}`,
  );
  console.log(
    `  resolution on gold spans (n=${goldN}, unresolved counted wrong): acc@161km ${pct(goldErr.filter((e) => e <= 161).length / Math.max(1, goldN))}  median ${(goldErr[Math.floor(goldErr.length / 2)] ?? NaN).toFixed(1)} km (of ${goldErr.length} resolved)`,
  );
  console.log(`  throughput: ${(docs.length / secs).toFixed(1)} articles/s (${secs.toFixed(2)} s)`);
}
