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

const gaz = loadGazetteerFromDisk();
function write(file: string, f: Fitted) {
  const json = JSON.stringify(f.model) + '\n';
  writeFileSync(file, json);
  console.log(`${file} (${(json.length / 1024).toFixed(0)} KB): ${f.model.about}\n`);
}
const unknown = trainUnknown(gaz);
write('geo/unknown/weights.json', unknown);
const attach = trainAttach(gaz, unknown.model);
write('geo/attach/weights.json', attach);
const calibration = calibrate(gaz, attach.model, unknown.model);
writeFileSync('geo/attach/calibration.json', JSON.stringify(calibration) + '\n');
console.log(
  `geo/attach/calibration.json: a ${calibration.a}, b ${calibration.b}. ${calibration.about}`,
);
