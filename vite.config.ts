/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompressed } from './scripts/precompressed.ts';

// `base: './'` makes the production build relocatable: dist/ can be served from
// any sub-path (https://example.org/maps/conflict/) without rebuilding.
export default defineConfig({
  base: './',
  plugins: [svelte(), precompressed()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // MapLibre is most of the JavaScript: its own chunk caches across app releases
    // (and lets the bench report MapLibre and app bytes separately).
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Two pages: the map (index.html) and the article workbench (workbench.html).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        workbench: fileURLToPath(new URL('./workbench.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ },
            // What the map page and the workbench share: Svelte, the map and list components.
            { name: 'shared', test: /node_modules[\\/]svelte[\\/]|[\\/]src[\\/](lib|map)[\\/]/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
        },
      },
      {
        // Browser tests against the production build (dist/, built by `npm test`
        // before vitest runs). One headless Chromium at a time: the machine has
        // two cores and SwiftShader renders WebGL on the CPU.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
