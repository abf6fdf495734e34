// `npm run bench:compare -- DIR_A DIR_B [...]`: the first view of several builds
// (dist/ folders: build one, copy it away, build the other), in interleaved
// fresh-profile runs so that the machine's drift from minute to minute hits every
// build alike. Prints each build's median time to map idle and to the settled map
// on screen. BENCH_RUNS sets the runs per build (default 9).
import { launchSettled } from './settled.ts';
import { startPreview } from '../../tests/e2e/server.ts';
import { firstView } from './first-view.ts';
import { median } from './median.ts';

const dirs = process.argv.slice(2);
if (dirs.length < 2) {
  console.error('usage: npm run bench:compare -- DIR_A DIR_B [...]  (built dist/ folders)');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const servers = await Promise.all(dirs.map((d) => startPreview(undefined, d)));
const idle: number[][] = dirs.map(() => []);
const shown: number[][] = dirs.map(() => []);
for (let run = 0; run < RUNS; run++) {
  for (const [i, server] of servers.entries()) {
    const s = await launchSettled({ width: 1280, height: 800 });
    const t = await firstView(s.page, server.url);
    await s.close();
    if (t.idle !== null) idle[i]!.push(t.idle);
    shown[i]!.push(t.shown);
  }
  process.stdout.write(`run ${run + 1}/${RUNS}\r`);
}
console.log(`\nfirst view, ${RUNS} interleaved fresh-profile runs per build, 1280×800:`);
for (const [i, dir] of dirs.entries()) {
  console.log(
    `  ${dir.padEnd(24)} map idle median ${median(idle[i]!).toFixed(0)} ms ` +
      `(${Math.min(...idle[i]!).toFixed(0)}–${Math.max(...idle[i]!).toFixed(0)}), ` +
      `on screen ${median(shown[i]!).toFixed(0)} ms`,
  );
}
await Promise.all(servers.map((s) => s.close()));
