// Mutation testing (`npm run mutate`, not part of `npm test`): Stryker changes the
// pure, security-relevant modules one small edit at a time (a `>` for a `>=`, a
// deleted condition, an emptied string) and runs the unit tests that cover each
// edit; a mutant no test notices "survives". See README, "Mutation testing".
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  // Each mutant runs only the tests that executed its code in the first run.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/map/data.ts',
    'src/map/data-checks.ts',
    'src/map/data-source.ts',
    'src/map/inline-data.ts',
    'src/embed/messages.ts',
    'src/embed/params.ts',
    'src/workbench/csv.ts',
    'geo/html.ts',
    'geo/text.ts',
    'src/lib/clip.ts',
    'src/lib/fetch-timeout.ts',
  ],
  // The machine has two cores, shared with others.
  concurrency: 2,
  // Only what the tests read is copied to the sandbox.
  ignorePatterns: ['/dist', '/public/generated', '/test-results', '/.cache'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
