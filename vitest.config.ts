import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every server a test starts is stopped however the run ends (test/support/run-registry.ts).
    globalSetup: ['test/global-setup.ts'],
    // Synthesis and schema compilation are CPU-bound; two cores, two workers.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
