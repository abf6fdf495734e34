// npm run train [-- --eval DIR]: trains every learned component of geo/ from the
// tune/train split (geo/bench/README.md) and writes its weights beside it.
// Deterministic: the same data gives the same files. The recogniser of places the
// gazetteer lacks comes first, since the attachment model sees its mentions.
import { writeFileSync } from 'node:fs';
import { loadGazetteerFromDisk } from '../../geo/gazetteer/node.ts';
import type { Fitted } from './logistic.ts';
import { trainAttach } from './attach.ts';
import { trainUnknown } from './unknown.ts';
import { calibrate } from './calibrate.ts';
import { scoreDev } from '../../geo/bench/dev.ts';

const gaz = loadGazetteerFromDisk();
function write(file: string, f: Fitted) {
  const json = JSON.stringify(f.model) + '\n';
  writeFileSync(file, json);
  console.log(`${file} (${(json.length / 1024).toFixed(0)} KB): ${f.model.about}\n`);
}
const unknown = trainUnknown(gaz);
write('geo/unknown/weights.json', unknown);
const attach = trainAttach(gaz, unknown.model);
// The attachment threshold: the best mean of two F1 figures, the dev set's event
// places (a tune split, whole articles as the map shows them) and the held-out
// silver cases (a train split, thousands of sentences: it steadies the choice a
// 161-place dev set alone would make), among the thresholds that draw no strike or
// attack in the dev set's articles with no armed conflict.
let best = { t: attach.model.threshold, f: -1, dev: 0, held: 0 };
for (let k = 4; k <= 12; k++) {
  const t = k / 20;
  const d = scoreDev(gaz, undefined, {
    attach: { ...attach.model, threshold: t },
    unknown: unknown.model,
  });
  const r = d.found / d.events;
  const p = d.right / Math.max(1, d.predicted);
  const dev = (2 * p * r) / Math.max(1e-9, p + r);
  const held = attach.heldF1(t);
  const f = (dev + held) / 2;
  if (d.inNonConflict === 0 && f > best.f + 1e-9) best = { t, f, dev, held };
}
attach.model.threshold = best.t;
const pct = (x: number) => (100 * x).toFixed(1);
attach.model.about += ` Threshold ${best.t}: the best mean F1 of the dev set's event places (${pct(best.dev)}) and the held-out cases (${pct(best.held)}).`;
write('geo/attach/weights.json', attach);
const calibration = calibrate(gaz, attach.model, unknown.model);
writeFileSync('geo/attach/calibration.json', JSON.stringify(calibration) + '\n');
console.log(
  `geo/attach/calibration.json: a ${calibration.a}, b ${calibration.b}. ${calibration.about}`,
);
