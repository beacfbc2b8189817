import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/officialTextSetup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
