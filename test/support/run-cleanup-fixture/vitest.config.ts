import { defineConfig } from 'vitest/config';

// The project's own global setup, on the one fixture file.
export default defineConfig({
  test: {
    include: ['test/support/run-cleanup-fixture/*.fixture.ts'],
    globalSetup: ['test/global-setup.ts'],
  },
});
