// The unit tests that `npm run mutate` (Stryker, stryker.config.mjs) runs against
// each mutant: the tests of the modules it mutates, nothing in the browser. Left
// out: the timing tests (html-linear-time: an instrumented build is slower, so
// they would "kill" mutants by the clock), the CLI test (it spawns tsx, which
// runs the unmutated sources) and the seeded fuzz test (3 s per run, and its
// geoparse case covers every line of geo/html.ts and geo/text.ts; the focused
// tests must kill those mutants on their own).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit',
    include: [
      'tests/unit/map-data.test.ts',
      'tests/unit/data-left-out.test.ts',
      'tests/unit/data-validator.test.ts',
      'tests/unit/data-source.test.ts',
      'tests/unit/timeline.test.ts',
      'tests/unit/workbench-inline-data.test.ts',
      'tests/unit/inline-decoder.test.ts',
      'tests/unit/workbench-edits.test.ts',
      'tests/unit/embed-messages.test.ts',
      'tests/unit/embed-params.test.ts',
      'tests/unit/workbench-csv.test.ts',
      'tests/unit/clip.test.ts',
      'tests/unit/fetch-timeout.test.ts',
      'tests/geo/html.test.ts',
      'tests/geo/text.test.ts',
      'tests/geo/html-elements.test.ts',
      'tests/geo/text-input.test.ts',
    ],
    testTimeout: 30_000,
  },
});
