// Each browser test file's own setup: the Chromium its tests' sessions share
// (tests/e2e/browser.ts) is closed when the file's tests are done.
import { afterAll } from 'vitest';
import { closeBrowsers } from './browser.ts';

afterAll(closeBrowsers);
