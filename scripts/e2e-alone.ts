// Runs every browser test alone, one vitest process per test, to show that no
// test depends on what an earlier one left behind (local storage, an open popup,
// a zoom). `npm run test:alone` after `npm run build`; not part of `npm test`
// (a process per test: about 15 minutes on the 2-core machine).
//
//   npm run test:alone                      # every e2e test
//   npm run test:alone -- tests/e2e/dates   # the tests of files matching a filter
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

interface Listed {
  name: string;
  file: string;
}

const filter = process.argv[2] ?? '';
if (!existsSync('dist/index.html')) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(2);
}
const listing = spawnSync(
  'npx',
  ['vitest', 'list', ...(filter ? [filter] : []), '--project', 'e2e', '--json'],
  {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  },
);
if (listing.status !== 0) {
  console.error(listing.stderr);
  process.exit(2);
}
const tests = JSON.parse(listing.stdout) as Listed[];
const out = mkdtempSync(join(tmpdir(), 'e2e-alone-'));
const regExpSpecial = /[.*+?^${}()|[\]\\]/g;
const failed: string[] = [];
const started = Date.now();

tests.forEach((test, index) => {
  const file = relative(process.cwd(), test.file);
  const report = join(out, `${index}.json`);
  // vitest matches -t against the full name (suites and test, joined by spaces).
  const pattern = `^${test.name.replaceAll(' > ', ' ').replace(regExpSpecial, '\\$&')}$`;
  spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'e2e',
      file,
      '-t',
      pattern,
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const result = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
      })
    : null;
  // Exactly one test must pass: a pattern that matched nothing is a failure too.
  const ok = result !== null && result.numPassedTests === 1 && result.numFailedTests === 0;
  if (!ok) failed.push(`${file} > ${test.name}`);
  console.log(`${ok ? 'pass' : 'FAIL'} ${index + 1}/${tests.length} ${file} > ${test.name}`);
});

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\n${tests.length - failed.length} of ${tests.length} browser tests pass alone (${minutes} min).`,
);
if (failed.length > 0) {
  console.log(`Failed alone:\n${failed.map((name) => `  ${name}`).join('\n')}`);
  process.exit(1);
}
